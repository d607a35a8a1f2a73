<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Backup</name>
    <message>
        <source>This file is not a Fieldcase backup, or it is damaged.</source>
        <translation>Это не резервная копия Fieldcase, или она повреждена.</translation>
    </message>
    <message>
        <source>The backup is damaged (altered, cut short or added to): nothing was restored.</source>
        <translation>Резервная копия повреждена (изменена, обрезана или дополнена): ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <translation>Не удаётся записать резервную копию: %1</translation>
    </message>
    <message>
        <source>Cannot read the vault&apos;s database: %1</source>
        <translation>Не удаётся прочитать базу данных хранилища: %1</translation>
    </message>
    <message>
        <source>This backup was written by a newer Fieldcase.</source>
        <translation>Эта резервная копия сделана более новой версией Fieldcase.</translation>
    </message>
    <message>
        <source>Cannot write the restored vault: %1</source>
        <translation>Не удаётся записать восстановленное хранилище: %1</translation>
    </message>
    <message>
        <source>The backup holds no device.</source>
        <translation>В резервной копии нет устройства.</translation>
    </message>
    <message>
        <source>A backup schedule is every 1 to 366 days, or none.</source>
        <translation>Резервное копирование по расписанию — раз в 1–366 дней или никогда.</translation>
    </message>
    <message>
        <source>There is no folder %1 to write the backup to.</source>
        <translation>Папки %1 для резервной копии нет.</translation>
    </message>
    <message>
        <source>The vault is busy; nothing was written. Try again.</source>
        <translation>Хранилище занято; ничего не записано. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Не удаётся записать резервную копию %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already: a backup is restored into a new folder, so that nothing there is overwritten.</source>
        <translation>%1 уже существует: резервная копия восстанавливается в новую папку, чтобы ничего не перезаписать.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Не удаётся прочитать резервную копию %1: %2</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 to restore this backup (%2 MB needed); nothing was written.</source>
        <translation>В %1 недостаточно места для восстановления этой копии (нужно %2 МБ); ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot restore into %1: %2</source>
        <translation>Не удаётся восстановить в %1: %2</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not belong to its key file.</source>
        <translation>База данных резервной копии не соответствует её файлу ключей.</translation>
    </message>
    <message>
        <source>Cannot move the restored vault into %1.</source>
        <translation>Не удаётся переместить восстановленное хранилище в %1.</translation>
    </message>
    <message numerus="yes">
        <source>The backup&apos;s change log is not whole (%n change(s) follow on from changes it does not hold); nothing was restored.</source>
        <translation>
            <numerusform>Журнал изменений в резервной копии неполон (%n изменение опирается на изменения, которых в ней нет); ничего не восстановлено.</numerusform>
            <numerusform>Журнал изменений в резервной копии неполон (%n изменения опираются на изменения, которых в ней нет); ничего не восстановлено.</numerusform>
            <numerusform>Журнал изменений в резервной копии неполон (%n изменений опираются на изменения, которых в ней нет); ничего не восстановлено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no vault in %1. Create one with: fieldcase-cli init</source>
        <translation>В папке %1 нет хранилища. Создайте его командой: fieldcase-cli init</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>
Run &apos;fieldcase-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Параметры команды покажет &apos;fieldcase-cli КОМАНДА --help&apos;.
</translation>
    </message>
    <message>
        <source>The vault folder.</source>
        <translation>Папка хранилища.</translation>
    </message>
    <message>
        <source>Read secrets from standard input, one per line.</source>
        <translation>Читать секреты со стандартного ввода, по одному в строке.</translation>
    </message>
    <message>
        <source>Machine-readable output on standard output.</source>
        <translation>Машиночитаемый вывод (JSON) на стандартный вывод.</translation>
    </message>
    <message>
        <source>Fieldcase on the command line.</source>
        <translation>Fieldcase в командной строке.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Expected one more line on standard input (--passphrase-stdin).</source>
        <translation>На стандартном вводе не хватает строки (--passphrase-stdin).</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: use --passphrase-stdin.</source>
        <translation>Нет терминала, чтобы спросить пароль: используйте --passphrase-stdin.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Пароль не введён.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Введённые пароли не совпадают.</translation>
    </message>
    <message>
        <source>Key derivation strength: interactive, moderate (default) or sensitive.</source>
        <translation>Стойкость получения ключа: interactive, moderate (по умолчанию) или sensitive.</translation>
    </message>
    <message>
        <source>--kdf must be interactive, moderate or sensitive.</source>
        <translation>Значение --kdf: interactive, moderate или sensitive.</translation>
    </message>
    <message>
        <source>The name of this device, as the team will see it.</source>
        <translation>Имя этого устройства, под которым его увидит команда.</translation>
    </message>
    <message>
        <source>This device will join an existing team instead of founding one.</source>
        <translation>Устройство присоединится к существующей команде, а не создаст новую.</translation>
    </message>
    <message>
        <source>init needs --device-name NAME.</source>
        <translation>Для init нужен параметр --device-name ИМЯ.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>В папке %1 уже есть хранилище.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>Vault created in %1.</source>
        <translation>Хранилище создано в папке %1.</translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation>Идентификатор устройства: %1</translation>
    </message>
    <message>
        <source>Recovery code (write it on paper now and keep it in the office safe; it is not shown again):</source>
        <translation>Код восстановления (перепишите его на бумагу сейчас и храните в сейфе в офисе; больше он показан не будет):</translation>
    </message>
    <message>
        <source>Vault:          %1</source>
        <translation>Хранилище:        %1</translation>
    </message>
    <message>
        <source>Device:         %1 (%2)</source>
        <translation>Устройство:       %1 (%2)</translation>
    </message>
    <message>
        <source>Team:           %1</source>
        <translation>Команда:          %1</translation>
    </message>
    <message>
        <source>not joined yet</source>
        <translation>пока не присоединено</translation>
    </message>
    <message>
        <source>Role:           %1</source>
        <translation>Роль:             %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версия схемы:     %1</translation>
    </message>
    <message>
        <source>Key derivation: Argon2id, %1 (%2 passes, %3 MiB)</source>
        <translation>Получение ключа:  Argon2id, %1 (проходов: %2, память: %3 МиБ)</translation>
    </message>
    <message>
        <source>Encryption:     SQLCipher %1</source>
        <translation>Шифрование:       SQLCipher %1</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>The vault is open again and the new passphrase is set. The recovery code still works.</source>
        <translation>Хранилище снова открыто, новый пароль установлен. Код восстановления по-прежнему действует.</translation>
    </message>
    <message>
        <source>Create a vault (and a new team unless --join).</source>
        <translation>Создать хранилище (и новую команду, если не указан --join).</translation>
    </message>
    <message>
        <source>Show the device, team, schema and key derivation settings.</source>
        <translation>Показать устройство, команду, версию схемы и параметры получения ключа.</translation>
    </message>
    <message>
        <source>Change the passphrase.</source>
        <translation>Сменить пароль.</translation>
    </message>
    <message>
        <source>Set a new passphrase with the recovery code.</source>
        <translation>Задать новый пароль с помощью кода восстановления.</translation>
    </message>
    <message>
        <source>Check the key file and the database.</source>
        <translation>Проверить файл ключей и базу данных.</translation>
    </message>
    <message>
        <source>Set any field: FIELD=VALUE (repeatable).</source>
        <translation>Задать любое поле: ПОЛЕ=ЗНАЧЕНИЕ (можно несколько раз).</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(в архиве)</translation>
    </message>
    <message>
        <source>Expected FIELD=VALUE, got &apos;%1&apos;.</source>
        <translation>Ожидалось ПОЛЕ=ЗНАЧЕНИЕ, получено «%1».</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>Название дела.</translation>
    </message>
    <message>
        <source>Case status (default Active).</source>
        <translation>Статус дела (по умолчанию Active).</translation>
    </message>
    <message>
        <source>Type of exploitation (repeatable).</source>
        <translation>Вид эксплуатации (можно несколько раз).</translation>
    </message>
    <message>
        <source>Risk: low, medium, high or critical.</source>
        <translation>Риск: low, medium, high или critical.</translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation>Краткое описание.</translation>
    </message>
    <message>
        <source>The case&apos;s id.</source>
        <translation>Идентификатор дела.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Что произошло.</translation>
    </message>
    <message>
        <source>When (ISO 8601; default now).</source>
        <translation>Когда (ISO 8601; по умолчанию — сейчас).</translation>
    </message>
    <message>
        <source>Channel (FieldVisit, HotlineCall, ...).</source>
        <translation>Канал (FieldVisit, HotlineCall, ...).</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation>Где.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Текст заметки.</translation>
    </message>
    <message>
        <source>--case and --role go together.</source>
        <translation>--case и --role указываются вместе.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role in a case.</source>
        <translation>«%1» — не роль в деле.</translation>
    </message>
    <message>
        <source>Full name: given [patronymic] family.</source>
        <translation>Полное имя: имя [отчество] фамилия.</translation>
    </message>
    <message>
        <source>Add the person to this case...</source>
        <translation>Добавить человека в это дело...</translation>
    </message>
    <message>
        <source>...in this role (Survivor, Witness, ...).</source>
        <translation>...в этой роли (Survivor, Witness, ...).</translation>
    </message>
    <message>
        <source>Only cases with this status.</source>
        <translation>Только дела с этим статусом.</translation>
    </message>
    <message>
        <source>Only cases with this risk.</source>
        <translation>Только дела с этим уровнем риска.</translation>
    </message>
    <message>
        <source>Only cases with this type of exploitation.</source>
        <translation>Только дела с этим видом эксплуатации.</translation>
    </message>
    <message>
        <source>Include archived cases.</source>
        <translation>Включая дела в архиве.</translation>
    </message>
    <message>
        <source>Give the record&apos;s id.</source>
        <translation>Укажите идентификатор записи.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Give the id and FIELD=VALUE pairs.</source>
        <translation>Укажите идентификатор и пары ПОЛЕ=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <source>The record&apos;s id.</source>
        <translation>Идентификатор записи.</translation>
    </message>
    <message>
        <source>Words to find (word forms and name spellings match).</source>
        <translation>Слова для поиска (находятся и другие формы слов, и другие написания имён).</translation>
    </message>
    <message>
        <source>Only in cases with this status.</source>
        <translation>Только в делах с этим статусом.</translation>
    </message>
    <message>
        <source>Only in cases with this type of exploitation.</source>
        <translation>Только в делах с этим видом эксплуатации.</translation>
    </message>
    <message>
        <source>Only in cases with this risk.</source>
        <translation>Только в делах с этим уровнем риска.</translation>
    </message>
    <message>
        <source>Only in cases assigned to this worker.</source>
        <translation>Только в делах, за которые отвечает этот сотрудник.</translation>
    </message>
    <message>
        <source>Only in cases opened on or after this date.</source>
        <translation>Только в делах, открытых в эту дату или позже.</translation>
    </message>
    <message>
        <source>Only in cases opened on or before this date.</source>
        <translation>Только в делах, открытых в эту дату или раньше.</translation>
    </message>
    <message>
        <source>At most this many results (default 50).</source>
        <translation>Наибольшее число результатов (по умолчанию 50).</translation>
    </message>
    <message>
        <source>Only in cases with overdue follow-ups.</source>
        <translation>Только в делах с просроченными задачами.</translation>
    </message>
    <message>
        <source>Give words to search for.</source>
        <translation>Укажите слова для поиска.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit должен быть положительным числом.</translation>
    </message>
    <message>
        <source>Written in plain text (keep it safe, delete it when done):</source>
        <translation>Записано без шифрования (храните в надёжном месте и удалите, когда закончите):</translation>
    </message>
    <message>
        <source>Add a record.</source>
        <translation>Добавить запись.</translation>
    </message>
    <message>
        <source>List records.</source>
        <translation>Показать список записей.</translation>
    </message>
    <message>
        <source>Show one record.</source>
        <translation>Показать одну запись.</translation>
    </message>
    <message>
        <source>Who changed what, and when (never the values).</source>
        <translation>Кто, что и когда изменил (без самих значений).</translation>
    </message>
    <message>
        <source>Remove a record for good, with everything that belongs to it.</source>
        <translation>Удалить запись навсегда вместе со всем, что к ней относится.</translation>
    </message>
    <message>
        <source>Change fields: ID FIELD=VALUE...</source>
        <translation>Изменить поля: ИД ПОЛЕ=ЗНАЧЕНИЕ...</translation>
    </message>
    <message>
        <source>The new values.</source>
        <translation>Новые значения.</translation>
    </message>
    <message>
        <source>Archive a record (reversible).</source>
        <translation>Отправить запись в архив (можно вернуть).</translation>
    </message>
    <message>
        <source>Restore an archived record.</source>
        <translation>Вернуть запись из архива.</translation>
    </message>
    <message>
        <source>Write every record to CSV files (plain text!) in --out DIR.</source>
        <translation>Записать все записи в CSV-файлы (без шифрования!) в папку --out ПАПКА.</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>Папка, в которую записывать.</translation>
    </message>
    <message>
        <source>Search every record.</source>
        <translation>Искать по всем записям.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ЕСТЬ ПОВРЕЖДЕНИЯ</translation>
    </message>
    <message>
        <source>Key file:    %1</source>
        <translation>Файл ключей:  %1</translation>
    </message>
    <message>
        <source>Database:    %1</source>
        <translation>База данных:  %1</translation>
    </message>
    <message>
        <source>The vault failed verification: %1</source>
        <translation>Хранилище не прошло проверку: %1</translation>
    </message>
    <message>
        <source>The system refused to protect this program&apos;s memory (core dumps, debugger access); stopping.</source>
        <translation>Система не позволила защитить память программы (дампы памяти, доступ отладчика); работа остановлена.</translation>
    </message>
    <message>
        <source>Give one FILE and either --case ID or --person ID.</source>
        <translation>Укажите один файл (FILE) и либо --case ID, либо --person ID.</translation>
    </message>
    <message>
        <source>Give --out FILE.</source>
        <translation>Укажите --out FILE.</translation>
    </message>
    <message>
        <source>Give the id of the person to keep, then the duplicate&apos;s.</source>
        <translation>Укажите id человека, которого оставить, затем id дубликата.</translation>
    </message>
    <message>
        <source>Keep a copy of a file inside the vault, attached to a case or a person.</source>
        <translation>Сохранить копию файла в хранилище, прикрепив её к делу или к человеку.</translation>
    </message>
    <message>
        <source>The file.</source>
        <translation>Файл.</translation>
    </message>
    <message>
        <source>Attach it to this case.</source>
        <translation>Прикрепить к этому делу.</translation>
    </message>
    <message>
        <source>Attach it to this person.</source>
        <translation>Прикрепить к этому человеку.</translation>
    </message>
    <message>
        <source>Write an attachment out as a plain file (--out FILE).</source>
        <translation>Записать вложение в обычный незашифрованный файл (--out FILE).</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>Куда записать.</translation>
    </message>
    <message>
        <source>People who are probably the same as this one.</source>
        <translation>Люди, которые, вероятно, и есть этот человек.</translation>
    </message>
    <message>
        <source>Merge a duplicate into the person kept: KEEP_ID DUPLICATE_ID.</source>
        <translation>Объединить дубликат с основной записью: KEEP_ID DUPLICATE_ID.</translation>
    </message>
    <message>
        <source>The person to keep.</source>
        <translation>Основная запись о человеке.</translation>
    </message>
    <message>
        <source>The duplicate.</source>
        <translation>Дубликат.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %1 (%n entries)</source>
        <translation>
            <numerusform>Журнал действий: %1 (%n запись)</numerusform>
            <numerusform>Журнал действий: %1 (%n записи)</numerusform>
            <numerusform>Журнал действий: %1 (%n записей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change log:  %1 (%n changes)</source>
        <translation>
            <numerusform>Журнал изменений: %1 (%n изменение)</numerusform>
            <numerusform>Журнал изменений: %1 (%n изменения)</numerusform>
            <numerusform>Журнал изменений: %1 (%n изменений)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>The folder to write the bundle into.</source>
        <translation>Папка, в которую записать пакет.</translation>
    </message>
    <message>
        <source>The folder to read bundles from.</source>
        <translation>Папка, из которой читать пакеты.</translation>
    </message>
    <message>
        <source>Admit the device as a coordinator instead of a field worker.</source>
        <translation>Принять устройство как координатора, а не как полевого сотрудника.</translation>
    </message>
    <message>
        <source>Keep this version (numbered from 1, as listed).</source>
        <translation>Оставить эту версию (нумерация с 1, как в списке).</translation>
    </message>
    <message>
        <source>Set this value instead.</source>
        <translation>Вместо этого задать такое значение.</translation>
    </message>
    <message>
        <source>The team&apos;s folder on a stick (default: %1).</source>
        <translation>Папка команды на флешке (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Also exchange every this many seconds (default 300).</source>
        <translation>Также обмениваться каждые столько секунд (по умолчанию 300).</translation>
    </message>
    <message>
        <source>Read %1 bundle(s), applied %2 change(s), skipped %3; %4 open conflict(s).</source>
        <translation>Прочитано пакетов: %1, применено изменений: %2, пропущено: %3; открытых конфликтов: %4.</translation>
    </message>
    <message>
        <source>This device joined the team. Safety number:</source>
        <translation>Устройство вошло в команду. Код безопасности:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Внимание: %1</translation>
    </message>
    <message>
        <source>Rejected %1: %2</source>
        <translation>Отклонён %1: %2</translation>
    </message>
    <message>
        <source>Enrolment request written. Give it to your coordinator.</source>
        <translation>Запрос на вступление записан. Передайте его координатору.</translation>
    </message>
    <message>
        <source>This device&apos;s half of the safety number: %1</source>
        <translation>Половина кода безопасности этого устройства: %1</translation>
    </message>
    <message>
        <source>The enrolment request.</source>
        <translation>Запрос на вступление.</translation>
    </message>
    <message>
        <source>Admitted %1 (%2).</source>
        <translation>Принято устройство %1 (%2).</translation>
    </message>
    <message>
        <source>Safety number (must match the new laptop&apos;s screen):</source>
        <translation>Код безопасности (должен совпасть с экраном нового ноутбука):</translation>
    </message>
    <message>
        <source>Welcome bundle: %1</source>
        <translation>Приветственный пакет: %1</translation>
    </message>
    <message>
        <source>%1 (%2) asks to join.</source>
        <translation>%1 (%2) просит принять его в команду.</translation>
    </message>
    <message>
        <source>Safety number: %1</source>
        <translation>Код безопасности: %1</translation>
    </message>
    <message>
        <source> (this device)</source>
        <translation> (это устройство)</translation>
    </message>
    <message>
        <source>The device&apos;s id.</source>
        <translation>Идентификатор устройства.</translation>
    </message>
    <message>
        <source>Device %1 removed from the team. Export to spread the news.</source>
        <translation>Устройство %1 исключено из команды. Выполните экспорт, чтобы об этом узнали остальные.</translation>
    </message>
    <message>
        <source>New bundle key made. Export to spread it.</source>
        <translation>Создан новый ключ пакетов. Выполните экспорт, чтобы его получили остальные.</translation>
    </message>
    <message>
        <source>Bundle written: %1</source>
        <translation>Пакет записан: %1</translation>
    </message>
    <message>
        <source>The sync folder.</source>
        <translation>Папка синхронизации.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <source>The conflict.</source>
        <translation>Конфликт.</translation>
    </message>
    <message>
        <source>Conflict resolved. Sync to spread the choice.</source>
        <translation>Конфликт разрешён. Синхронизируйте, чтобы выбор получили остальные.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n bundle(s) every device already has.</source>
        <translation>
            <numerusform>Удалён %n пакет, уже полученный всеми устройствами.</numerusform>
            <numerusform>Удалено %n пакета, уже полученных всеми устройствами.</numerusform>
            <numerusform>Удалено %n пакетов, уже полученных всеми устройствами.</numerusform>
        </translation>
    </message>
    <message>
        <source>No removable drive found.</source>
        <translation>Съёмных дисков не найдено.</translation>
    </message>
    <message>
        <source>team folder present</source>
        <translation>папка команды есть</translation>
    </message>
    <message>
        <source>no team folder</source>
        <translation>папки команды нет</translation>
    </message>
    <message>
        <source>The sync folder(s).</source>
        <translation>Папки синхронизации.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>Файл пакета.</translation>
    </message>
    <message>
        <source>Size: %1 bytes, format version %2, %3 recipient slots</source>
        <translation>Размер: %1 байт, версия формата %2, мест для получателей: %3</translation>
    </message>
    <message>
        <source>Verified: from %1 (%2), %3 bundle no. %4</source>
        <translation>Проверен: от %1 (%2), пакет «%3» № %4</translation>
    </message>
    <message>
        <source>%1 change(s), %2 membership event(s), %3 recipient(s)</source>
        <translation>Изменений: %1, событий состава команды: %2, получателей: %3</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Не проверен: %1</translation>
    </message>
    <message>
        <source>Write this device&apos;s enrolment request.</source>
        <translation>Записать запрос этого устройства на вступление в команду.</translation>
    </message>
    <message>
        <source>Show who an enrolment request is from, with the safety number.</source>
        <translation>Показать, от кого запрос на вступление, и код безопасности.</translation>
    </message>
    <message>
        <source>Admit a device and write its welcome bundle (coordinator).</source>
        <translation>Принять устройство и записать для него приветственный пакет (координатор).</translation>
    </message>
    <message>
        <source>List the team&apos;s devices.</source>
        <translation>Список устройств команды.</translation>
    </message>
    <message>
        <source>Remove a device from the team (coordinator).</source>
        <translation>Исключить устройство из команды (координатор).</translation>
    </message>
    <message>
        <source>Show this device&apos;s half of the safety number.</source>
        <translation>Показать половину кода безопасности этого устройства.</translation>
    </message>
    <message>
        <source>Make a new bundle key for this device.</source>
        <translation>Создать новый ключ пакетов для этого устройства.</translation>
    </message>
    <message>
        <source>Write this device&apos;s bundle into a folder.</source>
        <translation>Записать пакет этого устройства в папку.</translation>
    </message>
    <message>
        <source>Read the bundles in a folder.</source>
        <translation>Прочитать пакеты из папки.</translation>
    </message>
    <message>
        <source>Import from a folder, then export to it.</source>
        <translation>Импортировать из папки, затем экспортировать в неё.</translation>
    </message>
    <message>
        <source>Exchange with folders whenever they change, until interrupted.</source>
        <translation>Обмениваться с папками при каждом их изменении, пока не будет прервано.</translation>
    </message>
    <message>
        <source>List the open conflicts.</source>
        <translation>Список открытых конфликтов.</translation>
    </message>
    <message>
        <source>Resolve a conflict.</source>
        <translation>Разрешить конфликт.</translation>
    </message>
    <message>
        <source>Remove bundles every device has already received.</source>
        <translation>Удалить пакеты, которые уже получили все устройства.</translation>
    </message>
    <message>
        <source>List removable drives.</source>
        <translation>Список съёмных дисков.</translation>
    </message>
    <message>
        <source>Say what a bundle file is.</source>
        <translation>Сообщить, что представляет собой файл пакета.</translation>
    </message>
    <message>
        <source>team request needs --out FILE.</source>
        <translation>Команде team request нужен параметр --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>team approve needs the request FILE.</source>
        <translation>Команде team approve нужен ФАЙЛ запроса.</translation>
    </message>
    <message>
        <source>team approve needs --to DIR.</source>
        <translation>Команде team approve нужен параметр --to ПАПКА.</translation>
    </message>
    <message>
        <source>team check needs the request FILE.</source>
        <translation>Команде team check нужен ФАЙЛ запроса.</translation>
    </message>
    <message>
        <source>team revoke needs the DEVICE_ID.</source>
        <translation>Команде team revoke нужен ИДЕНТИФИКАТОР_УСТРОЙСТВА.</translation>
    </message>
    <message>
        <source>sync export needs --to DIR.</source>
        <translation>Команде sync export нужен параметр --to ПАПКА.</translation>
    </message>
    <message>
        <source>sync import needs --from DIR.</source>
        <translation>Команде sync import нужен параметр --from ПАПКА.</translation>
    </message>
    <message>
        <source>sync run needs the folder DIR.</source>
        <translation>Команде sync run нужна ПАПКА.</translation>
    </message>
    <message>
        <source>sync resolve needs the CONFLICT_ID.</source>
        <translation>Команде sync resolve нужен ИДЕНТИФИКАТОР_КОНФЛИКТА.</translation>
    </message>
    <message>
        <source>sync resolve needs either --keep N or --value TEXT.</source>
        <translation>Команде sync resolve нужен либо --keep N, либо --value ТЕКСТ.</translation>
    </message>
    <message>
        <source>--keep needs a version number.</source>
        <translation>Параметру --keep нужен номер версии.</translation>
    </message>
    <message>
        <source>sync clean needs the folder DIR.</source>
        <translation>Команде sync clean нужна ПАПКА.</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds.</source>
        <translation>Параметру --interval нужно число секунд.</translation>
    </message>
    <message>
        <source>bundle inspect needs the bundle FILE.</source>
        <translation>Команде bundle inspect нужен ФАЙЛ пакета.</translation>
    </message>
    <message>
        <source>Also exchange with a USB stick carrying the team&apos;s folder when plugged in.</source>
        <translation>Также обмениваться с флешкой, на которой есть папка команды, когда её вставляют.</translation>
    </message>
    <message>
        <source>Add a shared folder to exchange with.</source>
        <translation>Добавить общую папку для обмена.</translation>
    </message>
    <message>
        <source>Stop exchanging with a folder.</source>
        <translation>Прекратить обмен с папкой.</translation>
    </message>
    <message>
        <source>Exchange with the folders by itself: on or off.</source>
        <translation>Обмениваться с папками самостоятельно: on (вкл.) или off (выкл.).</translation>
    </message>
    <message>
        <source>Exchange with a team stick when plugged in: on or off.</source>
        <translation>Обмениваться с флешкой команды, когда её вставляют: on (вкл.) или off (выкл.).</translation>
    </message>
    <message>
        <source>Switches take on or off.</source>
        <translation>Переключатели принимают значения on или off.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Folders: %1</source>
        <translation>Папки: %1</translation>
    </message>
    <message>
        <source>Exchange with folders by itself: %1</source>
        <translation>Самостоятельный обмен с папками: %1</translation>
    </message>
    <message>
        <source>Exchange with team sticks: %1 (folder %2)</source>
        <translation>Обмен с флешками команды: %1 (папка %2)</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>Каждые %1 с</translation>
    </message>
    <message>
        <source>Show or change which folders and sticks this laptop exchanges with.</source>
        <translation>Показать или изменить, с какими папками и флешками обменивается этот ноутбук.</translation>
    </message>
    <message>
        <source>coordinator or field_worker.</source>
        <translation>coordinator (координатор) или field_worker (полевой сотрудник).</translation>
    </message>
    <message>
        <source>team role needs the DEVICE_ID and coordinator or field_worker.</source>
        <translation>Команде team role нужны ИДЕНТИФИКАТОР_УСТРОЙСТВА и coordinator или field_worker.</translation>
    </message>
    <message>
        <source>Role changed. Export to spread the news.</source>
        <translation>Роль изменена. Выполните экспорт, чтобы об этом узнали остальные.</translation>
    </message>
    <message>
        <source>Make a device a coordinator or a field worker (coordinator).</source>
        <translation>Сделать устройство координатором или полевым сотрудником (координатор).</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Join through the waiting welcome whose safety number this is.</source>
        <translation>Вступить по ожидающему приветственному пакету с этим кодом безопасности.</translation>
    </message>
    <message>
        <source>Forget the waiting welcome.</source>
        <translation>Забыть ожидающий приветственный пакет.</translation>
    </message>
    <message>
        <source>A welcome is waiting. Its safety number:</source>
        <translation>Приветственный пакет ждёт подтверждения. Его код безопасности:</translation>
    </message>
    <message>
        <source>Compare it with the coordinator&apos;s screen, digit by digit. If they match, run: team join --confirm NUMBER. If they differ, run: team join --discard, and tell your coordinator.</source>
        <translation>Сверьте его с экраном координатора, цифра за цифрой. Если коды совпадают, выполните: team join --confirm КОД. Если различаются, выполните: team join --discard и сообщите координатору.</translation>
    </message>
    <message>
        <source>team join needs --confirm NUMBER or --discard.</source>
        <translation>Для team join нужен --confirm КОД или --discard.</translation>
    </message>
    <message>
        <source>The waiting welcome was discarded.</source>
        <translation>Ожидавший приветственный пакет отброшен.</translation>
    </message>
    <message>
        <source>Join through the waiting welcome once its safety number matches, or discard it.</source>
        <translation>Вступить в команду по ожидающему приветственному пакету, когда код безопасности совпал, или отбросить его.</translation>
    </message>
    <message>
        <source>The vault has a new key; old copies of vault.keys and the old recovery code open nothing from now on. New recovery code (write it on paper now and keep it in the office safe; it is not shown again):</source>
        <translation>У хранилища новый ключ: старые копии vault.keys и старый код восстановления больше ничего не откроют. Новый код восстановления (перепишите его на бумагу сейчас и храните в сейфе в офисе; больше он показан не будет):</translation>
    </message>
    <message>
        <source>Give the vault a new key and a new recovery code (after a seizure).</source>
        <translation>Дать хранилищу новый ключ и новый код восстановления (после изъятия).</translation>
    </message>
    <message>
        <source>Purged here. This laptop has purged more records this week than one laptop may alone: the others keep this one until a coordinator of another laptop purges it too.</source>
        <translation>Удалено здесь. Этот ноутбук удалил за неделю больше записей, чем один ноутбук может удалить сам: остальные сохранят эту запись, пока её не удалит координатор с другого ноутбука.</translation>
    </message>
    <message>
        <source>Purged here. This laptop did not make the record: the others keep it until a coordinator purges it too.</source>
        <translation>Удалено здесь. Запись создана не на этом ноутбуке: остальные сохранят её, пока её не удалит и координатор.</translation>
    </message>
    <message>
        <source>No purge is held here.</source>
        <translation>Здесь нет задержанных удалений.</translation>
    </message>
    <message>
        <source>one of many at once</source>
        <translation>одно из многих сразу</translation>
    </message>
    <message>
        <source>not made by that laptop</source>
        <translation>запись создана не тем ноутбуком</translation>
    </message>
    <message>
        <source>sync confirm-purges needs the DEVICE_ID.</source>
        <translation>Для sync confirm-purges нужен ИД_УСТРОЙСТВА.</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n record(s) for the team. Sync to spread the purge.</source>
        <translation>
            <numerusform>Для всей команды удалена %n запись. Синхронизируйте, чтобы удаление дошло до остальных.</numerusform>
            <numerusform>Для всей команды удалены %n записи. Синхронизируйте, чтобы удаление дошло до остальных.</numerusform>
            <numerusform>Для всей команды удалено %n записей. Синхронизируйте, чтобы удаление дошло до остальных.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the purges of other laptops held here for a coordinator.</source>
        <translation>Показать удаления с других ноутбуков, задержанные здесь до решения координатора.</translation>
    </message>
    <message>
        <source>Confirm the purges held from a device by purging them (coordinator).</source>
        <translation>Подтвердить задержанные удаления устройства, удалив эти записи (координатор).</translation>
    </message>
    <message>
        <source>Confirm: the passphrase and the recovery code will open nothing.</source>
        <translation>Подтверждение: ни пароль, ни код восстановления больше ничего не откроют.</translation>
    </message>
    <message>
        <source>destroy-keys cannot be undone: run it again with --yes to confirm.</source>
        <translation>destroy-keys нельзя отменить: запустите команду ещё раз с --yes, чтобы подтвердить.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are destroyed: neither the passphrase nor the recovery code opens it any more. What the team holds is the way back: join the team again as a new laptop.</source>
        <translation>Ключи хранилища уничтожены: ни пароль, ни код восстановления его больше не открывают. Путь назад — через команду: подключите ноутбук к ней заново как новое устройство.</translation>
    </message>
    <message>
        <source>Destroy the vault&apos;s keys at once (stdin: the passphrase; needs --yes).</source>
        <translation>Немедленно уничтожить ключи хранилища (stdin: пароль; нужен --yes).</translation>
    </message>
    <message>
        <source>Duress:         %1</source>
        <translation>Принуждение:   %1</translation>
    </message>
    <message>
        <source>a duress passphrase is set</source>
        <translation>задан пароль для принуждения</translation>
    </message>
    <message>
        <source>no duress passphrase</source>
        <translation>пароля для принуждения нет</translation>
    </message>
    <message>
        <source>This laptop was opened with its duress passphrase on %1.</source>
        <translation>Этот ноутбук открыли паролем для принуждения %1.</translation>
    </message>
    <message>
        <source>The language of the decoy&apos;s records: ru or en (default: the system&apos;s).</source>
        <translation>Язык записей подставного хранилища: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>--decoy-language must be ru or en.</source>
        <translation>--decoy-language должен быть ru или en.</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Пароль для принуждения</translation>
    </message>
    <message>
        <source>The duress passphrase again</source>
        <translation>Пароль для принуждения ещё раз</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed instead of the passphrase, it opens a harmless decoy and leaves nothing you know that opens this vault: only the recovery code kept in the office does.</source>
        <translation>Пароль для принуждения задан. Введённый вместо пароля, он открывает безобидное подставное хранилище, и ничто из того, что вы знаете, больше не откроет это хранилище: только код восстановления, который хранится в офисе.</translation>
    </message>
    <message>
        <source>The duress passphrase is removed.</source>
        <translation>Пароль для принуждения удалён.</translation>
    </message>
    <message>
        <source>Set a duress passphrase that opens a decoy (stdin: the passphrase, then the duress passphrase twice).</source>
        <translation>Задать пароль для принуждения, открывающий подставное хранилище (stdin: пароль, затем дважды пароль для принуждения).</translation>
    </message>
    <message>
        <source>Remove the duress passphrase (stdin: the passphrase).</source>
        <translation>Удалить пароль для принуждения (stdin: пароль).</translation>
    </message>
    <message>
        <source>The folder to write the release file into.</source>
        <translation>Папка, в которую записать файл разблокировки.</translation>
    </message>
    <message>
        <source>The folder that holds the release file.</source>
        <translation>Папка с файлом разблокировки.</translation>
    </message>
    <message>
        <source>The travel-locked laptop&apos;s device id.</source>
        <translation>Идентификатор ноутбука, заблокированного для поездки.</translation>
    </message>
    <message>
        <source>The vault is travel-locked: your passphrase alone no longer opens it. After the journey, open it with travel unlock and the release file a coordinator sends you, or the office opens it with the recovery code.</source>
        <translation>Хранилище заблокировано для поездки: один ваш пароль его больше не открывает. После поездки откройте его командой travel unlock с файлом разблокировки от координатора, или офис откроет его кодом восстановления.</translation>
    </message>
    <message>
        <source>travel release needs the DEVICE_ID and --to DIR.</source>
        <translation>travel release требует DEVICE_ID и --to DIR.</translation>
    </message>
    <message>
        <source>Release file written: %1. Give it to the worker only after the journey, on its own: with their passphrase it opens their laptop.</source>
        <translation>Файл разблокировки записан: %1. Передайте его сотруднику только после поездки и отдельно от ноутбука: вместе с его паролем он открывает ноутбук.</translation>
    </message>
    <message>
        <source>travel unlock needs --from DIR.</source>
        <translation>travel unlock требует --from DIR.</translation>
    </message>
    <message>
        <source>The travel lock is lifted: your passphrase opens the vault again. The release file was removed.</source>
        <translation>Блокировка для поездки снята: ваш пароль снова открывает хранилище. Файл разблокировки удалён.</translation>
    </message>
    <message>
        <source>Lock the vault for a journey: the passphrase alone will not open it.</source>
        <translation>Заблокировать хранилище на время поездки: один пароль его не откроет.</translation>
    </message>
    <message>
        <source>Coordinator: write the release file for a travel-locked laptop.</source>
        <translation>Координатор: записать файл разблокировки для ноутбука, заблокированного для поездки.</translation>
    </message>
    <message>
        <source>Lift the travel lock with the passphrase and a release file.</source>
        <translation>Снять блокировку для поездки паролем и файлом разблокировки.</translation>
    </message>
    <message>
        <source>Purge closed cases this many months after closing (0: keep them).</source>
        <translation>Удалять закрытые дела через столько месяцев после закрытия (0 — хранить).</translation>
    </message>
    <message>
        <source>Purge the attachments of closed cases this many months after closing (0: keep).</source>
        <translation>Удалять вложения закрытых дел через столько месяцев после закрытия (0 — хранить).</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after closing</source>
        <translation>
            <numerusform>через %n месяц после закрытия</numerusform>
            <numerusform>через %n месяца после закрытия</numerusform>
            <numerusform>через %n месяцев после закрытия</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>хранятся</translation>
    </message>
    <message>
        <source>Closed cases: %1</source>
        <translation>Закрытые дела: %1</translation>
    </message>
    <message>
        <source>Attachments of closed cases: %1</source>
        <translation>Вложения закрытых дел: %1</translation>
    </message>
    <message>
        <source>Set by %1 on %2</source>
        <translation>Задал %1, %2</translation>
    </message>
    <message>
        <source>retention set needs --closed-cases-months N and --attachments-months N.</source>
        <translation>retention set требует --closed-cases-months N и --attachments-months N.</translation>
    </message>
    <message>
        <source>A retention period is a whole number of months.</source>
        <translation>Срок хранения — целое число месяцев.</translation>
    </message>
    <message>
        <source>Export to give the rules to the team.</source>
        <translation>Выполните экспорт, чтобы передать правила команде.</translation>
    </message>
    <message>
        <source>Show the team&apos;s retention rules.</source>
        <translation>Показать правила хранения команды.</translation>
    </message>
    <message>
        <source>Set the team&apos;s retention rules (coordinator).</source>
        <translation>Задать правила хранения команды (координатор).</translation>
    </message>
    <message>
        <source>List what is due; purge nothing.</source>
        <translation>Показать, что пора удалить; ничего не удалять.</translation>
    </message>
    <message>
        <source>every case of this person is due; the last, %1, closed on %2</source>
        <translation>все дела этого человека подлежат удалению; последнее, %1, закрыто %2</translation>
    </message>
    <message>
        <source>attachment of %1, closed on %2</source>
        <translation>вложение дела %1, закрытого %2</translation>
    </message>
    <message>
        <source>closed on %1, with everything recorded in it</source>
        <translation>закрыто %1, вместе со всем, что в нём записано</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due; nothing was purged (dry run).</source>
        <translation>
            <numerusform>%n запись подлежит удалению; ничего не удалено (пробный запуск).</numerusform>
            <numerusform>%n записи подлежат удалению; ничего не удалено (пробный запуск).</numerusform>
            <numerusform>%n записей подлежат удалению; ничего не удалено (пробный запуск).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged. Export to take the purge to the team.</source>
        <translation>
            <numerusform>Удалена %n запись. Выполните экспорт, чтобы удаление дошло до команды.</numerusform>
            <numerusform>Удалено %n записи. Выполните экспорт, чтобы удаление дошло до команды.</numerusform>
            <numerusform>Удалено %n записей. Выполните экспорт, чтобы удаление дошло до команды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge what the team&apos;s retention rules call for (--dry-run: list it).</source>
        <translation>Удалить то, что требуют правила хранения команды (--dry-run: только показать).</translation>
    </message>
    <message>
        <source>The person&apos;s id.</source>
        <translation>Идентификатор человека.</translation>
    </message>
    <message>
        <source>erased on every laptop</source>
        <translation>удалено на всех ноутбуках</translation>
    </message>
    <message>
        <source>erased on %1; not yet known on %2</source>
        <translation>удалено на: %1; пока не известно на: %2</translation>
    </message>
    <message>
        <source>waiting for a second coordinator</source>
        <translation>ждёт второго координатора</translation>
    </message>
    <message>
        <source>waiting for a coordinator</source>
        <translation>ждёт координатора</translation>
    </message>
    <message>
        <source>consent withdraw needs the PERSON_ID.</source>
        <translation>Для consent withdraw нужен ИД_ЧЕЛОВЕКА.</translation>
    </message>
    <message>
        <source>Consent withdrawn for %1: %2. Export to tell the team.</source>
        <translation>Согласие %1 отозвано: %2. Выполните экспорт, чтобы сообщить команде.</translation>
    </message>
    <message>
        <source>No consent was withdrawn.</source>
        <translation>Согласия не отзывались.</translation>
    </message>
    <message>
        <source>The person withdrew consent: erase them and the cases only theirs from every laptop (a field worker&apos;s asks a coordinator).</source>
        <translation>Человек отозвал согласие: удалить его и дела, где есть только он, со всех ноутбуков (с ноутбука полевого сотрудника — просьба к координатору).</translation>
    </message>
    <message>
        <source>List the consent withdrawals and the laptops that applied them.</source>
        <translation>Показать отзывы согласия и ноутбуки, на которых они выполнены.</translation>
    </message>
    <message>
        <source>How many made-up cases (1 to 1 000 000; default %1).</source>
        <translation>Сколько выдуманных дел (от 1 до 1 000 000; по умолчанию %1).</translation>
    </message>
    <message>
        <source>--cases must be a number from 1 to 1 000 000.</source>
        <translation>--cases должно быть числом от 1 до 1 000 000.</translation>
    </message>
    <message numerus="yes">
        <source>Made-up training data: %n case(s).</source>
        <translation>
            <numerusform>Учебные данные: %n выдуманное дело.</numerusform>
            <numerusform>Учебные данные: %n выдуманных дела.</numerusform>
            <numerusform>Учебные данные: %n выдуманных дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a vault full of made-up cases for demos, training and reports (stdin: as init).</source>
        <translation>Создать хранилище с выдуманными делами для показа, обучения и отчётов (stdin: как у init).</translation>
    </message>
    <message>
        <source>export stats needs --out DIR.</source>
        <translation>export stats требует --out ПАПКА.</translation>
    </message>
    <message>
        <source>--k must be a number of at least %1.</source>
        <translation>--k должно быть числом не меньше %1.</translation>
    </message>
    <message>
        <source>%1 of %2 rows released with k = %3; %4 left out as too rare.</source>
        <translation>Выгружено строк: %1 из %2 при k = %3; %4 не выгружено как слишком редкие.</translation>
    </message>
    <message>
        <source>Write anonymised statistics (k-anonymous, CTDC-shaped) into --out DIR.</source>
        <translation>Записать обезличенную статистику (k-анонимную, в форме CTDC) в папку --out.</translation>
    </message>
    <message>
        <source>Every released combination describes at least K people (at least and by default %1).</source>
        <translation>Каждое выгруженное сочетание описывает не меньше K человек (не меньше %1, по умолчанию %1).</translation>
    </message>
    <message>
        <source>Usage: fieldcase-cli [--vault DIR] [--json] [--passphrase-stdin] [--language ru|en] COMMAND [options]

Commands:
</source>
        <translation>Использование: fieldcase-cli [--vault ПАПКА] [--json] [--passphrase-stdin] [--language ru|en] КОМАНДА [параметры]

Команды:
</translation>
    </message>
    <message>
        <source>--language must be ru or en.</source>
        <translation>--language должно быть ru или en.</translation>
    </message>
    <message>
        <source>The language of messages and documents: ru or en (default: the system&apos;s).</source>
        <translation>Язык сообщений и документов: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>Written to %1. The PDF is not encrypted: keep it safe and delete it when done.</source>
        <translation>Записано в %1. PDF не зашифрован: храните его надёжно и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <source>case pdf needs a case id and --out FILE.</source>
        <translation>case pdf требует идентификатор дела и --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>referral letter needs a referral id and --out FILE.</source>
        <translation>referral letter требует идентификатор направления и --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Файл PDF для записи.</translation>
    </message>
    <message>
        <source>Write a case summary as a PDF (plain, not encrypted).</source>
        <translation>Записать сводку по делу в PDF (открытым текстом, без шифрования).</translation>
    </message>
    <message>
        <source>The case.</source>
        <translation>Дело.</translation>
    </message>
    <message>
        <source>The parts to print, comma-separated (default: all): %1.</source>
        <translation>Какие части печатать, через запятую (по умолчанию все): %1.</translation>
    </message>
    <message>
        <source>Write a referral letter as a PDF, with only what the person agreed to share.</source>
        <translation>Записать письмо-направление в PDF — только с тем, чем человек согласился поделиться.</translation>
    </message>
    <message>
        <source>The referral.</source>
        <translation>Направление.</translation>
    </message>
    <message>
        <source>export %1 needs --out DIR.</source>
        <translation>export %1 требует --out ПАПКА.</translation>
    </message>
    <message>
        <source>--keys takes htcds (keys) or labels, not &apos;%1&apos;.</source>
        <translation>--keys принимает htcds (ключи) или labels (подписи), а не «%1».</translation>
    </message>
    <message>
        <source>htcds: field names and HTCDS vocabulary keys, for other tools; labels (the default): as a person reads them, in the interface language.</source>
        <translation>htcds: имена полей и ключи словарей HTCDS, для других программ; labels (по умолчанию): как читает человек, на языке интерфейса.</translation>
    </message>
    <message>
        <source>Write every record to one spreadsheet (plain, not encrypted) in --out DIR.</source>
        <translation>Записать все записи в одну таблицу (открытым текстом, без шифрования) в папку --out.</translation>
    </message>
    <message>
        <source>Write every record to one JSON document with HTCDS keys (plain, not encrypted) in --out DIR.</source>
        <translation>Записать все записи в один документ JSON с ключами HTCDS (открытым текстом, без шифрования) в папку --out.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Не удалось прочитать сопоставление %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object like the one import --dry-run --json prints under &quot;mapping&quot;.</source>
        <translation>Сопоставление %1 — не объект JSON вроде того, что import --dry-run --json выводит в &quot;mapping&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &apos;%1&apos;, header row %2: %n rows.</source>
        <translation>
            <numerusform>Лист «%1», строка заголовков %2: %n строка.</numerusform>
            <numerusform>Лист «%1», строка заголовков %2: %n строки.</numerusform>
            <numerusform>Лист «%1», строка заголовков %2: %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>cases %1, people %2, people linked to cases %3, notes %4</source>
        <translation>дел %1, людей %2, связей людей с делами %3, заметок %4</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Импортировано: %1.</translation>
    </message>
    <message>
        <source>Would import (dry run, nothing written): %1.</source>
        <translation>Будет импортировано (пробный прогон, ничего не записано): %1.</translation>
    </message>
    <message>
        <source>Columns left out: %1</source>
        <translation>Пропущенные столбцы: %1</translation>
    </message>
    <message>
        <source>Row %1 not imported: %2</source>
        <translation>Строка %1 не импортирована: %2</translation>
    </message>
    <message numerus="yes">
        <source>Unknown value for %1: &apos;%2&apos; (%n rows, the first is row %3)</source>
        <translation>
            <numerusform>Неизвестное значение для %1: «%2» (%n строка, первая — строка %3)</numerusform>
            <numerusform>Неизвестное значение для %1: «%2» (%n строки, первая — строка %3)</numerusform>
            <numerusform>Неизвестное значение для %1: «%2» (%n строк, первая — строка %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2 is %3 (%4), already in the vault: linked.</source>
        <translation>Строка %1: %2 — это %3 (%4), уже в хранилище: связан(а) с делом.</translation>
    </message>
    <message>
        <source>Row %1: %2 may be %3 (%4), already in the vault: created; merge if so.</source>
        <translation>Строка %1: %2, возможно, — это %3 (%4), уже в хранилище: создан(а) новый человек; объедините, если это так.</translation>
    </message>
    <message>
        <source>import needs the spreadsheet file.</source>
        <translation>Команде import нужен файл таблицы.</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1.</source>
        <translation>--header-row принимает номер строки, начиная с 1.</translation>
    </message>
    <message>
        <source>The spreadsheet: CSV or XLSX.</source>
        <translation>Таблица: CSV или XLSX.</translation>
    </message>
    <message>
        <source>The mapping of columns and values, as --dry-run --json prints it under &quot;mapping&quot; (default: the suggested one).</source>
        <translation>Сопоставление столбцов и значений, как --dry-run --json выводит его в &quot;mapping&quot; (по умолчанию — предложенное).</translation>
    </message>
    <message>
        <source>The sheet (default: the first).</source>
        <translation>Лист (по умолчанию — первый).</translation>
    </message>
    <message>
        <source>The row holding the column names, from 1 (default: the suggested one).</source>
        <translation>Строка с названиями столбцов, начиная с 1 (по умолчанию — предложенная).</translation>
    </message>
    <message>
        <source>Check every row, write nothing.</source>
        <translation>Проверить каждую строку, ничего не записывать.</translation>
    </message>
    <message>
        <source>Import a spreadsheet&apos;s rows as cases and people, all or nothing; rows that cannot be imported are listed with the reason (exit 4).</source>
        <translation>Импортировать строки таблицы как дела и людей, всё или ничего; строки, которые нельзя импортировать, перечисляются с причиной (код выхода 4).</translation>
    </message>
    <message>
        <source>Import a sheet this vault imported before all the same (its cases twice).</source>
        <translation>Импортировать лист, который уже импортировался в это хранилище, всё равно (его дела появятся дважды).</translation>
    </message>
    <message>
        <source>This sheet was imported into the vault on %1 already.</source>
        <translation>Этот лист уже импортирован в хранилище %1.</translation>
    </message>
    <message>
        <source>To import those rows, give each text its key under &quot;values&quot; in a mapping file and pass it with --map (import --dry-run --json prints the mapping to start from).</source>
        <translation>Чтобы импортировать эти строки, укажите для каждого текста ключ в разделе &quot;values&quot; файла соответствий и передайте его через --map (import --dry-run --json выводит соответствие, с которого можно начать).</translation>
    </message>
    <message>
        <source>It says it was restored from a backup of %1, which is not a member of this team.</source>
        <translation>В запросе сказано, что ноутбук восстановлен из копии %1, но это устройство не входит в команду.</translation>
    </message>
    <message>
        <source>The folder (a stick, a shared folder) to write it to.</source>
        <translation>Папка (флешка, общая папка), куда её записать.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <source>Open the backup with its recovery code instead of its passphrase (stdin: the recovery code, then the new passphrase twice).</source>
        <translation>Открыть копию кодом восстановления вместо парольной фразы (stdin: код восстановления, затем новая парольная фраза дважды).</translation>
    </message>
    <message>
        <source>backup needs --to DIR.</source>
        <translation>backup требует --to ПАПКА.</translation>
    </message>
    <message>
        <source>Backup written to %1. It opens with today&apos;s passphrase or the recovery code; keep it apart from the laptop.</source>
        <translation>Резервная копия записана в %1. Она открывается сегодняшней парольной фразой или кодом восстановления; храните её отдельно от ноутбука.</translation>
    </message>
    <message>
        <source>restore needs --from FILE.</source>
        <translation>restore требует --from ФАЙЛ.</translation>
    </message>
    <message>
        <source>%1 exists already: restore into a folder that does not exist yet.</source>
        <translation>%1 уже существует: восстанавливайте в папку, которой ещё нет.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>Restored from the backup of %1 (%2), written %3.</source>
        <translation>Восстановлено из резервной копии %1 (%2), сделанной %3.</translation>
    </message>
    <message>
        <source>This laptop is a new device of the team: hand its enrolment request (team request) to a coordinator, who removes the old device as they approve it.</source>
        <translation>Этот ноутбук — новое устройство команды: передайте его запрос на вступление (team request) координатору, который при одобрении исключит старое устройство.</translation>
    </message>
    <message>
        <source>This laptop founds a team of its own.</source>
        <translation>Этот ноутбук создаёт собственную команду.</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the vault into a folder (stdin: the passphrase).</source>
        <translation>Записать зашифрованную резервную копию хранилища в папку (stdin: парольная фраза).</translation>
    </message>
    <message>
        <source>Make a new vault in --vault DIR, which must not exist, from a backup (stdin: the backup&apos;s passphrase).</source>
        <translation>Создать новое хранилище в --vault ПАПКА (её ещё не должно быть) из резервной копии (stdin: парольная фраза копии).</translation>
    </message>
    <message>
        <source>For a laptop restored from a backup: the device it replaces (as team check shows it), which is removed from the team.</source>
        <translation>Для ноутбука, восстановленного из резервной копии: устройство, которое он заменяет (как показывает team check); оно исключается из команды.</translation>
    </message>
    <message>
        <source>It was restored from a backup of %1 (%2), holding its changes up to %3; this laptop holds them up to %4. Approving it with --replaces %2 removes %1 from the team, keeping its changes up to %5.</source>
        <translation>Ноутбук восстановлен из резервной копии %1 (%2) с его изменениями до %3; на этом ноутбуке они есть до %4. Одобрение с --replaces %2 исключит %1 из команды, сохранив его изменения до %5.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The vault&apos;s database is damaged or does not belong to this key file.</source>
        <translation>База данных хранилища повреждена или не соответствует этому файлу ключей.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Диск заполнен. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Cannot read or write the vault&apos;s database: %1</source>
        <translation>Не удалось прочитать или записать базу данных хранилища: %1</translation>
    </message>
    <message>
        <source>The vault is open in another window.</source>
        <translation>Хранилище уже открыто в другом окне.</translation>
    </message>
    <message>
        <source>The change was refused: %1</source>
        <translation>Изменение отклонено: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>Internal error: the database key has the wrong size.</source>
        <translation>Внутренняя ошибка: ключ базы данных неверного размера.</translation>
    </message>
    <message>
        <source>This build of Fieldcase lacks database encryption; it will not run.</source>
        <translation>В этой сборке Fieldcase нет шифрования базы данных, работать она не будет.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support the database&apos;s journal.</source>
        <translation>Папка хранилища не поддерживает журнал базы данных.</translation>
    </message>
    <message>
        <source>The vault&apos;s database has no valid schema version.</source>
        <translation>У базы данных хранилища нет допустимой версии схемы.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Fieldcase. Update Fieldcase to open it.</source>
        <translation>Это хранилище создано более новой версией Fieldcase. Обновите Fieldcase, чтобы его открыть.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Person without a name</source>
        <translation>Человек без имени</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>A case summary has no part &apos;%1&apos;; it has: %2.</source>
        <translation>В сводке по делу нет части «%1»; есть: %2.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Дело %1: %2</translation>
    </message>
    <message>
        <source>Confidential: a summary of a case.</source>
        <translation>Конфиденциально: сводка по делу.</translation>
    </message>
    <message>
        <source>Printed from Fieldcase on %1 by %2. This paper is not encrypted: keep it locked away and shred it when it is no longer needed.</source>
        <translation>Напечатано из Fieldcase %1, %2. Эта бумага не зашифрована: храните её под замком и уничтожьте в шредере, когда она больше не нужна.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Наш номер дела</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>Нужная помощь</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation>Направляемый человек</translation>
    </message>
    <message>
        <source>This person has not agreed to share their details with your organisation. We will send them, or put you in touch, when they do.</source>
        <translation>Этот человек не дал согласия передавать его данные вашей организации. Мы пришлём их или свяжем вас, когда он согласится.</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Причина направления</translation>
    </message>
    <message>
        <source>Written with Fieldcase on %1 by %2. Please keep this letter confidential: it is not encrypted.</source>
        <translation>Составлено в Fieldcase %1, %2. Пожалуйста, храните письмо в тайне: оно не зашифровано.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Trafficking status</source>
        <translation>Статус жертвы торговли людьми</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>Вид эксплуатации</translation>
    </message>
    <message>
        <source>Type of sexual exploitation</source>
        <translation>Вид сексуальной эксплуатации</translation>
    </message>
    <message>
        <source>Type of labour exploitation</source>
        <translation>Вид трудовой эксплуатации</translation>
    </message>
    <message>
        <source>Method of recruitment</source>
        <translation>Способ вербовки</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <translation>Способы контроля</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Closing reason</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Other (details)</source>
        <translation>Другое (подробности)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Aliases and nicknames</source>
        <translation>Другие имена и прозвища</translation>
    </message>
    <message>
        <source>Names in other scripts</source>
        <translation>Имя в других алфавитах</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Примерный возраст</translation>
    </message>
    <message>
        <source>Age when trafficked</source>
        <translation>Возраст на момент торговли людьми</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Messenger handles</source>
        <translation>Аккаунты в мессенджерах</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Migration or protection status</source>
        <translation>Миграционный статус или статус защиты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Person in a case</source>
        <translation>Участник дела</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Perpetrator role</source>
        <translation>Роль в преступлении</translation>
    </message>
    <message>
        <source>Relationship to the trafficker</source>
        <translation>Кем приходится торговцу людьми</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Нужен переводчик</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>Выявленные потребности</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Угрозы безопасности</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Consent item</source>
        <translation>Пункт согласия</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Объединён с</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Размер в байтах</translation>
    </message>
    <message>
        <source>Content fingerprint</source>
        <translation>Отпечаток содержимого</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Keep past the retention period</source>
        <translation>Хранить дольше срока хранения</translation>
    </message>
    <message>
        <source>Countries of exploitation</source>
        <translation>Страны эксплуатации</translation>
    </message>
    <message>
        <source>Only for this organisation</source>
        <translation>Только для этой организации</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Не удалось записать в %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>Файл %1 слишком большой.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 — не обычный файл.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is not UTF-8, and Windows-1251 cannot be read here.</source>
        <translation>Файл не в UTF-8, а Windows-1251 здесь прочитать нельзя.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1251 text.</source>
        <translation>Файл не является текстом ни в UTF-8, ни в Windows-1251.</translation>
    </message>
    <message>
        <source>Row %1 has a cell longer than %2 characters.</source>
        <translation>В строке %1 есть ячейка длиннее %2 символов.</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>В строке %1 больше %2 столбцов.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>В файле больше %1 строк.</translation>
    </message>
    <message>
        <source>A quoted cell is not closed: the file is cut short or damaged.</source>
        <translation>Ячейка в кавычках не закрыта: файл обрезан или повреждён.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>Это файл старого формата Excel (.xls): откройте его в Excel или LibreOffice и сохраните как .xlsx или CSV.</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet: it is not text.</source>
        <translation>Файл не является таблицей: это не текст.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>%1 больше %2 МБ: разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>The workbook is damaged or not a spreadsheet (%1).</source>
        <translation>Книга повреждена или не является таблицей (%1).</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB: it is not read.</source>
        <translation>В распакованном виде книга больше %1 МБ: она не будет прочитана.</translation>
    </message>
    <message>
        <source>Case: number in the file (rows with the same one are one case)</source>
        <translation>Дело: номер в файле (строки с одинаковым номером — одно дело)</translation>
    </message>
    <message>
        <source>Person: full name (family name, given name, patronymic)</source>
        <translation>Человек: ФИО (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The mapping sends the column &apos;%1&apos; to &apos;%2&apos;, which is not a field the import knows.</source>
        <translation>Сопоставление направляет столбец «%1» в «%2», но такого поля импорт не знает.</translation>
    </message>
    <message>
        <source>No column of the sheet is mapped to a field: map at least one column to import.</source>
        <translation>Ни один столбец листа не сопоставлен с полем: сопоставьте хотя бы один столбец.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the column &apos;%2&apos; is not a value Fieldcase knows: map it to one.</source>
        <translation>«%1» в столбце «%2» — неизвестное Fieldcase значение: сопоставьте его с одним из известных.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the column &apos;%2&apos; is not a date (write it as 31.12.1990 or 1990-12-31).</source>
        <translation>«%1» в столбце «%2» — не дата (пишите 31.12.1990 или 1990-12-31).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the column &apos;%2&apos; is not a whole number.</source>
        <translation>«%1» в столбце «%2» — не целое число.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the column &apos;%2&apos; is neither yes nor no.</source>
        <translation>«%1» в столбце «%2» — ни «да», ни «нет».</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; gives %2 a second value, &apos;%3&apos;.</source>
        <translation>Столбец «%1» даёт полю «%2» второе значение: «%3».</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; gives the row a second case number, &apos;%2&apos;.</source>
        <translation>Столбец «%1» даёт строке второй номер дела: «%2».</translation>
    </message>
    <message>
        <source>Row %1 gives the case &apos;%2&apos; %3 &apos;%4&apos;; this row says &apos;%5&apos;.</source>
        <translation>Строка %1 задаёт делу «%2» поле «%3» = «%4», а эта строка — «%5».</translation>
    </message>
    <message>
        <source>Nothing to import: the row has values only in columns left out or a case number alone.</source>
        <translation>Нечего импортировать: в строке есть значения только в пропущенных столбцах или один лишь номер дела.</translation>
    </message>
    <message>
        <source>Case %1 of the imported file</source>
        <translation>Дело %1 из импортированного файла</translation>
    </message>
    <message>
        <source>Row %1 of the imported file</source>
        <translation>Строка %1 импортированного файла</translation>
    </message>
    <message>
        <source>The file holds no sheet to import.</source>
        <translation>В файле нет листа для импорта.</translation>
    </message>
    <message>
        <source>The file has no sheet &apos;%1&apos;; it has: %2.</source>
        <translation>В файле нет листа «%1»; есть: %2.</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; ends before the header row %2.</source>
        <translation>Лист «%1» кончается раньше строки заголовков %2.</translation>
    </message>
    <message>
        <source>This sheet was imported into the vault on %1: its cases are there already. Import it again only if you mean to make them twice (the wizard asks; the command line takes --again).</source>
        <translation>Этот лист уже импортирован в хранилище %1: его дела уже там. Импортируйте его снова, только если действительно хотите создать их дважды (мастер спросит; в командной строке — --again).</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>There is no kind of record called &apos;%1&apos;.</source>
        <translation>Нет такого вида записей: «%1».</translation>
    </message>
    <message>
        <source>There is no %1 with the id &apos;%2&apos;.</source>
        <translation>Не найдено: %1 с идентификатором «%2».</translation>
    </message>
    <message>
        <source>A %1 has no field &apos;%2&apos;.</source>
        <translation>У записи вида «%1» нет поля «%2».</translation>
    </message>
    <message>
        <source>%1 is set by Fieldcase and cannot be changed.</source>
        <translation>Поле «%1» заполняет Fieldcase, изменить его нельзя.</translation>
    </message>
    <message>
        <source>Use archive or restore to archive a record.</source>
        <translation>Чтобы отправить запись в архив или вернуть её, используйте archive или restore.</translation>
    </message>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1: это поле обязательно.</translation>
    </message>
    <message>
        <source>Notes cannot be archived; purge a note written by mistake.</source>
        <translation>Заметки нельзя отправить в архив; ошибочную заметку удалите навсегда (purge).</translation>
    </message>
    <message>
        <source>Cases cannot be sorted by &apos;%1&apos;.</source>
        <translation>Дела нельзя сортировать по «%1».</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>A person cannot be merged into themselves.</source>
        <translation>Нельзя объединить запись о человеке с ней самой.</translation>
    </message>
    <message>
        <source>Attach a file to a case or a person instead.</source>
        <translation>Вместо этого прикрепите файл к делу или к человеку.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Files can be attached to a case or a person.</source>
        <translation>Файлы можно прикреплять к делу или к человеку.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>The file changed while it was being read; try again.</source>
        <translation>Файл изменился во время чтения; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The attached file is damaged or incomplete.</source>
        <translation>Прикреплённый файл повреждён или неполон.</translation>
    </message>
    <message numerus="yes">
        <source>The file is larger than %n MiB.</source>
        <translation>
            <numerusform>Файл больше %n МиБ.</numerusform>
            <numerusform>Файл больше %n МиБ.</numerusform>
            <numerusform>Файл больше %n МиБ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups are counted from a valid date.</source>
        <translation>Задачи отсчитываются от правильной даты.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>The dashboard is counted from a valid date.</source>
        <translation>Для сводки нужна правильная дата.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The workbook could not be written.</source>
        <translation>Не удалось записать таблицу.</translation>
    </message>
    <message>
        <source>The sheet %1 would have more rows than a spreadsheet holds (%2): export CSV instead.</source>
        <translation>В листе %1 было бы больше строк, чем вмещает таблица (%2): выгрузите CSV.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search cannot start: the Russian and English stemmers (Snowball) are missing.</source>
        <translation>Поиск не запускается: нет модулей морфологии русского и английского языков (Snowball).</translation>
    </message>
    <message>
        <source>Search cannot start: ICU&apos;s transliteration data are missing (%1).</source>
        <translation>Поиск не запускается: нет данных транслитерации ICU (%1).</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>as recorded</source>
        <translation>как записано</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>five-year periods</source>
        <translation>пятилетия</translation>
    </message>
    <message>
        <source>under 18 or not</source>
        <translation>до 18 лет или старше</translation>
    </message>
    <message>
        <source>continents</source>
        <translation>части света</translation>
    </message>
    <message>
        <source>labour, sexual or other</source>
        <translation>трудовая, сексуальная или другая</translation>
    </message>
    <message>
        <source>Anonymised statistics from Fieldcase

</source>
        <translation>Обезличенная статистика из Fieldcase

</translation>
    </message>
    <message>
        <source>k = %1: every combination of the columns of %2 describes at least %1 people.
</source>
        <translation>k = %1: каждое сочетание столбцов %2 описывает не меньше %1 человек.
</translation>
    </message>
    <message>
        <source>Survivors in cases (one row per person and case): %1
</source>
        <translation>Пострадавших в делах (строка на человека и дело): %1
</translation>
    </message>
    <message>
        <source>Rows released: %1
</source>
        <translation>Выгружено строк: %1
</translation>
    </message>
    <message>
        <source>Rows left out because their combination was too rare: %1

</source>
        <translation>Не выгружено строк, потому что их сочетание слишком редкое: %1

</translation>
    </message>
    <message>
        <source>How each column was released:
</source>
        <translation>Как выгружен каждый столбец:
</translation>
    </message>
    <message>
        <source>
Count tables (aggregate-*.csv) count every survivor as recorded; %1 cell(s) with fewer than %2 people, or that would give such a cell away, are withheld and shown as &quot;&lt;%2&quot;.
</source>
        <translation>
Таблицы подсчётов (aggregate-*.csv) считают каждого пострадавшего как записано; ячейки меньше %2 человек и те, по которым такую ячейку можно вычислить, скрыты и показаны как &quot;&lt;%2&quot; (скрыто ячеек: %1).
</translation>
    </message>
    <message>
        <source>
No names, ids, free text, places below a country or dates finer than a year are in these files. k-anonymity does not hide what everyone in a group shares, and someone who knows a person is in the data may still learn that shared value; see docs/reports.md.
</source>
        <translation>
В этих файлах нет имён, идентификаторов, свободного текста, мест точнее страны и дат точнее года. k-анонимность не скрывает того, что общее у всей группы: тот, кто знает, что человек есть в данных, может узнать это общее значение; см. docs/reports.md.
</translation>
    </message>
    <message>
        <source>k must be at least %1: smaller groups are too easy to single out.</source>
        <translation>k должно быть не меньше %1: в группах меньше этого человека слишком легко узнать.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The audit trail is broken at entry %1.</source>
        <translation>Журнал аудита нарушен на записи %1.</translation>
    </message>
    <message>
        <source>The change log is broken at change %1 of device %2.</source>
        <translation>Журнал изменений нарушен на изменении %1 устройства %2.</translation>
    </message>
    <message>
        <source>A change record is malformed or was altered.</source>
        <translation>Запись об изменении повреждена или подделана.</translation>
    </message>
    <message>
        <source>There is no such %1.</source>
        <translation>Не найдено: %1.</translation>
    </message>
    <message>
        <source>Internal error: a change is already in progress.</source>
        <translation>Внутренняя ошибка: изменение уже выполняется.</translation>
    </message>
    <message>
        <source>A record refers to an unknown device.</source>
        <translation>Запись ссылается на неизвестное устройство.</translation>
    </message>
    <message>
        <source>Internal error: no change in progress.</source>
        <translation>Внутренняя ошибка: нет выполняемого изменения.</translation>
    </message>
    <message>
        <source>A note cannot be changed once written; add a new one instead.</source>
        <translation>Записанную заметку изменить нельзя; добавьте новую.</translation>
    </message>
    <message>
        <source>A record&apos;s version information is damaged.</source>
        <translation>Сведения о версии записи повреждены.</translation>
    </message>
    <message>
        <source>Internal error: a purge confirmed of a record still here.</source>
        <translation>Внутренняя ошибка: подтверждено удаление записи, которая ещё здесь.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This file is too large to be a bundle.</source>
        <translation>Этот файл слишком велик для пакета.</translation>
    </message>
    <message>
        <source>This bundle is incomplete. If it is still being copied, try again later.</source>
        <translation>Пакет неполный. Если он ещё копируется, повторите попытку позже.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Fieldcase, or it is not a bundle.</source>
        <translation>Пакет создан более новой версией Fieldcase или вовсе не является пакетом.</translation>
    </message>
    <message>
        <source>This bundle is damaged or has been altered.</source>
        <translation>Пакет повреждён или подделан.</translation>
    </message>
    <message>
        <source>This bundle is from an unknown device.</source>
        <translation>Пакет получен от неизвестного устройства.</translation>
    </message>
    <message>
        <source>The signature of this bundle does not match the device it names.</source>
        <translation>Подпись пакета не соответствует указанному в нём устройству.</translation>
    </message>
    <message>
        <source>This bundle comes from a team device but its contents are not valid.</source>
        <translation>Пакет получен от устройства команды, но его содержимое некорректно.</translation>
    </message>
    <message>
        <source>This bundle needs a newer version of Fieldcase.</source>
        <translation>Для этого пакета нужна более новая версия Fieldcase.</translation>
    </message>
    <message>
        <source>The bundle cannot be written: its header or recipients are not valid.</source>
        <translation>Не удалось создать пакет: неверный заголовок или получатели.</translation>
    </message>
    <message>
        <source>The bundle cannot be written: a record is too large or of a type reserved for the format.</source>
        <translation>Не удалось создать пакет: запись слишком велика или её тип зарезервирован форматом.</translation>
    </message>
    <message>
        <source>The bundle cannot be written: it would be larger than 256 MiB.</source>
        <translation>Не удалось создать пакет: он был бы больше 256 МиБ.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>Папку %1 не удаётся прочитать.</translation>
    </message>
    <message>
        <source>A bundle was removed while it was being read.</source>
        <translation>Пакет удалили, пока он читался.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot remove an old bundle from %1: %2</source>
        <translation>Не удаётся удалить старый пакет из %1: %2</translation>
    </message>
    <message>
        <source>A change comes from a device that is not in the team.</source>
        <translation>Изменение пришло с устройства, которого нет в команде.</translation>
    </message>
    <message>
        <source>A change does not follow on from the one before it.</source>
        <translation>Изменение не продолжает предыдущее изменение того же устройства.</translation>
    </message>
    <message>
        <source>A change&apos;s signature does not match its device.</source>
        <translation>Подпись изменения не совпадает с подписью его устройства.</translation>
    </message>
    <message>
        <source>A device id is 32 hexadecimal digits.</source>
        <translation>Идентификатор устройства — 32 шестнадцатеричные цифры.</translation>
    </message>
    <message>
        <source>Name one open conflict and either the version to keep or a value.</source>
        <translation>Укажите один открытый конфликт и либо версию, которую оставить, либо значение.</translation>
    </message>
    <message>
        <source>There is no open conflict with this id.</source>
        <translation>Открытого конфликта с таким идентификатором нет.</translation>
    </message>
    <message>
        <source>There is no version with this number.</source>
        <translation>Версии с таким номером нет.</translation>
    </message>
    <message>
        <source>Unlock the vault to open and verify the bundle.</source>
        <translation>Разблокируйте хранилище, чтобы открыть и проверить пакет.</translation>
    </message>
    <message>
        <source>This bundle is not for this device: another team&apos;s, or a colleague&apos;s written before they knew this device (readable after their next sync).</source>
        <translation>Этот пакет не для этого устройства: он другой команды или коллеги, записавшего его до того, как узнал об этом устройстве (его следующий пакет можно будет прочитать).</translation>
    </message>
    <message>
        <source>This device has not joined a team yet: import the welcome bundle from its coordinator first.</source>
        <translation>Устройство ещё не вошло в команду: сначала импортируйте приветственный пакет от координатора.</translation>
    </message>
    <message>
        <source>This bundle is from a device removed from the team.</source>
        <translation>Этот пакет от устройства, исключённого из команды.</translation>
    </message>
    <message>
        <source>This bundle is not a welcome for this device, or was not written for it.</source>
        <translation>Этот пакет не приветственный для этого устройства или записан не для него.</translation>
    </message>
    <message>
        <source>This bundle belongs to another team.</source>
        <translation>Этот пакет принадлежит другой команде.</translation>
    </message>
    <message>
        <source>A bundle&apos;s records break the format.</source>
        <translation>Записи пакета нарушают формат.</translation>
    </message>
    <message numerus="yes">
        <source>The clock of device %1 is %n day(s) ahead.</source>
        <translation>
            <numerusform>Часы устройства %1 спешат на %n день.</numerusform>
            <numerusform>Часы устройства %1 спешат на %n дня.</numerusform>
            <numerusform>Часы устройства %1 спешат на %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stick folder must be a plain folder name and the interval at least 10 seconds.</source>
        <translation>Папка на флешке должна быть простым именем папки, а интервал — не меньше 10 секунд.</translation>
    </message>
    <message>
        <source>The welcome bundle is unreadable.</source>
        <translation>Приветственный пакет не читается.</translation>
    </message>
    <message>
        <source>This device has already joined a team.</source>
        <translation>Это устройство уже вошло в команду.</translation>
    </message>
    <message>
        <source>No welcome is waiting here: import the welcome bundle from the coordinator first.</source>
        <translation>Приветственный пакет не ожидает подтверждения: сначала импортируйте приветственный пакет от координатора.</translation>
    </message>
    <message>
        <source>These digits are not the safety number of the welcome waiting here: nothing was joined.</source>
        <translation>Эти цифры не совпадают с кодом безопасности ожидающего приветственного пакета: вступления не было.</translation>
    </message>
    <message>
        <source>Device %1 signed two different versions of its change %2: its key is in other hands, or it was restored from an old backup. Its changes from there on are set aside here; a coordinator should remove it.</source>
        <translation>Устройство %1 подписало две разные версии своего изменения %2: его ключ в чужих руках, или оно восстановлено из старой резервной копии. Его изменения начиная с этого здесь отложены; координатору следует удалить это устройство.</translation>
    </message>
    <message>
        <source>Device %1 signed two different team changes under one number: its key is in other hands, or it was restored from an old backup. Every laptop counts the same one of them; a coordinator should remove it.</source>
        <translation>Устройство %1 подписало два разных изменения состава команды под одним номером: его ключ в чужих руках, или оно восстановлено из старой резервной копии. Все ноутбуки учитывают одно и то же из них; координатору следует удалить это устройство.</translation>
    </message>
    <message>
        <source>A purge or a creation arrived with its content removed.</source>
        <translation>Безвозвратное удаление или создание записи пришло с вырезанным содержимым.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle from %1 carried %n change(s) with their content removed, though no purge here allows it. They are asked for again from the others; if this repeats, that laptop may be in other hands.</source>
        <translation>
            <numerusform>Пакет от %1 принёс %n изменение с вырезанным содержимым, хотя никакое безвозвратное удаление здесь этого не разрешает. Оно будет запрошено у других ещё раз; если это повторяется, тот ноутбук, возможно, в чужих руках.</numerusform>
            <numerusform>Пакет от %1 принёс %n изменения с вырезанным содержимым, хотя никакое безвозвратное удаление здесь этого не разрешает. Они будут запрошены у других ещё раз; если это повторяется, тот ноутбук, возможно, в чужих руках.</numerusform>
            <numerusform>Пакет от %1 принёс %n изменений с вырезанным содержимым, хотя никакое безвозвратное удаление здесь этого не разрешает. Они будут запрошены у других ещё раз; если это повторяется, тот ноутбук, возможно, в чужих руках.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, a field worker&apos;s laptop, purged %n record(s) it did not create. They are kept here until a coordinator purges them.</source>
        <translation>
            <numerusform>%1, ноутбук полевого сотрудника, безвозвратно удалил %n запись, созданную не им. Здесь она сохранена, пока её не удалит координатор.</numerusform>
            <numerusform>%1, ноутбук полевого сотрудника, безвозвратно удалил %n записи, созданные не им. Здесь они сохранены, пока их не удалит координатор.</numerusform>
            <numerusform>%1, ноутбук полевого сотрудника, безвозвратно удалил %n записей, созданных не им. Здесь они сохранены, пока их не удалит координатор.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a coordinator can confirm another laptop&apos;s purges.</source>
        <translation>Подтверждать удаления с другого ноутбука может только координатор.</translation>
    </message>
    <message>
        <source>No purge of that device is held here.</source>
        <translation>Здесь нет задержанных удалений с этого устройства.</translation>
    </message>
    <message numerus="yes">
        <source>%1 purged more records in one week than a laptop may alone: %n of them are kept here until a coordinator of another laptop confirms them.</source>
        <translation>
            <numerusform>%1 удалил за неделю больше записей, чем один ноутбук может удалить сам: %n из них сохранена здесь, пока её не подтвердит координатор с другого ноутбука.</numerusform>
            <numerusform>%1 удалил за неделю больше записей, чем один ноутбук может удалить сам: %n из них сохранены здесь, пока их не подтвердит координатор с другого ноутбука.</numerusform>
            <numerusform>%1 удалил за неделю больше записей, чем один ноутбук может удалить сам: %n из них сохранены здесь, пока их не подтвердит координатор с другого ноутбука.</numerusform>
        </translation>
    </message>
    <message>
        <source>A retention period is 0 (none) to %1 months.</source>
        <translation>Срок хранения — от 0 (без удаления) до %1 месяцев.</translation>
    </message>
    <message>
        <source>This person is the only person in more than %1 cases: purge some of them first, then withdraw the consent.</source>
        <translation>Этот человек — единственный в более чем %1 делах: сначала удалите часть из них, затем отзовите согласие.</translation>
    </message>
    <message>
        <source>This laptop replaces no device of the team.</source>
        <translation>Этот ноутбук не заменяет ни одно устройство команды.</translation>
    </message>
    <message>
        <source>This laptop was restored from a backup of %1 (%2): admitting it removes that device, which must be confirmed.</source>
        <translation>Этот ноутбук восстановлен из резервной копии %1 (%2): его приём исключает это устройство, и это нужно подтвердить.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>This device already belongs to a team.</source>
        <translation>Устройство уже входит в команду.</translation>
    </message>
    <message>
        <source>A membership event has an unknown version.</source>
        <translation>У события состава команды неизвестная версия.</translation>
    </message>
    <message>
        <source>A membership event has an unknown kind.</source>
        <translation>У события состава команды неизвестный вид.</translation>
    </message>
    <message>
        <source>A membership event is malformed.</source>
        <translation>Событие состава команды повреждено.</translation>
    </message>
    <message>
        <source>This file is not an enrolment request, or it was altered.</source>
        <translation>Этот файл не запрос на вступление или был изменён.</translation>
    </message>
    <message>
        <source>This vault has no device keys yet.</source>
        <translation>У этого хранилища ещё нет ключей устройства.</translation>
    </message>
    <message>
        <source>This device has not joined a team yet.</source>
        <translation>Устройство ещё не вошло в команду.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the team.</source>
        <translation>Изменять состав команды может только координатор.</translation>
    </message>
    <message>
        <source>This device was removed from the team and cannot rejoin; create a new vault on it.</source>
        <translation>Это устройство исключено из команды и не может вернуться; создайте на нём новое хранилище.</translation>
    </message>
    <message>
        <source>A device with this id is already in the team with other keys.</source>
        <translation>Устройство с таким идентификатором уже есть в команде с другими ключами.</translation>
    </message>
    <message>
        <source>A device cannot remove itself.</source>
        <translation>Устройство не может исключить само себя.</translation>
    </message>
    <message>
        <source>No device of the team has this id.</source>
        <translation>В команде нет устройства с таким идентификатором.</translation>
    </message>
    <message>
        <source>That laptop has not given this laptop its release key: it gives it at its exchanges after this laptop became a coordinator. Its recovery code opens it instead.</source>
        <translation>Тот ноутбук не передавал этому ноутбуку свой ключ разблокировки: он передаёт его при обменах после того, как этот ноутбук стал координатором. Вместо этого его откроет код восстановления.</translation>
    </message>
    <message>
        <source>That laptop&apos;s release key was sealed to a bundle key this laptop no longer has. Its recovery code opens it instead.</source>
        <translation>Ключ разблокировки того ноутбука запечатан ключом пакетов, которого у этого ноутбука больше нет. Вместо этого его откроет код восстановления.</translation>
    </message>
    <message>
        <source>This is not a travel release file of Fieldcase.</source>
        <translation>Это не файл разблокировки Fieldcase.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Cannot create a temporary folder for the training vault: %1</source>
        <translation>Не удаётся создать временную папку для учебного хранилища: %1</translation>
    </message>
    <message>
        <source>Training laptop</source>
        <translation>Учебный ноутбук</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;%1&apos; is not one of the allowed values.</source>
        <translation>«%1» — недопустимое значение.</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>это поле обязательно.</translation>
    </message>
    <message>
        <source>contains control characters.</source>
        <translation>содержит управляющие символы.</translation>
    </message>
    <message numerus="yes">
        <source>is too long (at most %n characters).</source>
        <translation>
            <numerusform>слишком длинное значение (не более %n символа).</numerusform>
            <numerusform>слишком длинное значение (не более %n символов).</numerusform>
            <numerusform>слишком длинное значение (не более %n символов).</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-03-31.</source>
        <translation>«%1» — не дата вида 2026-03-31.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time like 2026-03-31T14:30.</source>
        <translation>«%1» — не дата и время вида 2026-03-31T14:30.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>«%1» — не целое число.</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>значение должно быть от %1 до %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no.</source>
        <translation>«%1» — ожидается yes или no.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a two-letter country code like RU.</source>
        <translation>«%1» — не двухбуквенный код страны вида RU.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code like ru.</source>
        <translation>«%1» — не код языка вида ru.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id.</source>
        <translation>«%1» — не идентификатор записи.</translation>
    </message>
    <message>
        <source>cannot be stored.</source>
        <translation>это значение нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The vault&apos;s key file is damaged. Restore vault.keys from a backup copy of this vault.</source>
        <translation>Файл ключей хранилища повреждён. Восстановите vault.keys из резервной копии этого хранилища.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Fieldcase. Update Fieldcase to open it.</source>
        <translation>Это хранилище создано более новой версией Fieldcase. Обновите Fieldcase, чтобы его открыть.</translation>
    </message>
    <message>
        <source>The key file asks for key derivation settings out of range.</source>
        <translation>В файле ключей указаны недопустимые параметры получения ключа.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Неверный код восстановления.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>The passphrase is not valid text (UTF-8).</source>
        <translation>Пароль не является допустимым текстом (UTF-8).</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Недостаточно памяти, чтобы получить ключ из пароля.</translation>
    </message>
    <message>
        <source>That is not a recovery code: it should be 32 letters and digits in groups of four.</source>
        <translation>Это не код восстановления: он должен состоять из 32 букв и цифр, по четыре в группе.</translation>
    </message>
    <message>
        <source>Give this device a name, so the team can tell it apart.</source>
        <translation>Дайте этому устройству имя, чтобы команда могла его отличить.</translation>
    </message>
    <message numerus="yes">
        <source>The device name is too long (at most %n characters).</source>
        <translation>
            <numerusform>Имя устройства слишком длинное (не более %n символа).</numerusform>
            <numerusform>Имя устройства слишком длинное (не более %n символов).</numerusform>
            <numerusform>Имя устройства слишком длинное (не более %n символов).</numerusform>
        </translation>
    </message>
    <message>
        <source>The device name contains control characters.</source>
        <translation>В имени устройства есть управляющие символы.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>The vault is open in another window.</source>
        <translation>Хранилище уже открыто в другом окне.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1.</source>
        <translation>Не удалось получить монопольный доступ к хранилищу в %1.</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>В папке %1 нет хранилища.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing from %1.</source>
        <translation>В папке %1 нет файла базы данных хранилища.</translation>
    </message>
    <message>
        <source>The vault&apos;s database does not belong to its key file.</source>
        <translation>База данных хранилища не соответствует его файлу ключей.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>В папке %1 уже есть хранилище.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the vault.</source>
        <translation>Папка %1 не пуста. Выберите для хранилища новую или пустую папку.</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1: %2</source>
        <translation>Не удалось создать хранилище в %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation>Не удалось заменить пустую папку %1.</translation>
    </message>
    <message>
        <source>Cannot move the new vault into %1.</source>
        <translation>Не удалось переместить новое хранилище в %1.</translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation>Сначала откройте хранилище.</translation>
    </message>
    <message>
        <source>Some records point to records that do not exist.</source>
        <translation>Некоторые записи ссылаются на несуществующие записи.</translation>
    </message>
    <message>
        <source>The key file does not belong to this database.</source>
        <translation>Файл ключей не соответствует этой базе данных.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не меньше %n символа.</numerusform>
            <numerusform>Пароль должен содержать не меньше %n символов.</numerusform>
            <numerusform>Пароль должен содержать не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase, or the key derivation settings in the key file were changed.</source>
        <translation>Неверный пароль, или в файле ключей изменены параметры получения ключа.</translation>
    </message>
    <message>
        <source>The key derivation settings in the vault&apos;s key file were changed. Restore vault.keys from a backup copy of this vault.</source>
        <translation>В файле ключей хранилища изменены параметры получения ключа. Восстановите vault.keys из резервной копии этого хранилища.</translation>
    </message>
    <message>
        <source>Cannot put the re-encrypted database in place in %1.</source>
        <translation>Не удаётся поставить перешифрованную базу данных на место в %1.</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the database does not read back correctly; nothing was changed.</source>
        <translation>Перешифрованная копия базы данных не читается правильно; ничего не изменено.</translation>
    </message>
    <message>
        <source>The vault has its new key but did not open again; unlock it and make a new vault key once more to get a recovery code. %1</source>
        <translation>У хранилища новый ключ, но оно не открылось снова; разблокируйте его и ещё раз создайте новый ключ хранилища, чтобы получить код восстановления. %1</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the passphrase.</source>
        <translation>Пароль для принуждения должен отличаться от пароля.</translation>
    </message>
    <message>
        <source>The new passphrase is the duress passphrase; choose another.</source>
        <translation>Новый пароль совпадает с паролем для принуждения; выберите другой.</translation>
    </message>
    <message>
        <source>Cannot write the re-encrypted copy of the database in %1.</source>
        <translation>Не удалось записать перешифрованную копию базы данных в %1.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <source>There is no release file (*.fcrelease) in %1.</source>
        <translation>В %1 нет файла разблокировки (*.fcrelease).</translation>
    </message>
    <message>
        <source>No coordinator holds this laptop&apos;s release key yet, so none could release it after travel. Exchange with the team, and let a coordinator exchange back, first.</source>
        <translation>Ни у одного координатора ещё нет ключа разблокировки этого ноутбука, поэтому после поездки его никто не сможет разблокировать. Сначала обменяйтесь данными с командой и дождитесь ответного обмена координатора.</translation>
    </message>
    <message>
        <source>The vault is not travel-locked.</source>
        <translation>Хранилище не заблокировано для поездки.</translation>
    </message>
    <message>
        <source>The release file is not signed by a coordinator of this laptop&apos;s team.</source>
        <translation>Файл разблокировки подписан не координатором команды этого ноутбука.</translation>
    </message>
    <message>
        <source>The passphrase and the release files here do not open the vault together: check the passphrase, or ask for a new release file.</source>
        <translation>Пароль и файлы разблокировки в этой папке вместе не открывают хранилище: проверьте пароль или попросите новый файл разблокировки.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>Отказ от ответа</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Принудительный труд</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Сексуальная эксплуатация</translation>
    </message>
    <message>
        <source>Child labour</source>
        <translation>Эксплуатация детского труда</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Принудительный брак</translation>
    </message>
    <message>
        <source>Servitude</source>
        <translation>Подневольное состояние</translation>
    </message>
    <message>
        <source>Forced service in armed groups</source>
        <translation>Принудительная служба в вооружённых формированиях</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Изъятие органов</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>Принудительное попрошайничество</translation>
    </message>
    <message>
        <source>Forced adoption</source>
        <translation>Принудительное усыновление</translation>
    </message>
    <message>
        <source>Forced surrogacy</source>
        <translation>Принудительное суррогатное материнство</translation>
    </message>
    <message>
        <source>Prostitution</source>
        <translation>Проституция</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>Порнография</translation>
    </message>
    <message>
        <source>Webcam and online sexual services</source>
        <translation>Вебкам и сексуальные услуги онлайн</translation>
    </message>
    <message>
        <source>Private sexual services</source>
        <translation>В частной обстановке</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <source>Fish farming and fishing</source>
        <translation>Рыбоводство и рыболовство</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>Попрошайничество</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>Работа в частном доме</translation>
    </message>
    <message>
        <source>Hotels, restaurants and bars</source>
        <translation>Гостиницы, рестораны и бары</translation>
    </message>
    <message>
        <source>Criminal activities</source>
        <translation>Преступная деятельность</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>Mining or drilling</source>
        <translation>Добыча полезных ископаемых</translation>
    </message>
    <message>
        <source>Street and market selling</source>
        <translation>Уличная и рыночная торговля</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Threats of harm</source>
        <translation>Угрозы причинить вред</translation>
    </message>
    <message>
        <source>Threats to report to the authorities</source>
        <translation>Угрозы сообщить властям</translation>
    </message>
    <message>
        <source>Threats against children or family</source>
        <translation>Угрозы детям или семье</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>Долговая кабала</translation>
    </message>
    <message>
        <source>False promises</source>
        <translation>Ложные обещания</translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <translation>Физическое насилие</translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation>Сексуальное насилие</translation>
    </message>
    <message>
        <source>Takes earnings</source>
        <translation>Отбирает заработок</translation>
    </message>
    <message>
        <source>Restricts access to money</source>
        <translation>Ограничивает доступ к деньгам</translation>
    </message>
    <message>
        <source>Restricts medical care</source>
        <translation>Ограничивает медицинскую помощь</translation>
    </message>
    <message>
        <source>Withholds necessities</source>
        <translation>Лишает самого необходимого</translation>
    </message>
    <message>
        <source>Psychological abuse</source>
        <translation>Психологическое насилие</translation>
    </message>
    <message>
        <source>Drugs or alcohol</source>
        <translation>Наркотики или алкоголь</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>Непомерно долгий рабочий день</translation>
    </message>
    <message>
        <source>Withholds passport or documents</source>
        <translation>Удерживает паспорт или документы</translation>
    </message>
    <message>
        <source>Restricts movement</source>
        <translation>Ограничивает свободу передвижения</translation>
    </message>
    <message>
        <source>Control through children</source>
        <translation>Контроль через детей</translation>
    </message>
    <message>
        <source>At a place of business</source>
        <translation>В магазине, кафе или другом заведении</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <translation>В школе, колледже или вузе</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>На работе</translation>
    </message>
    <message>
        <source>Through online social networks</source>
        <translation>Через социальные сети</translation>
    </message>
    <message>
        <source>Through an online advertisement</source>
        <translation>Через объявление в интернете</translation>
    </message>
    <message>
        <source>Through a television advert</source>
        <translation>Через рекламу на телевидении</translation>
    </message>
    <message>
        <source>Through a newspaper advert</source>
        <translation>Через объявление в газете</translation>
    </message>
    <message>
        <source>Through family or family events</source>
        <translation>Через семью или на семейных встречах</translation>
    </message>
    <message>
        <source>Through friends or social events</source>
        <translation>Через друзей или знакомых</translation>
    </message>
    <message>
        <source>Marriage agency or broker</source>
        <translation>Брачное агентство или сваха</translation>
    </message>
    <message>
        <source>Job offer or recruitment agency</source>
        <translation>Предложение работы или кадровое агентство</translation>
    </message>
    <message>
        <source>Intimate partner</source>
        <translation>Близкий партнёр</translation>
    </message>
    <message>
        <source>Abduction</source>
        <translation>Похищение</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Facebook Messenger</source>
        <translation>Facebook Messenger</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Twitter (X)</source>
        <translation>Twitter (X)</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>VKontakte</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <source>Odnoklassniki</source>
        <translation>Одноклассники</translation>
    </message>
    <message>
        <source>Job website</source>
        <translation>Сайт поиска работы</translation>
    </message>
    <message>
        <source>Dating site or app</source>
        <translation>Сайт или приложение знакомств</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Someone the person knew</source>
        <translation>Знакомый человек</translation>
    </message>
    <message>
        <source>A stranger</source>
        <translation>Незнакомый человек</translation>
    </message>
    <message>
        <source>Possible victim of trafficking</source>
        <translation>Возможная жертва торговли людьми</translation>
    </message>
    <message>
        <source>Confirmed victim of trafficking</source>
        <translation>Подтверждённая жертва торговли людьми</translation>
    </message>
    <message>
        <source>Not a victim of trafficking</source>
        <translation>Не жертва торговли людьми</translation>
    </message>
    <message>
        <source>Travelling companion</source>
        <translation>Сопровождающий в пути</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Recruiter or intermediary</source>
        <translation>Вербовщик или посредник</translation>
    </message>
    <message>
        <source>Broker or travel agent</source>
        <translation>Организатор поездки или турагент</translation>
    </message>
    <message>
        <source>Smuggler</source>
        <translation>Переправщик через границу</translation>
    </message>
    <message>
        <source>Abuser</source>
        <translation>Агрессор</translation>
    </message>
    <message>
        <source>Kidnapper</source>
        <translation>Похититель</translation>
    </message>
    <message>
        <source>Exploiter</source>
        <translation>Эксплуататор</translation>
    </message>
    <message>
        <source>Bought the person</source>
        <translation>Покупатель человека</translation>
    </message>
    <message>
        <source>Sold the person</source>
        <translation>Продавец человека</translation>
    </message>
    <message>
        <source>Controlled the person</source>
        <translation>Надсмотрщик</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Сопровождение</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Closed, referred elsewhere</source>
        <translation>Закрыто, передано в другую организацию</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Financial support</source>
        <translation>Финансовая помощь</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Livelihood</source>
        <translation>Помощь с заработком</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Психологическая поддержка</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <source>Social care</source>
        <translation>Социальная помощь</translation>
    </message>
    <message>
        <source>Rehabilitation after labour exploitation</source>
        <translation>Реабилитация после трудовой эксплуатации</translation>
    </message>
    <message>
        <source>Rehabilitation after sexual exploitation</source>
        <translation>Реабилитация после сексуальной эксплуатации</translation>
    </message>
    <message>
        <source>Training on rights</source>
        <translation>Правовое просвещение</translation>
    </message>
    <message>
        <source>Return home</source>
        <translation>Возвращение домой</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Правоохранительные органы</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Медицинское учреждение</translation>
    </message>
    <message>
        <source>Central government</source>
        <translation>Федеральные органы власти</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Региональные и местные органы власти</translation>
    </message>
    <message>
        <source>Immigration service</source>
        <translation>Миграционная служба</translation>
    </message>
    <message>
        <source>Legal service</source>
        <translation>Юридическая служба</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Коммерческая организация</translation>
    </message>
    <message>
        <source>School or college</source>
        <translation>Учебное заведение</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <translation>Посольство или консульство</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Transgender woman</source>
        <translation>Трансгендерная женщина</translation>
    </message>
    <message>
        <source>Transgender man</source>
        <translation>Трансгендерный мужчина</translation>
    </message>
    <message>
        <source>Gender non-conforming</source>
        <translation>Небинарная гендерная идентичность</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Survivor or presumed victim</source>
        <translation>Пострадавший или предполагаемая жертва</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Contact or informant</source>
        <translation>Контактное лицо или информатор</translation>
    </message>
    <message>
        <source>Suspected trafficker</source>
        <translation>Предполагаемый торговец людьми</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Готовится</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Выездная работа</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Звонок на горячую линию</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>Онлайн-чат</translation>
    </message>
    <message>
        <source>At a shelter</source>
        <translation>В приюте</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>В офисе</translation>
    </message>
    <message>
        <source>At court</source>
        <translation>В суде</translation>
    </message>
    <message>
        <source>Agrees to an interview</source>
        <translation>Согласие на беседу</translation>
    </message>
    <message>
        <source>Purpose explained</source>
        <translation>Цель объяснена</translation>
    </message>
    <message>
        <source>Use of personal data</source>
        <translation>Использование персональных данных</translation>
    </message>
    <message>
        <source>Anonymised use for research</source>
        <translation>Обезличенное использование для исследований</translation>
    </message>
    <message>
        <source>Right to see own data explained</source>
        <translation>Право на доступ к своим данным объяснено</translation>
    </message>
    <message>
        <source>Storage period explained</source>
        <translation>Срок хранения объяснён</translation>
    </message>
    <message>
        <source>How to withdraw explained</source>
        <translation>Порядок отзыва согласия объяснён</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Passport held by employer</source>
        <translation>Паспорт у работодателя</translation>
    </message>
    <message>
        <source>Passport held by someone else</source>
        <translation>Паспорт у другого лица</translation>
    </message>
    <message>
        <source>Documents lost</source>
        <translation>Документы утрачены</translation>
    </message>
    <message>
        <source>Forged documents</source>
        <translation>Поддельные документы</translation>
    </message>
    <message>
        <source>Visa expired</source>
        <translation>Виза просрочена</translation>
    </message>
    <message>
        <source>No work permit</source>
        <translation>Нет разрешения на работу</translation>
    </message>
    <message>
        <source>No migration registration</source>
        <translation>Нет миграционного учёта</translation>
    </message>
    <message>
        <source>Documents in order</source>
        <translation>Документы в порядке</translation>
    </message>
    <message>
        <source>Details shared in referrals</source>
        <translation>Передача данных при направлении</translation>
    </message>
</context>
<context>
    <name>VocabularyHelp</name>
    <message>
        <source>Something not in this list; describe it in your own words.</source>
        <translation>Чего-то нет в списке — опишите своими словами.</translation>
    </message>
    <message>
        <source>Not known at present.</source>
        <translation>Пока неизвестно.</translation>
    </message>
    <message>
        <source>The person chose not to answer; respect this and do not press.</source>
        <translation>Человек предпочёл не отвечать; уважайте это и не настаивайте.</translation>
    </message>
    <message>
        <source>Work or services the person was made to do by threats or coercion.</source>
        <translation>Работа или услуги, которые человека заставили выполнять угрозами или принуждением.</translation>
    </message>
    <message>
        <source>Made to sell sex or take part in sexual acts or images for others&apos; gain.</source>
        <translation>Человека заставили оказывать сексуальные услуги или участвовать в сексуальных действиях или съёмках ради чужой выгоды.</translation>
    </message>
    <message>
        <source>A child made to do work that harms their health, growth or schooling.</source>
        <translation>Ребёнка заставляют выполнять работу, которая вредит его здоровью, развитию или учёбе.</translation>
    </message>
    <message>
        <source>Married, or promised in marriage, without free and full consent.</source>
        <translation>Брак или обещание брака без свободного и полного согласия.</translation>
    </message>
    <message>
        <source>Made to live and serve under someone&apos;s total control, unable to leave.</source>
        <translation>Человек вынужден жить и служить под полным чужим контролем и не может уйти.</translation>
    </message>
    <message>
        <source>Made to fight or serve in an armed group that is not a state&apos;s army.</source>
        <translation>Принуждение воевать или служить в вооружённой группе, которая не является армией государства.</translation>
    </message>
    <message>
        <source>An organ or tissue was taken, or was to be taken, for someone else&apos;s gain.</source>
        <translation>Орган или ткани изъяли или собирались изъять ради чужой выгоды.</translation>
    </message>
    <message>
        <source>The person was made to beg and hand over the money.</source>
        <translation>Человека заставляли просить милостыню и отдавать деньги.</translation>
    </message>
    <message>
        <source>A child given up or taken for adoption by coercion, deceit or payment.</source>
        <translation>Ребёнка отдали или забрали на усыновление принуждением, обманом или за плату.</translation>
    </message>
    <message>
        <source>Made to carry a child for others, or held to a surrogacy contract.</source>
        <translation>Женщину заставили вынашивать ребёнка для других или удерживают договором суррогатного материнства.</translation>
    </message>
    <message>
        <source>Selling sex to clients in person: flats, saunas, hotels, street, escort.</source>
        <translation>Сексуальные услуги клиентам при личной встрече: квартиры, сауны, гостиницы, улица, эскорт.</translation>
    </message>
    <message>
        <source>Filmed or photographed in sexual acts, or forced to produce sexual images.</source>
        <translation>Съёмка в сексуальных сценах или принуждение к созданию сексуальных изображений.</translation>
    </message>
    <message>
        <source>Sexual acts shown live online or by phone: webcam streams, sex chats.</source>
        <translation>Сексуальные действия в прямом эфире онлайн или по телефону: вебкам-трансляции, секс-чаты.</translation>
    </message>
    <message>
        <source>Used for sex in private by one or a few people, as in a forced marriage.</source>
        <translation>Сексуальное использование одним или несколькими людьми в частной обстановке, как в принудительном браке.</translation>
    </message>
    <message>
        <source>Farms, greenhouses, livestock and forestry.</source>
        <translation>Фермы, теплицы, животноводство и лесное хозяйство.</translation>
    </message>
    <message>
        <source>Fish and seafood farms, and work on fishing boats.</source>
        <translation>Рыбные хозяйства, разведение морепродуктов и работа на рыболовных судах.</translation>
    </message>
    <message>
        <source>Building sites, renovation and road works.</source>
        <translation>Стройки, ремонт и дорожные работы.</translation>
    </message>
    <message>
        <source>Cleaning, cooking, childcare or care of the sick in a private home.</source>
        <translation>Уборка, готовка, уход за детьми или больными в частном доме.</translation>
    </message>
    <message>
        <source>Made to commit crimes such as growing or selling drugs, theft or fraud.</source>
        <translation>Принуждение к преступлениям: выращиванию или продаже наркотиков, кражам, мошенничеству.</translation>
    </message>
    <message>
        <source>Factories, sewing workshops and food processing.</source>
        <translation>Заводы, швейные цеха и пищевое производство.</translation>
    </message>
    <message>
        <source>Mines, quarries, and oil and gas fields.</source>
        <translation>Шахты, карьеры, нефтяные и газовые месторождения.</translation>
    </message>
    <message>
        <source>Selling goods in markets, on the street or door to door.</source>
        <translation>Торговля на рынках, на улице или вразнос по квартирам.</translation>
    </message>
    <message>
        <source>Driving, delivery, loading and unloading, or work on ships.</source>
        <translation>Вождение, доставка, погрузка и разгрузка или работа на судах.</translation>
    </message>
    <message>
        <source>Threats to hurt the person or someone else.</source>
        <translation>Угрозы причинить вред самому человеку или кому-то другому.</translation>
    </message>
    <message>
        <source>Threats to hand the person to the police or the migration service.</source>
        <translation>Угрозы сдать человека в полицию или миграционную службу.</translation>
    </message>
    <message>
        <source>Threats to harm the person&apos;s children or relatives, or take the children.</source>
        <translation>Угрозы причинить вред детям или родственникам человека или отнять детей.</translation>
    </message>
    <message>
        <source>Made to work off a debt, real or invented, that never seems to shrink.</source>
        <translation>Человека заставляют отрабатывать долг, настоящий или выдуманный, который никак не уменьшается.</translation>
    </message>
    <message>
        <source>Deceived about the job, pay, conditions or what would happen on arrival.</source>
        <translation>Обман о работе, оплате, условиях или о том, что ждёт по приезде.</translation>
    </message>
    <message>
        <source>Beating, burning, tying up or other violence causing pain or injury.</source>
        <translation>Избиения, ожоги, связывание или другое насилие, причиняющее боль или травмы.</translation>
    </message>
    <message>
        <source>Rape, sexual assault or control of pregnancy, used to keep control.</source>
        <translation>Изнасилование, сексуальное насилие или контроль над беременностью, чтобы держать человека в подчинении.</translation>
    </message>
    <message>
        <source>The exploiter keeps all or most of the person&apos;s pay.</source>
        <translation>Эксплуататор забирает весь заработок человека или большую его часть.</translation>
    </message>
    <message>
        <source>The exploiter controls the person&apos;s bank account, cards or cash.</source>
        <translation>Эксплуататор распоряжается банковским счётом, картами или наличными человека.</translation>
    </message>
    <message>
        <source>Medical care denied or delayed, or the exploiter attends every visit.</source>
        <translation>В медицинской помощи отказывают или тянут с ней, либо эксплуататор присутствует на каждом приёме.</translation>
    </message>
    <message>
        <source>Food, water, sleep, clothing, hygiene or shelter denied or threatened.</source>
        <translation>Человека лишают еды, воды, сна, одежды, гигиены или жилья либо угрожают этим.</translation>
    </message>
    <message>
        <source>Humiliation, insults, blame, manipulation, use of family or love ties.</source>
        <translation>Унижения, оскорбления, обвинения, манипуляции, давление через семейные или любовные отношения.</translation>
    </message>
    <message>
        <source>Drugs or alcohol given to make the person obey, or use of an addiction.</source>
        <translation>Наркотики или алкоголь, чтобы добиться подчинения, или использование зависимости.</translation>
    </message>
    <message>
        <source>Far longer hours than agreed, leaving no time to rest or to seek help.</source>
        <translation>Работа намного дольше оговорённого, без времени на отдых или на то, чтобы обратиться за помощью.</translation>
    </message>
    <message>
        <source>The exploiter keeps the person&apos;s passport, ID, migration or work papers.</source>
        <translation>Эксплуататор удерживает паспорт, удостоверение личности, миграционные документы или документы на работу.</translation>
    </message>
    <message>
        <source>Locked in, watched, always accompanied or cut off from other people.</source>
        <translation>Человека запирают, следят за ним, не оставляют одного или изолируют от других людей.</translation>
    </message>
    <message>
        <source>The person&apos;s access to their children is used to control them.</source>
        <translation>Доступ человека к его детям используется, чтобы его контролировать.</translation>
    </message>
    <message>
        <source>Approached in a shop, market, cafe, bar or similar place.</source>
        <translation>Подошли в магазине, на рынке, в кафе, баре или похожем месте.</translation>
    </message>
    <message>
        <source>Approached at the person&apos;s existing job.</source>
        <translation>Подошли на нынешней работе человека.</translation>
    </message>
    <message>
        <source>Contacted through social media or a messaging app.</source>
        <translation>Связались через социальную сеть или мессенджер.</translation>
    </message>
    <message>
        <source>Answered an advertisement on a website or job board.</source>
        <translation>Человек откликнулся на объявление на сайте или доске вакансий.</translation>
    </message>
    <message>
        <source>Recruited by a relative or by someone met at a family gathering.</source>
        <translation>Завербовал родственник или человек, с которым познакомились на семейной встрече.</translation>
    </message>
    <message>
        <source>Recruited by a friend or by someone met socially.</source>
        <translation>Завербовал друг или человек, с которым познакомились в компании.</translation>
    </message>
    <message>
        <source>Through a marriage agency or matchmaker, often promising marriage abroad.</source>
        <translation>Через брачное агентство или сваху, часто с обещанием брака за границей.</translation>
    </message>
    <message>
        <source>Through an offer of work, or an employment, modelling or travel agency.</source>
        <translation>Через предложение работы или через кадровое, модельное или туристическое агентство.</translation>
    </message>
    <message>
        <source>By a partner or spouse, or someone who pretended to be in love.</source>
        <translation>Партнёр или супруг либо человек, который изображал влюблённость.</translation>
    </message>
    <message>
        <source>Taken by force, without any offer or deception.</source>
        <translation>Увезли силой, без всяких предложений или обмана.</translation>
    </message>
    <message>
        <source>A job search website or app, such as hh.ru, SuperJob or Avito.</source>
        <translation>Сайт или приложение для поиска работы, например hh.ru, SuperJob или Авито.</translation>
    </message>
    <message>
        <source>A dating website or app, such as Tinder, Badoo or Mamba.</source>
        <translation>Сайт или приложение знакомств, например Tinder, Badoo или Мамба.</translation>
    </message>
    <message>
        <source>A relative, including by marriage.</source>
        <translation>Родственник, в том числе по браку.</translation>
    </message>
    <message>
        <source>A friend, neighbour, partner, employer or other person known before.</source>
        <translation>Друг, сосед, партнёр, работодатель или другой человек, знакомый раньше.</translation>
    </message>
    <message>
        <source>Someone the person did not know before.</source>
        <translation>Человек, которого раньше не знали.</translation>
    </message>
    <message>
        <source>There are signs of trafficking, but it has not been confirmed.</source>
        <translation>Есть признаки торговли людьми, но это не подтверждено.</translation>
    </message>
    <message>
        <source>It has been established that the person was trafficked.</source>
        <translation>Установлено, что человек стал жертвой торговли людьми.</translation>
    </message>
    <message>
        <source>Found not to have been trafficked; the person may still need help.</source>
        <translation>Установлено, что человек не был жертвой торговли людьми; помощь ему всё равно может быть нужна.</translation>
    </message>
    <message>
        <source>Travelled with the person to keep them under control on the way.</source>
        <translation>Ехал вместе с человеком, чтобы держать его под контролем в пути.</translation>
    </message>
    <message>
        <source>Moved the person from one place to another.</source>
        <translation>Перевозил человека с места на место.</translation>
    </message>
    <message>
        <source>Found and recruited the person, or arranged the recruitment.</source>
        <translation>Нашёл и завербовал человека или организовал вербовку.</translation>
    </message>
    <message>
        <source>Arranged the journey, tickets, visas or documents.</source>
        <translation>Организовал поездку, билеты, визы или документы.</translation>
    </message>
    <message>
        <source>Took the person across a border illegally.</source>
        <translation>Незаконно переправил человека через границу.</translation>
    </message>
    <message>
        <source>Used violence or abuse against the person.</source>
        <translation>Применял к человеку насилие или жестокое обращение.</translation>
    </message>
    <message>
        <source>Profited from the person&apos;s work, services or body.</source>
        <translation>Наживался на труде, услугах или теле человека.</translation>
    </message>
    <message>
        <source>Kept the person under control, for example as a guard or supervisor.</source>
        <translation>Держал человека под контролем, например как охранник или надзиратель.</translation>
    </message>
    <message>
        <source>The case is open and being worked on.</source>
        <translation>Дело открыто, по нему идёт работа.</translation>
    </message>
    <message>
        <source>Main support is over; the worker keeps in touch to see how things go.</source>
        <translation>Основная помощь завершена; сотрудник поддерживает связь и следит, как идут дела.</translation>
    </message>
    <message>
        <source>Work on the case has ended; record the closing reason.</source>
        <translation>Работа по делу завершена; укажите причину закрытия.</translation>
    </message>
    <message>
        <source>Closed here because another organisation has taken over the support.</source>
        <translation>Закрыто у нас, потому что сопровождение взяла на себя другая организация.</translation>
    </message>
    <message>
        <source>School, vocational training or language courses.</source>
        <translation>Школа, профессиональное обучение или языковые курсы.</translation>
    </message>
    <message>
        <source>Cash or material aid, help with debts or with opening a bank account.</source>
        <translation>Денежная или материальная помощь, помощь с долгами или с открытием банковского счёта.</translation>
    </message>
    <message>
        <source>Medical examination, treatment and medicines.</source>
        <translation>Медицинское обследование, лечение и лекарства.</translation>
    </message>
    <message>
        <source>Legal advice, court representation, help with documents and status.</source>
        <translation>Юридические консультации, представительство в суде, помощь с документами и статусом.</translation>
    </message>
    <message>
        <source>Help to earn a living: a job, a small business or a trade like jewellery.</source>
        <translation>Помощь в том, чтобы зарабатывать на жизнь: работа, небольшое дело или ремесло, например ювелирное.</translation>
    </message>
    <message>
        <source>Counselling, therapy or crisis support.</source>
        <translation>Консультирование, терапия или кризисная помощь.</translation>
    </message>
    <message>
        <source>A safe place to stay, for a short or long time.</source>
        <translation>Безопасное жильё на короткий или долгий срок.</translation>
    </message>
    <message>
        <source>Help from social services: benefits, childcare, support in daily life.</source>
        <translation>Помощь социальных служб: пособия, присмотр за детьми, поддержка в быту.</translation>
    </message>
    <message>
        <source>Recovery and reintegration programme after labour exploitation.</source>
        <translation>Программа восстановления и реинтеграции после трудовой эксплуатации.</translation>
    </message>
    <message>
        <source>Recovery and reintegration programme after sexual exploitation.</source>
        <translation>Программа восстановления и реинтеграции после сексуальной эксплуатации.</translation>
    </message>
    <message>
        <source>Learning one&apos;s rights as a worker, a migrant or a victim of crime.</source>
        <translation>Разъяснение прав работника, мигранта или пострадавшего от преступления.</translation>
    </message>
    <message>
        <source>Safe return to the home country, with travel and documents arranged.</source>
        <translation>Безопасное возвращение на родину с организацией поездки и оформлением документов.</translation>
    </message>
    <message>
        <source>A non-governmental, non-profit organisation.</source>
        <translation>Негосударственная некоммерческая организация.</translation>
    </message>
    <message>
        <source>The police or another law enforcement body.</source>
        <translation>Полиция или другой правоохранительный орган.</translation>
    </message>
    <message>
        <source>A hospital, clinic or other health care provider.</source>
        <translation>Больница, поликлиника или другое медицинское учреждение.</translation>
    </message>
    <message>
        <source>A ministry or other national government body.</source>
        <translation>Министерство или другой федеральный орган власти.</translation>
    </message>
    <message>
        <source>A regional or municipal authority, including local social services.</source>
        <translation>Региональный или муниципальный орган власти, в том числе местные социальные службы.</translation>
    </message>
    <message>
        <source>The migration service or border authorities.</source>
        <translation>Миграционная служба или пограничные органы.</translation>
    </message>
    <message>
        <source>Lawyers, a legal aid service or a legal clinic.</source>
        <translation>Юристы, служба бесплатной юридической помощи или юридическая клиника.</translation>
    </message>
    <message>
        <source>A private company.</source>
        <translation>Частная компания.</translation>
    </message>
    <message>
        <source>A foreign country&apos;s embassy or consulate.</source>
        <translation>Посольство или консульство другой страны.</translation>
    </message>
    <message>
        <source>A shelter or crisis centre offering a safe place to stay.</source>
        <translation>Приют или кризисный центр, где можно безопасно пожить.</translation>
    </message>
    <message>
        <source>The person does not identify as only female or only male.</source>
        <translation>Человек не относит себя только к женскому или только к мужскому полу.</translation>
    </message>
    <message>
        <source>Not stated or not recorded.</source>
        <translation>Не сообщено или не записано.</translation>
    </message>
    <message>
        <source>A person who was, or may have been, trafficked.</source>
        <translation>Человек, который стал или мог стать жертвой торговли людьми.</translation>
    </message>
    <message>
        <source>A relative of the survivor.</source>
        <translation>Родственник пострадавшего.</translation>
    </message>
    <message>
        <source>Someone who gave information or can help reach the person.</source>
        <translation>Человек, который сообщил сведения или может помочь связаться с пострадавшим.</translation>
    </message>
    <message>
        <source>Suspected of taking part in the trafficking; record their role too.</source>
        <translation>Подозревается в участии в торговле людьми; укажите также его роль.</translation>
    </message>
    <message>
        <source>The referral is being prepared and has not been sent yet.</source>
        <translation>Направление готовится и ещё не отправлено.</translation>
    </message>
    <message>
        <source>The organisation has received the request and has not answered yet.</source>
        <translation>Организация получила запрос и ещё не ответила.</translation>
    </message>
    <message>
        <source>The organisation has agreed to help.</source>
        <translation>Организация согласилась помочь.</translation>
    </message>
    <message>
        <source>The organisation cannot or will not help.</source>
        <translation>Организация не может или не хочет помочь.</translation>
    </message>
    <message>
        <source>The service has been provided.</source>
        <translation>Услуга оказана.</translation>
    </message>
    <message>
        <source>Stopped before the service was given, for example at the person&apos;s wish.</source>
        <translation>Прекращено до оказания услуги, например по желанию человека.</translation>
    </message>
    <message>
        <source>Met in person on outreach: street, market, workplace, home or station.</source>
        <translation>Личная встреча на выезде: улица, рынок, место работы, дом или вокзал.</translation>
    </message>
    <message>
        <source>A messenger, social network or website chat.</source>
        <translation>Мессенджер, социальная сеть или чат на сайте.</translation>
    </message>
    <message>
        <source>The person agrees to talk with us and answer questions.</source>
        <translation>Человек согласен поговорить с нами и ответить на вопросы.</translation>
    </message>
    <message>
        <source>We explained why we collect the information and how it is used.</source>
        <translation>Мы объяснили, зачем собираем сведения и как их используем.</translation>
    </message>
    <message>
        <source>The person agrees that we record and use their information to help them.</source>
        <translation>Человек согласен, что мы записываем и используем его данные, чтобы ему помочь.</translation>
    </message>
    <message>
        <source>Data without names or identifying details may be used for research.</source>
        <translation>Данные без имён и сведений, по которым можно узнать человека, могут использоваться для исследований.</translation>
    </message>
    <message>
        <source>The person knows they may see the information we hold about them.</source>
        <translation>Человек знает, что может ознакомиться со сведениями, которые мы о нём храним.</translation>
    </message>
    <message>
        <source>The person was told how long their information will be kept.</source>
        <translation>Человеку сообщили, как долго будут храниться его данные.</translation>
    </message>
    <message>
        <source>The person was told how to withdraw consent at any time.</source>
        <translation>Человеку сообщили, как в любой момент отозвать согласие.</translation>
    </message>
    <message>
        <source>No sign of danger at present.</source>
        <translation>Признаков опасности сейчас нет.</translation>
    </message>
    <message>
        <source>Some danger; keep a close watch.</source>
        <translation>Есть некоторая опасность; внимательно следите за ситуацией.</translation>
    </message>
    <message>
        <source>Serious danger of harm or of being trafficked again.</source>
        <translation>Серьёзная опасность причинения вреда или повторного попадания в руки торговцев людьми.</translation>
    </message>
    <message>
        <source>Immediate danger to life or safety.</source>
        <translation>Непосредственная угроза жизни или безопасности.</translation>
    </message>
    <message>
        <source>For example by a recruiter, landlord, partner or intermediary.</source>
        <translation>Например, у вербовщика, арендодателя, партнёра или посредника.</translation>
    </message>
    <message>
        <source>Lost, stolen or destroyed.</source>
        <translation>Утеряны, украдены или уничтожены.</translation>
    </message>
    <message>
        <source>The person has false or forged documents, often given by the recruiter.</source>
        <translation>У человека фальшивые или поддельные документы, часто полученные от вербовщика.</translation>
    </message>
    <message>
        <source>No valid work permit or, in Russia, no work patent.</source>
        <translation>Нет действующего разрешения на работу или, в России, патента.</translation>
    </message>
    <message>
        <source>Not registered at a place of stay, as foreigners in Russia must be.</source>
        <translation>Нет регистрации по месту пребывания (миграционного учёта), обязательной для иностранцев в России.</translation>
    </message>
    <message>
        <source>The person agrees that their name, age and contacts go in a referral letter to the organisation helping them (to one organisation only, when one is named).</source>
        <translation>Человек согласен, чтобы его имя, возраст и контакты были в письме-направлении в организацию, которая ему помогает (только в одну, если она указана).</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::AdmitDialog</name>
    <message>
        <source>Admit a laptop</source>
        <translation>Принять ноутбук</translation>
    </message>
    <message>
        <source>“%1” asks to join. Read this number aloud with the person holding that laptop: it must show exactly the same digits.</source>
        <translation>«%1» просит принять его в команду. Прочитайте этот код вслух вместе с человеком, у которого этот ноутбук: цифры должны совпасть полностью.</translation>
    </message>
    <message>
        <source>It says it was restored from a backup of a laptop that is not in this team.</source>
        <translation>В запросе сказано, что ноутбук восстановлен из копии ноутбука, которого нет в этой команде.</translation>
    </message>
    <message>
        <source>It was restored from a backup of “%1”. Admitting it removes “%1” from the team, keeping what it changed up to its change %2 (the backup holds up to %3, this laptop up to %4). Admit it only if “%1” is lost or seized.</source>
        <translation>Он восстановлен из резервной копии «%1». Приём исключит «%1» из команды, сохранив его изменения до изменения %2 (в копии — до %3, на этом ноутбуке — до %4). Принимайте, только если «%1» потерян или изъят.</translation>
    </message>
    <message>
        <source>The numbers match: admit</source>
        <translation>Коды совпадают: принять</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::AppWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Lock the vault now (%1)</source>
        <translation>Заблокировать хранилище сейчас (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Lock the vault and leave an empty window (%1)</source>
        <translation>Заблокировать хранилище и оставить пустое окно (%1)</translation>
    </message>
    <message>
        <source>TRAINING: every case here is made up, and all of it is deleted when Fieldcase closes. Passphrase: %1</source>
        <translation>УЧЕБНЫЙ РЕЖИМ: все дела здесь выдуманы и будут удалены, когда Fieldcase закроется. Пароль: %1</translation>
    </message>
    <message>
        <source>&amp;Destroy keys now…</source>
        <translation>&amp;Уничтожить ключи…</translation>
    </message>
    <message>
        <source>Overwrite the vault&apos;s keys after a five-second countdown (%1)</source>
        <translation>Затереть ключи хранилища после пятисекундного отсчёта (%1)</translation>
    </message>
    <message>
        <source>Destroy keys now</source>
        <translation>Уничтожить ключи</translation>
    </message>
    <message>
        <source>The keys could not be destroyed: %1</source>
        <translation>Не удалось уничтожить ключи: %1</translation>
    </message>
    <message>
        <source>&amp;Travel lock…</source>
        <translation>&amp;Блокировка для поездки…</translation>
    </message>
    <message>
        <source>The vault is travel-locked. Open it after the journey with your passphrase and a release file.</source>
        <translation>Хранилище заблокировано для поездки. После поездки откройте его паролем и файлом разблокировки.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::AttachmentsTab</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <source>Files kept here are encrypted inside the vault with the rest of the case. Photos open here in Fieldcase; any file can be exported as a copy, which is not encrypted.</source>
        <translation>Файлы здесь хранятся зашифрованными в хранилище вместе с делом. Фотографии открываются прямо в Fieldcase; любой файл можно экспортировать копией, но эта копия не зашифрована.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>No files are attached to this case yet. Press Add file to keep a photo of a document or a signed consent form here, encrypted.</source>
        <translation>К делу пока не прикреплено файлов. Нажмите «Добавить файл», чтобы хранить здесь в зашифрованном виде фото документа или подписанное согласие.</translation>
    </message>
    <message>
        <source>Show the chosen photo here, without writing it to the disk</source>
        <translation>Показать выбранное фото здесь, не записывая его на диск</translation>
    </message>
    <message>
        <source>Save a copy of the chosen file outside the vault; the copy is not encrypted</source>
        <translation>Сохранить копию выбранного файла вне хранилища; копия не зашифрована</translation>
    </message>
    <message>
        <source>Description of the next file</source>
        <translation>Описание следующего файла</translation>
    </message>
    <message>
        <source>For example: passport, first page</source>
        <translation>Например: паспорт, первая страница</translation>
    </message>
    <message>
        <source>Choose a file of up to 25 MiB to keep with the case</source>
        <translation>Выберите файл до 25 МиБ, чтобы хранить его с делом</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Add a file to the case</source>
        <translation>Добавить файл к делу</translation>
    </message>
    <message>
        <source>Encrypting %1 into the vault…</source>
        <translation>Шифруем %1 в хранилище…</translation>
    </message>
    <message>
        <source>%1 is kept in the vault, but its description was not saved: %2</source>
        <translation>%1 сохранён в хранилище, но его описание не сохранилось: %2</translation>
    </message>
    <message>
        <source>%1 is kept in the vault, encrypted.</source>
        <translation>%1 сохранён в хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <source>%1 cannot be shown in Fieldcase. Export it to open it in another program; the exported copy is not encrypted.</source>
        <translation>%1 нельзя показать в Fieldcase. Экспортируйте его, чтобы открыть в другой программе; экспортированная копия не зашифрована.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the image is damaged or in a form Fieldcase cannot read. Export it to open it in another program.</source>
        <translation>%1 нельзя показать: изображение повреждено или в формате, который Fieldcase не читает. Экспортируйте его, чтобы открыть в другой программе.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Экспорт копии</translation>
    </message>
    <message>
        <source>The exported copy of %1 is NOT encrypted: anyone who can open the folder or the stick you save it on can read it. Export only what you need, and delete the copy when it has served its purpose.</source>
        <translation>Экспортированная копия %1 НЕ зашифрована: её прочтёт любой, кто откроет папку или флешку, куда вы её сохраните. Экспортируйте только то, что нужно, и удалите копию, когда она больше не нужна.</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy as %1. Delete it when it is no longer needed.</source>
        <translation>Незашифрованная копия сохранена как %1. Удалите её, когда она больше не нужна.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Сделать копию сейчас…</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>Вы&amp;брать папку…</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens with the passphrase of the day it was written or with the recovery code, never with the duress passphrase. Keep it apart from this laptop, on a stick in the office safe: if the laptop is lost, a new one is set up from it (&quot;Restore from a backup&quot; on the first screen) and joins the team again. Fieldcase never deletes old backups.</source>
        <translation>Резервная копия — один зашифрованный файл. Она открывается парольной фразой того дня, когда записана, или кодом восстановления, но никогда — парольной фразой под принуждением. Храните её отдельно от ноутбука, на флешке в сейфе офиса: если ноутбук потерян, новый настраивается из неё («Восстановить из резервной копии» на первом экране) и снова вступает в команду. Fieldcase никогда не удаляет старые копии.</translation>
    </message>
    <message>
        <source>Write a backup by itself</source>
        <translation>Делать резервную копию автоматически</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <source>By itself, &amp;while unlocked:</source>
        <translation>Автоматически, &amp;пока открыто:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <source>No folder chosen.</source>
        <translation>Папка не выбрана.</translation>
    </message>
    <message>
        <source>Choose the folder or the stick&apos;s folder the backups go into.</source>
        <translation>Выберите папку или папку на флешке для резервных копий.</translation>
    </message>
    <message>
        <source>No backup of this vault is in that folder (or it is not reachable now).</source>
        <translation>В этой папке нет копии этого хранилища (или папка сейчас недоступна).</translation>
    </message>
    <message>
        <source>The newest backup there was written on %1.</source>
        <translation>Последняя копия там записана %1.</translation>
    </message>
    <message>
        <source>Folder or stick for the backup</source>
        <translation>Папка или флешка для резервной копии</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Folder or stick for the backups</source>
        <translation>Папка или флешка для резервных копий</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Ищем резервные копии…</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseFollowUpsTab</name>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Mark as d&amp;one</source>
        <translation>&amp;Отметить выполненной</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>Добавить з&amp;адачу</translation>
    </message>
    <message>
        <source>What to &amp;do:</source>
        <translation>&amp;Что сделать:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Напишите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Choose the follow-up that is done.</source>
        <translation>Выберите выполненную задачу.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseListView</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>Вид эксплуатации</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups</source>
        <translation>&amp;Просроченные задачи</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Показать а&amp;рхив</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All types of exploitation</source>
        <translation>Все виды эксплуатации</translation>
    </message>
    <message>
        <source>All risk levels</source>
        <translation>Любой риск</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>Record a new case (Ctrl+N)</source>
        <translation>Завести новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match these filters. Choose &quot;All&quot; in the filters to see every case.</source>
        <translation>Нет дел с такими условиями. Выберите «Все» в фильтрах, чтобы увидеть все дела.</translation>
    </message>
    <message>
        <source>No cases yet. Press New case (Ctrl+N) to record the first one.</source>
        <translation>Дел пока нет. Нажмите «Новое дело» (Ctrl+N), чтобы завести первое.</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Все сотрудники</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseSummaryTab</name>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Сохр&amp;анить</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>People in the case</source>
        <translation>Люди в деле</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Риск:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>People in the case:</source>
        <translation>Люди в деле:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No people linked to this case yet.</source>
        <translation>К этому делу пока никто не привязан.</translation>
    </message>
    <message>
        <source>&amp;Keep this case past the team&apos;s retention period</source>
        <translation>&amp;Хранить это дело дольше срока хранения команды</translation>
    </message>
    <message>
        <source>A closed case is purged from every laptop when the team&apos;s retention period after its closing ends, unless it is marked to keep (a court case, a survivor&apos;s wish).</source>
        <translation>Закрытое дело удаляется со всех ноутбуков, когда после его закрытия истекает срок хранения команды, если оно не отмечено для хранения (судебное дело, желание пострадавшего).</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CaseWorkspace</name>
    <message>
        <source>Encounters</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>← Back to cases</source>
        <translation>← К списку дел</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Назад к списку (Esc)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The case has changes that are not saved yet. Save them?</source>
        <translation>В деле есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>&amp;Restore case</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <source>&amp;Archive case</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>Сво&amp;дка</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Save a summary of the case as a PDF, to print or hand over.</source>
        <translation>Сохранить сводку по делу в PDF, чтобы напечатать или передать.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ChartCard</name>
    <message>
        <source>Save chart…</source>
        <translation>Диаграмма…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG image.</source>
        <translation>Сохранить диаграмму как изображение PNG или SVG.</translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation>Таблица…</translation>
    </message>
    <message>
        <source>Save the chart&apos;s numbers as a CSV table.</source>
        <translation>Сохранить числа диаграммы как таблицу CSV.</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>За этот период считать нечего.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>%1, opened: %2</source>
        <translation>%1, открыто: %2</translation>
    </message>
    <message>
        <source>%1, closed: %2</source>
        <translation>%1, закрыто: %2</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>Chart saved to %1. The file is not encrypted.</source>
        <translation>Диаграмма сохранена в %1. Файл не зашифрован.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Сохранить таблицу</translation>
    </message>
    <message>
        <source>Table saved to %1. The file is not encrypted.</source>
        <translation>Таблица сохранена в %1. Файл не зашифрован.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ConsentsTab</name>
    <message>
        <source>Not given</source>
        <translation>Не дано</translation>
    </message>
    <message>
        <source>Not given (recorded on %1)</source>
        <translation>Не дано (записано %1)</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Отозвано %1</translation>
    </message>
    <message>
        <source>Given on %1, withdrawn on %2</source>
        <translation>Дано %1, отозвано %2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Дано %1</translation>
    </message>
    <message>
        <source>Tick what each person agrees to, on the day they agree; Space ticks the chosen line. Untick it when they withdraw: the withdrawal is recorded with its date, and nothing is deleted.</source>
        <translation>Отмечайте, на что согласен каждый человек, в тот день, когда он соглашается; пробел отмечает выбранную строку. Снимите отметку, если согласие отозвано: отзыв записывается с датой, ничего не удаляется.</translation>
    </message>
    <message>
        <source>Consent of each person</source>
        <translation>Согласия каждого человека</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>No people are linked to this case yet. Consent is recorded for each person of the case once they are part of it.</source>
        <translation>К делу пока не привязаны люди. Согласие записывается для каждого человека, когда он добавлен в дело.</translation>
    </message>
    <message>
        <source>Person without a name</source>
        <translation>Человек без имени</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Share with &amp;one organisation…</source>
        <translation>Для &amp;одной организации…</translation>
    </message>
    <message>
        <source>The chosen person agrees that referral letters to one organisation carry their details, and to no other: the line &quot;%1&quot; ticked above covers every organisation.</source>
        <translation>Выбранный человек согласен, чтобы его данные были в направлениях в одну организацию и ни в какую другую; отмеченная выше строка «%1» касается всех организаций.</translation>
    </message>
    <message>
        <source>%1: only %2</source>
        <translation>%1: только %2</translation>
    </message>
    <message>
        <source>an organisation removed from the directory</source>
        <translation>организация, удалённая из справочника</translation>
    </message>
    <message>
        <source>The directory has no organisations yet: add the organisation first (Organisations).</source>
        <translation>В справочнике ещё нет организаций: сначала добавьте организацию (раздел «Организации»).</translation>
    </message>
    <message>
        <source>Share with one organisation</source>
        <translation>Согласие для одной организации</translation>
    </message>
    <message>
        <source>Referral letters to this organisation may carry the person&apos;s details:</source>
        <translation>Направления в эту организацию могут содержать данные человека:</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::CreateVaultPage</name>
    <message>
        <source>Device name</source>
        <translation>Имя устройства</translation>
    </message>
    <message>
        <source>e.g. Office laptop 2</source>
        <translation>например: Офисный ноутбук 2</translation>
    </message>
    <message>
        <source>Name of this laptop, as your team will see it.</source>
        <translation>Под этим именем ваша команда будет видеть этот ноутбук.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Имя устройства:</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Создайте хранилище</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase of several words that you will remember; nobody can open the vault without it.</source>
        <translation>Всё, что вы записываете, хранится на этом ноутбуке в зашифрованном виде. Придумайте пароль из нескольких слов, который вы не забудете: без него хранилище не откроет никто.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Код &amp;записан на бумаге</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <source>Write this code on paper and keep it in the office safe. It is shown only once. With it you can open the vault if you forget your passphrase.</source>
        <translation>Перепишите этот код на бумагу и храните его в сейфе в офисе. Он показывается только один раз. С ним можно открыть хранилище, если вы забудете пароль.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Создаём хранилище…</translation>
    </message>
    <message>
        <source>This laptop &amp;joins a team that already exists</source>
        <translation>Этот ноутбук &amp;входит в уже существующую команду</translation>
    </message>
    <message>
        <source>Leave it unticked on the first laptop of a team: that laptop starts the team and coordinates it. Tick it on every other laptop; its coordinator then admits it.</source>
        <translation>На первом ноутбуке команды оставьте флажок пустым: этот ноутбук создаёт команду и координирует её. На всех остальных ноутбуках поставьте флажок; затем координатор примет их.</translation>
    </message>
    <message>
        <source>For the field: Settings can add a duress passphrase that opens a harmless decoy if you are forced to open the laptop, and the Vault menu can lock the vault for travel or destroy its keys in seconds. Each is explained where you set it up; the recovery code above is the way back from a duress or a travel lock.</source>
        <translation>Для работы в поле: в настройках можно задать пароль для принуждения, который откроет безобидное подставное хранилище, если вас заставят открыть ноутбук, а в меню «Хранилище» можно заблокировать хранилище для поездки или за секунды уничтожить его ключи. Каждая функция объяснена там, где её настраивают; код восстановления выше — путь назад после принуждения или блокировки для поездки.</translation>
    </message>
    <message>
        <source>Your coordinator may set how long the team keeps closed cases: Fieldcase then lists what is due and purges it only when you agree. When a person withdraws consent, &quot;Consent withdrawn…&quot; on their page erases them from every laptop of the team once a coordinator confirms it.</source>
        <translation>Координатор может задать, сколько команда хранит закрытые дела: тогда Fieldcase показывает, что пора удалить, и удаляет это только с вашего согласия. Если человек отзывает согласие, кнопка «Согласие отозвано…» на его странице удаляет его со всех ноутбуков команды, когда это подтвердит координатор.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>For a laptop that replaces one that was lost, seized or broken, from its backup file.</source>
        <translation>Для ноутбука, который заменяет потерянный, изъятый или сломанный, — из его резервной копии.</translation>
    </message>
    <message>
        <source>Restored from the backup of %1. This laptop is a new device of the team: on the Team screen, write its enrolment request for your coordinator. Approving it removes %1 from the team.</source>
        <translation>Восстановлено из резервной копии %1. Этот ноутбук — новое устройство команды: на экране «Команда» запишите его запрос на вступление для координатора. Одобрение исключит %1 из команды.</translation>
    </message>
    <message>
        <source>Restored from the backup of %1. This laptop now starts a team of its own.</source>
        <translation>Восстановлено из резервной копии %1. Этот ноутбук теперь создаёт собственную команду.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DashboardView</name>
    <message>
        <source>Cases opened and closed per month</source>
        <translation>Дела, открытые и закрытые по месяцам</translation>
    </message>
    <message>
        <source>Open cases by status</source>
        <translation>Открытые дела по статусу</translation>
    </message>
    <message>
        <source>Open cases by risk</source>
        <translation>Открытые дела по уровню риска</translation>
    </message>
    <message>
        <source>Open cases by type of exploitation</source>
        <translation>Открытые дела по виду эксплуатации</translation>
    </message>
    <message>
        <source>Overdue follow-ups by worker</source>
        <translation>Просроченные задачи по сотрудникам</translation>
    </message>
    <message>
        <source>Referrals by organisation</source>
        <translation>Направления по организациям</translation>
    </message>
    <message>
        <source>Referrals under way by status</source>
        <translation>Текущие направления по статусу</translation>
    </message>
    <message>
        <source>Referrals ended by outcome</source>
        <translation>Завершённые направления по итогу</translation>
    </message>
    <message>
        <source>Survivors by gender</source>
        <translation>Пострадавшие по полу</translation>
    </message>
    <message>
        <source>Survivors by age</source>
        <translation>Пострадавшие по возрасту</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Выбранные даты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Export statistics…</source>
        <translation>Выгрузить статистику…</translation>
    </message>
    <message>
        <source>Anonymised statistics that can be shared: no person can be singled out of them.</source>
        <translation>Обезличенная статистика, которой можно делиться: по ней нельзя узнать ни одного человека.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Cases opened in the period: %1, still open: %2 · Overdue follow-ups: %3 · Referrals: %4 · Survivors: %5</source>
        <translation>Дел открыто за период: %1, ещё открыто: %2 · Просроченных задач: %3 · Направлений: %4 · Пострадавших: %5</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Выгрузка статистики</translation>
    </message>
    <message>
        <source>Writes one row per survivor in a case with the columns CTDC uses (year, gender, age band, citizenship, country and type of exploitation, means of control, recruiter), coarsened until every combination describes at least k people, and count tables with small cells withheld. No names, ids or free text.

The files are not encrypted: keep them on the laptop or the stick you hand over, and delete them afterwards.</source>
        <translation>Записывает по строке на каждого пострадавшего в деле со столбцами CTDC (год, пол, возрастная группа, гражданство, страна и вид эксплуатации, способы контроля, вербовщик), огрубляя значения, пока каждое сочетание не описывает не меньше k человек, и таблицы подсчётов со скрытыми малыми ячейками. Без имён, идентификаторов и свободного текста.

Файлы не зашифрованы: держите их только на ноутбуке или флешке, которую передаёте, и удалите после.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Folder for the statistics</source>
        <translation>Папка для статистики</translation>
    </message>
    <message>
        <source>At least this many people per combination (k):</source>
        <translation>Не меньше стольких человек на сочетание (k):</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузить</translation>
    </message>
    <message>
        <source>%1 of %2 rows written with k = %3; %4 left out as too rare. The report is in %5.</source>
        <translation>Записано строк: %1 из %2 при k = %3; %4 не выгружено как слишком редкие. Отчёт — в %5.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Writing the statistics to %1…</source>
        <translation>Статистика записывается в %1…</translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation>Выгрузить записи…</translation>
    </message>
    <message>
        <source>Every record as a spreadsheet, CSV files or JSON, for other tools. Not encrypted.</source>
        <translation>Все записи в виде таблицы, файлов CSV или JSON для других программ. Без шифрования.</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Выгрузка записей</translation>
    </message>
    <message>
        <source>Writes every record of the vault, archived ones included, for a spreadsheet or another program.

The files are not encrypted and hold names, stories and contacts: whoever gets them reads everything. Write them only where they are needed, and delete them afterwards.</source>
        <translation>Записывает все записи хранилища, включая архивные, для таблицы или другой программы.

Файлы не зашифрованы и содержат имена, истории и контакты: любой, к кому они попадут, прочтёт всё. Записывайте их только туда, где они нужны, и удалите после использования.</translation>
    </message>
    <message>
        <source>One spreadsheet (XLSX)</source>
        <translation>Одна таблица (XLSX)</translation>
    </message>
    <message>
        <source>CSV files, one per kind of record</source>
        <translation>Файлы CSV, по одному на вид записей</translation>
    </message>
    <message>
        <source>One JSON document (HTCDS keys)</source>
        <translation>Один документ JSON (ключи HTCDS)</translation>
    </message>
    <message>
        <source>HTCDS keys and field names instead of labels (for other programs)</source>
        <translation>Ключи HTCDS и имена полей вместо подписей (для других программ)</translation>
    </message>
    <message>
        <source>Folder for the records</source>
        <translation>Папка для записей</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Writing the records to %1…</source>
        <translation>Записи сохраняются в %1…</translation>
    </message>
    <message>
        <source>Written in plain text to %1. Keep the files safe and delete them when done.</source>
        <translation>Записано открытым текстом в %1. Храните файлы в надёжном месте и удалите их после использования.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Импорт таблицы…</translation>
    </message>
    <message>
        <source>Cases and people from a CSV or XLSX file, with a check before anything is written.</source>
        <translation>Дела и люди из файла CSV или XLSX, с проверкой до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <source>Imported %1 cases and %2 new people; %3 rows were not imported.</source>
        <translation>Импортировано дел: %1, новых людей: %2; не импортировано строк: %3.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DestroyKeysCountdown</name>
    <message>
        <source>Destroy keys now</source>
        <translation>Уничтожить ключи</translation>
    </message>
    <message>
        <source>The vault&apos;s keys will be overwritten. After that neither the passphrase nor the recovery code opens this vault again; what this laptop has exchanged is still with the team, and the laptop can join it again as a new device.</source>
        <translation>Ключи хранилища будут затёрты. После этого ни пароль, ни код восстановления его больше не откроют; то, чем ноутбук обменялся, остаётся у команды, и ноутбук можно снова подключить к ней как новое устройство.</translation>
    </message>
    <message>
        <source>Copies elsewhere are not reached: backups, copies on sticks, and old blocks an SSD may keep. Full-disk encryption covers the last.</source>
        <translation>Копии в других местах не затрагиваются: резервные копии, копии на флешках и старые блоки, которые может хранить SSD. От последнего защищает шифрование всего диска.</translation>
    </message>
    <message numerus="yes">
        <source>Destroying the keys in %n second(s)…</source>
        <translation>
            <numerusform>Ключи будут уничтожены через %n секунду…</numerusform>
            <numerusform>Ключи будут уничтожены через %n секунды…</numerusform>
            <numerusform>Ключи будут уничтожены через %n секунд…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::DuressSection</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Пароль для принуждения</translation>
    </message>
    <message>
        <source>Set &amp;duress passphrase</source>
        <translation>Задать &amp;пароль для принуждения</translation>
    </message>
    <message>
        <source>Re&amp;move it</source>
        <translation>&amp;Удалить его</translation>
    </message>
    <message>
        <source>A second passphrase for when someone forces you to open this laptop. Typed instead of your passphrase, it opens a decoy with a few harmless records, and from then on nothing you know opens this vault: only the recovery code kept in the office does, and your coordinators are told. Set it only if your security trainer agrees it fits your situation: someone who knows about it can demand the other passphrase.</source>
        <translation>Второй пароль на случай, если вас заставят открыть этот ноутбук. Введённый вместо вашего пароля, он открывает подставное хранилище с несколькими безобидными записями, и с этого момента ничто из того, что вы знаете, не откроет это хранилище: только код восстановления, который хранится в офисе, и ваши координаторы об этом узнают. Задавайте его, только если ваш инструктор по безопасности согласен, что он подходит к вашей ситуации: тот, кто знает о нём, может потребовать другой пароль.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Language of the decoy</source>
        <translation>Язык подставного хранилища</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Фраза для принуждения ещё раз</translation>
    </message>
    <message>
        <source>Decoy&apos;s &amp;language:</source>
        <translation>&amp;Язык подставного хранилища:</translation>
    </message>
    <message>
        <source>The decoy&apos;s records are written in this language.</source>
        <translation>Записи подставного хранилища будут на этом языке.</translation>
    </message>
    <message>
        <source>This laptop was opened with its duress passphrase on %1. The office recovered it; your coordinators were told at its next exchange.</source>
        <translation>Этот ноутбук открыли паролем для принуждения %1. Офис восстановил его; координаторы узнали об этом при следующем обмене.</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Пароль для принуждения задан.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Пароль для принуждения не задан.</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Practise typing it, and never write it next to your passphrase.</source>
        <translation>Пароль для принуждения задан. Потренируйтесь его вводить и никогда не записывайте рядом с вашим паролем.</translation>
    </message>
    <message>
        <source>Setting the duress passphrase…</source>
        <translation>Задаём пароль для принуждения…</translation>
    </message>
    <message>
        <source>The duress passphrase is removed.</source>
        <translation>Пароль для принуждения удалён.</translation>
    </message>
    <message>
        <source>Removing the duress passphrase…</source>
        <translation>Удаляем пароль для принуждения…</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::EncountersTab</name>
    <message>
        <source>Encounters</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Add &amp;encounter</source>
        <translation>Добавить вс&amp;тречу</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Кана&amp;л:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Что &amp;произошло:</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (место: %2)</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Опишите, что произошло.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::FollowUpsView</name>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Какие задачи показать</translation>
    </message>
    <message>
        <source>Due before today</source>
        <translation>Срок прошёл</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Due in the six days after today</source>
        <translation>Срок в ближайшие шесть дней</translation>
    </message>
    <message>
        <source>Due in a week or later</source>
        <translation>Срок через неделю или позже</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Вы&amp;полненные</translation>
    </message>
    <message>
        <source>Follow-ups marked done; the other lists leave them out</source>
        <translation>Задачи, отмеченные выполненными; в остальных списках их нет</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Overdue (%Ln)</source>
        <translation>
            <numerusform>&amp;Просрочено (%Ln)</numerusform>
            <numerusform>&amp;Просрочено (%Ln)</numerusform>
            <numerusform>&amp;Просрочено (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Today (%Ln)</source>
        <translation>
            <numerusform>&amp;Сегодня (%Ln)</numerusform>
            <numerusform>&amp;Сегодня (%Ln)</numerusform>
            <numerusform>&amp;Сегодня (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This &amp;week (%Ln)</source>
        <translation>
            <numerusform>На &amp;неделе (%Ln)</numerusform>
            <numerusform>На &amp;неделе (%Ln)</numerusform>
            <numerusform>На &amp;неделе (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Later (%Ln)</source>
        <translation>
            <numerusform>П&amp;озже (%Ln)</numerusform>
            <numerusform>П&amp;озже (%Ln)</numerusform>
            <numerusform>П&amp;озже (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Просроченных задач нет.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>На сегодня задач нет.</translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>На этой неделе задач нет.</translation>
    </message>
    <message>
        <source>Nothing is planned for later.</source>
        <translation>На потом ничего не запланировано.</translation>
    </message>
    <message>
        <source>No follow-ups are marked done yet. Mark one done in the other lists when it is dealt with.</source>
        <translation>Выполненных задач пока нет. Когда задача сделана, отметьте её в других списках.</translation>
    </message>
    <message>
        <source>Add follow-ups in a case, on its Follow-ups tab; they show up here for the whole team.</source>
        <translation>Добавляйте задачи в деле, на вкладке «Задачи»; здесь их видит вся команда.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Вернуть в работу</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>Put the chosen follow-up back in the open lists</source>
        <translation>Вернуть выбранную задачу в списки открытых</translation>
    </message>
    <message>
        <source>Mark the chosen follow-up as done</source>
        <translation>Отметить выбранную задачу как выполненную</translation>
    </message>
    <message>
        <source>Open again: %1</source>
        <translation>Снова в работе: %1</translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::HistoryTab</name>
    <message>
        <source>created</source>
        <translation>создание</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>перенос в архив</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>возврат из архива</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>удаление навсегда</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Person in the case</source>
        <translation>Участник дела</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Which fields</source>
        <translation>Какие поля</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ImportWizard</name>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>age</source>
        <translation>возраст</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>A CSV or XLSX file. Nothing is written until the last step; the file itself is only read. Delete the spreadsheet once its records are in the vault: it is not encrypted.</source>
        <translation>Файл CSV или XLSX. До последнего шага ничего не записывается; сам файл только читается. Удалите таблицу, когда её записи окажутся в хранилище: она не зашифрована.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Файл таблицы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Таблица для импорта</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>&amp;Column names in row:</source>
        <translation>&amp;Названия столбцов в строке:</translation>
    </message>
    <message>
        <source>The first rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>What each column becomes. Fieldcase suggests from the column names, and from what this vault&apos;s last import chose; a column left out is not imported. With a case number, rows with the same number become one case.</source>
        <translation>Чем станет каждый столбец. Fieldcase предлагает по названиям столбцов и по выбору при прошлом импорте в это хранилище; пропущенный столбец не импортируется. Если указан номер дела, строки с одинаковым номером станут одним делом.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Станет</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Texts of the file that Fieldcase does not know. Say what each stands for, or leave it out; a row with a text left unknown is not imported.</source>
        <translation>Тексты файла, которых Fieldcase не знает. Укажите, что означает каждый, или пропустите его; строка с неизвестным текстом не импортируется.</translation>
    </message>
    <message>
        <source>Unknown values</source>
        <translation>Неизвестные значения</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>What the import will write, in one step: all of it or, if anything fails, nothing.</source>
        <translation>Что импорт запишет за один шаг: всё целиком или, если что-то не удастся, ничего.</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Строки, которые не будут импортированы</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>People already in the vault</source>
        <translation>Люди, которые уже есть в хранилище</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>В хранилище</translation>
    </message>
    <message>
        <source>Alike in</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Чтение и проверка каждой строки…</translation>
    </message>
    <message>
        <source>What the column %1 becomes</source>
        <translation>Чем станет столбец %1</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>What &apos;%1&apos; stands for</source>
        <translation>Что означает «%1»</translation>
    </message>
    <message>
        <source>(unknown: the rows are not imported)</source>
        <translation>(неизвестно: строки не импортируются)</translation>
    </message>
    <message>
        <source>(leave the value out)</source>
        <translation>(пропустить значение)</translation>
    </message>
    <message>
        <source>Every text of the mapped columns is known.</source>
        <translation>Все тексты сопоставленных столбцов известны.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts are not known.</source>
        <translation>
            <numerusform>%n текст неизвестен.</numerusform>
            <numerusform>%n текста неизвестны.</numerusform>
            <numerusform>%n текстов неизвестны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with values: %1. To be made: %2 cases, %3 new people, %4 links of people to cases, %5 notes.</source>
        <translation>Строк со значениями: %1. Будет создано: дел — %2, новых людей — %3, связей людей с делами — %4, заметок — %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows will not be imported; each says why below.</source>
        <translation>
            <numerusform>%n строка не будет импортирована; причина указана ниже.</numerusform>
            <numerusform>%n строки не будут импортированы; причины указаны ниже.</numerusform>
            <numerusform>%n строк не будут импортированы; причины указаны ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>the same person: linked to the case</source>
        <translation>тот же человек: связан с делом</translation>
    </message>
    <message>
        <source>perhaps the same: made anew, merge after a look</source>
        <translation>возможно, тот же: создан заново, объедините после проверки</translation>
    </message>
    <message>
        <source>Import it again all the same (its cases twice)</source>
        <translation>Всё равно импортировать снова (дела появятся дважды)</translation>
    </message>
    <message>
        <source>This sheet was imported into the vault on %1: its cases are there already.</source>
        <translation>Этот лист уже импортирован в хранилище %1: его дела уже там.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NeutralPage</name>
    <message>
        <source>No documents are open.</source>
        <translation>Нет открытых документов.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Required, e.g. &quot;Woman stuck at a farm near Kazan&quot;</source>
        <translation>Обязательно, например «Девушка на ферме под Казанью»</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Риск:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Завести дело</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Give the case a title.</source>
        <translation>Дайте делу название.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NewPassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком короткий: нужно не меньше %n символа.</numerusform>
            <numerusform>Слишком короткий: нужно не меньше %n символов.</numerusform>
            <numerusform>Слишком короткий: нужно не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add more words.</source>
        <translation>Слабый: добавьте ещё слова.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Средний: ещё одно-два слова сделают его надёжным.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::NotesTab</name>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Добавить &amp;заметку</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::OrganisationsView</name>
    <message>
        <source>One per line.</source>
        <translation>По одному в строке.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Показать &amp;архивные</translation>
    </message>
    <message>
        <source>Find an organisation</source>
        <translation>Найти организацию</translation>
    </message>
    <message>
        <source>Name, type or city</source>
        <translation>Название, тип или город</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>Н&amp;овая организация</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Save organisation</source>
        <translation>&amp;Сохранить организацию</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Choose an organisation, or add a new one.</source>
        <translation>Выберите организацию или добавьте новую.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>No organisation matches &quot;%1&quot;. Check the spelling, or add it with New organisation.</source>
        <translation>Нет организации, подходящей под «%1». Проверьте написание или добавьте её кнопкой «Новая организация».</translation>
    </message>
    <message>
        <source>Every organisation is archived. Tick &quot;Show archived&quot; to see them.</source>
        <translation>Все организации в архиве. Отметьте «Показать архивные», чтобы их увидеть.</translation>
    </message>
    <message>
        <source>No organisations yet. Press New organisation to add the partners people are referred to: shelters, lawyers, clinics.</source>
        <translation>Организаций пока нет. Нажмите «Новая организация», чтобы добавить партнёров, к которым направляют людей: приюты, юристов, клиники.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>В &amp;архив…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The organisation has changes that are not saved yet. Save them?</source>
        <translation>В организации есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Archive organisation</source>
        <translation>Организация в архив</translation>
    </message>
    <message>
        <source>Archive %1? It is hidden from the directory until it is restored; tick &quot;Show archived&quot; to find it.</source>
        <translation>Отправить «%1» в архив? Она пропадёт из справочника, пока её не вернут; чтобы её найти, отметьте «Показать архивные».</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PeopleListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PeopleView</name>
    <message>
        <source>One per line.</source>
        <translation>По одному в строке.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Объединит&amp;ь…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Aliases and nicknames</source>
        <translation>Другие имена и прозвища</translation>
    </message>
    <message>
        <source>Names in other scripts</source>
        <translation>Имя в другой письменности</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Новый &amp;человек</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>&amp;Save person</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Другие имена:</translation>
    </message>
    <message>
        <source>Other &amp;scripts:</source>
        <translation>Др&amp;угая письменность:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>&amp;Телефоны:</translation>
    </message>
    <message>
        <source>This may be the same person as %1. Check and merge the two records if so.</source>
        <translation>Возможно, это тот же человек, что и %1. Проверьте и, если это так, объедините две записи.</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Объединить записи</translation>
    </message>
    <message>
        <source>Merge %1 into the person shown? Case links, consents, other names and phone numbers move to this record; the other record is archived. Both histories stay readable.</source>
        <translation>Объединить запись «%1» с открытой? Связи с делами, согласия, другие имена и телефоны перейдут в открытую запись, а вторая уйдёт в архив. История обеих записей сохранится.</translation>
    </message>
    <message>
        <source>Consent &amp;withdrawn…</source>
        <translation>Согласие &amp;отозвано…</translation>
    </message>
    <message>
        <source>The person asked that we keep nothing about them: erase the person and the cases only theirs from every laptop of the team.</source>
        <translation>Человек попросил не хранить о нём ничего: удалить его и дела, где есть только он, со всех ноутбуков команды.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Erase this person, and the cases in which no one else is recorded, from every laptop of the team? A coordinator&apos;s erasure takes effect at once here and at each laptop&apos;s next exchange; a field worker&apos;s waits until a coordinator confirms it. It cannot be undone.</source>
        <translation>Удалить этого человека и дела, в которых больше никто не записан, со всех ноутбуков команды? Удаление координатора сразу действует здесь и на каждом ноутбуке при его следующем обмене; удаление полевого сотрудника ждёт подтверждения координатора. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Erased here; the other laptops erase it at their next exchange. The Team screen shows which have.</source>
        <translation>Удалено здесь; остальные ноутбуки удалят при следующем обмене. На экране «Команда» видно, какие уже удалили.</translation>
    </message>
    <message>
        <source>More than three people were erased this week: a second coordinator must confirm this erasure on the Team screen. Until then the records stay.</source>
        <translation>На этой неделе удалено больше трёх человек: это удаление должен подтвердить второй координатор на экране «Команда». До тех пор записи остаются.</translation>
    </message>
    <message>
        <source>Asked for: a coordinator confirms the erasure on the Team screen after your next exchange. Until then the records stay on every laptop.</source>
        <translation>Запрос отправлен: координатор подтвердит удаление на экране «Команда» после вашего следующего обмена. До тех пор записи остаются на всех ноутбуках.</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Примерный возраст</translation>
    </message>
    <message>
        <source>When the date of birth is not known: the age the person gives or seems to be. The dashboard and the statistics count ages from it.</source>
        <translation>Если дата рождения неизвестна: возраст со слов человека или на вид. По нему считают возраст сводка и статистика.</translation>
    </message>
    <message>
        <source>Es&amp;timated age:</source>
        <translation>Во&amp;зраст (примерно):</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::PrintDialog</name>
    <message>
        <source>Referral letter as PDF</source>
        <translation>Письмо-направление в PDF</translation>
    </message>
    <message>
        <source>Case summary as PDF</source>
        <translation>Сводка по делу в PDF</translation>
    </message>
    <message>
        <source>The letter names the organisation, the service and our reference. The survivor&apos;s name, age, contacts and the reason for the referral go in only if they agreed to share their details with this organisation (Consents tab).</source>
        <translation>В письме — организация, нужная помощь и наш номер дела. Имя, возраст и контакты пострадавшего и причина направления попадают в письмо, только если он согласился передавать свои данные этой организации (вкладка «Согласия»).</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Print these parts:</source>
        <translation>Печатать эти части:</translation>
    </message>
    <message>
        <source>The PDF is not encrypted. Save it only where it must go (the stick you hand over, a printer&apos;s folder) and delete it when it has been printed or sent.</source>
        <translation>PDF не зашифрован. Сохраняйте его только туда, куда он должен попасть (флешка, которую вы передаёте, папка принтера), и удалите после печати или отправки.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>referral-letter.pdf</source>
        <translation>napravlenie.pdf</translation>
    </message>
    <message>
        <source>case-summary.pdf</source>
        <translation>svodka-po-delu.pdf</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Saved to %1. The PDF is not encrypted: delete it when it has been printed or sent.</source>
        <translation>Сохранено в %1. PDF не зашифрован: удалите его после печати или отправки.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::ReferralsTab</name>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>No referrals yet. To refer the person to a shelter, a lawyer, a clinic or another service, fill in New referral below and press Add referral.</source>
        <translation>Направлений пока нет. Чтобы направить человека в приют, к юристу, в клинику или другую службу, заполните «Новое направление» ниже и нажмите «Добавить направление».</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Отметить: &amp;отправлено</translation>
    </message>
    <message>
        <source>Mark as acce&amp;pted</source>
        <translation>Отметить: &amp;принято</translation>
    </message>
    <message>
        <source>Mark as &amp;declined</source>
        <translation>Отметить: от&amp;казано</translation>
    </message>
    <message>
        <source>Mark as co&amp;mpleted</source>
        <translation>Отметить: &amp;выполнено</translation>
    </message>
    <message>
        <source>Ca&amp;ncel referral</source>
        <translation>Отме&amp;нить направление</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Дата шага</translation>
    </message>
    <message>
        <source>The day it was sent or closed; today unless you are recording it later.</source>
        <translation>День отправки или закрытия; сегодня, если вы не записываете это задним числом.</translation>
    </message>
    <message>
        <source>When closing: what came of it</source>
        <translation>При закрытии: чем всё закончилось</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>The directory has no organisations yet: add the shelters, lawyers and clinics people are referred to under Organisations.</source>
        <translation>В справочнике пока нет организаций: добавьте приюты, юристов и клиники, куда направляют людей, в разделе «Организации».</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Выберите услугу</translation>
    </message>
    <message>
        <source>Add re&amp;ferral</source>
        <translation>Добавить на&amp;правление</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Servi&amp;ce:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Пока не выбрано</translation>
    </message>
    <message>
        <source>Unknown organisation</source>
        <translation>Неизвестная организация</translation>
    </message>
    <message>
        <source>Choose a referral in the list to record its next step.</source>
        <translation>Выберите направление в списке, чтобы записать следующий шаг.</translation>
    </message>
    <message>
        <source>Next step for this referral:</source>
        <translation>Следующий шаг по этому направлению:</translation>
    </message>
    <message>
        <source>Next step for the referral to %1:</source>
        <translation>Следующий шаг по направлению в %1:</translation>
    </message>
    <message>
        <source>This referral is closed (%1). If the person needs this help again, add a new referral.</source>
        <translation>Это направление закрыто (%1). Если человеку снова нужна эта помощь, добавьте новое направление.</translation>
    </message>
    <message>
        <source>No next step is offered for the status %1.</source>
        <translation>Для состояния %1 следующий шаг не предусмотрен.</translation>
    </message>
    <message>
        <source>Choose the service the person is referred for.</source>
        <translation>Выберите услугу, ради которой человека направляют.</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Письмо…</translation>
    </message>
    <message>
        <source>Save a letter to the organisation as a PDF, with only what the person agreed to share with it.</source>
        <translation>Сохранить письмо в организацию в PDF — только с тем, чем человек согласился с ней поделиться.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RestoreBackupPage</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копии:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Парольная фраза копии:</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>This laptop gets the vault of a backup file, as it was when the backup was written. It becomes a new device: if the old laptop had team mates, your coordinator admits this one and removes the old laptop, so that whoever holds it can change nothing any more. What the old laptop sent to the team after the backup comes back with the coordinator&apos;s welcome.</source>
        <translation>Этот ноутбук получит хранилище из файла резервной копии в том виде, в каком оно было при её записи. Он станет новым устройством: если у старого ноутбука была команда, координатор примет этот и исключит старый, чтобы тот, у кого он в руках, больше ничего не мог изменить. То, что старый ноутбук отправил команде после копии, вернётся с приветствием координатора.</translation>
    </message>
    <message>
        <source>Restoring the vault…</source>
        <translation>Восстановление хранилища…</translation>
    </message>
    <message>
        <source>I have the recovery &amp;code instead of the passphrase</source>
        <translation>У &amp;меня код восстановления вместо парольной фразы</translation>
    </message>
    <message>
        <source>Recovery co&amp;de:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RetentionReview</name>
    <message>
        <source>Closed on %1; everything recorded in it goes with it.</source>
        <translation>Закрыто %1; всё, что в нём записано, удаляется вместе с ним.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Просмотреть…</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s retention rules call for purging %n record(s) on this laptop.</source>
        <translation>
            <numerusform>Правила хранения команды требуют удалить на этом ноутбуке %n запись.</numerusform>
            <numerusform>Правила хранения команды требуют удалить на этом ноутбуке %n записи.</numerusform>
            <numerusform>Правила хранения команды требуют удалить на этом ноутбуке %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due under the retention rules</source>
        <translation>Подлежит удалению по правилам хранения</translation>
    </message>
    <message>
        <source>These records are past the period the team keeps them. Purged, they are gone from this laptop for good, and from the others as they exchange with it; to keep a case, open it and mark it to keep.</source>
        <translation>Срок, в течение которого команда хранит эти записи, истёк. После удаления они исчезнут с этого ноутбука навсегда, а с остальных — по мере обмена с ним; чтобы сохранить дело, откройте его и отметьте для хранения.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Purge now</source>
        <translation>&amp;Удалить сейчас</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>Every case of this person is due; the last closed on %1.</source>
        <translation>Все дела этого человека подлежат удалению; последнее закрыто %1.</translation>
    </message>
    <message>
        <source>Its case closed on %1.</source>
        <translation>Его дело закрыто %1.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::RetentionSection</name>
    <message>
        <source>Keep</source>
        <translation>Хранить</translation>
    </message>
    <message>
        <source> months after closing</source>
        <translation> мес. после закрытия</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <source>Purge closed cases after</source>
        <translation>Удалять закрытые дела через</translation>
    </message>
    <message>
        <source>Purge attachments of closed cases after</source>
        <translation>Удалять вложения закрытых дел через</translation>
    </message>
    <message>
        <source>Set for the &amp;team</source>
        <translation>Задать для &amp;команды</translation>
    </message>
    <message>
        <source>Only a coordinator changes the team&apos;s rules.</source>
        <translation>Менять правила команды может только координатор.</translation>
    </message>
    <message>
        <source>Closed cases, and sooner their attachments, are purged from every laptop of the team this many months after closing, unless the case is marked to keep. A coordinator sets the periods for the whole team; each laptop lists what is due and purges it when you agree.</source>
        <translation>Закрытые дела, а их вложения раньше, удаляются со всех ноутбуков команды через столько месяцев после закрытия, если дело не отмечено для хранения. Координатор задаёт сроки для всей команды; каждый ноутбук показывает, что пора удалить, и удаляет это с вашего согласия.</translation>
    </message>
    <message>
        <source>Purge &amp;closed cases:</source>
        <translation>Удалять &amp;закрытые дела:</translation>
    </message>
    <message>
        <source>Purge &amp;attachments of closed cases:</source>
        <translation>Удалять &amp;вложения закрытых дел:</translation>
    </message>
    <message>
        <source>No rules are set: closed cases are kept until someone purges them.</source>
        <translation>Правила не заданы: закрытые дела хранятся, пока их кто-нибудь не удалит.</translation>
    </message>
    <message>
        <source>Set by %1 on %2.</source>
        <translation>Задал(а) %1, %2.</translation>
    </message>
    <message>
        <source>Signed for the team: the other laptops take the rules at their next exchange.</source>
        <translation>Подписано для команды: остальные ноутбуки получат правила при следующем обмене.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SearchDialog</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Names, places, words from notes… (any word form)</source>
        <translation>Имена, места, слова из заметок… (в любой форме)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Введите хотя бы две буквы.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Этот ноутбук</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Applies the next time Fieldcase starts.</source>
        <translation>Вступит в силу при следующем запуске Fieldcase.</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Блокировать через столько минут без работы</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Блокировать, если не работать:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Measure unlock times on this laptop</source>
        <translation>&amp;Измерить время открытия на этом ноутбуке</translation>
    </message>
    <message>
        <source>Takes a few seconds and, for the strongest setting, 1 GiB of memory.</source>
        <translation>Занимает несколько секунд, а для самой надёжной настройки — 1 ГиБ памяти.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить пароль</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Надёжность:</translation>
    </message>
    <message>
        <source>Stronger settings make guessing the passphrase from a stolen copy of the vault slower, and unlocking too.</source>
        <translation>Чем надёжнее настройка, тем медленнее подбирать пароль к украденной копии хранилища — и тем дольше открывать его.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Folder on USB sticks</source>
        <translation>Папка на флешках</translation>
    </message>
    <message>
        <source>The folder on a USB stick that holds the team&apos;s bundles. A plain name such as &quot;backup&quot; draws no attention; every laptop of the team must use the same one.</source>
        <translation>Папка на флешке, где лежат пакеты команды. Простое имя вроде «backup» не привлекает внимания; у всех ноутбуков команды оно должно быть одинаковым.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Shared &amp;folders and automatic exchange…</source>
        <translation>Общие &amp;папки и автоматический обмен…</translation>
    </message>
    <message>
        <source>Folder on USB stic&amp;ks:</source>
        <translation>Папка на &amp;флешках:</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Быстрая</translation>
    </message>
    <message>
        <source>Standard (recommended)</source>
        <translation>Обычная (рекомендуется)</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>Самая надёжная</translation>
    </message>
    <message>
        <source>%1: about %2 s on this laptop</source>
        <translation>%1: около %2 с на этом ноутбуке</translation>
    </message>
    <message>
        <source>Unlocking uses the strength &quot;%1&quot;.</source>
        <translation>Для открытия используется надёжность «%1».</translation>
    </message>
    <message>
        <source>Unlocking uses a strength set by hand.</source>
        <translation>Для открытия используется надёжность, заданная вручную.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Измеряем…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Меняем пароль…</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Пароль изменён. Теперь используйте новый.</translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation>Ключ хранилища</translation>
    </message>
    <message>
        <source>If a copy of this vault may be in other hands (a lost or seized laptop, a recovery code seen by others), give the vault a new key. Old copies of its key file, with the old passphrase or the old recovery code, then open nothing written from now on; what such a copy already holds stays exposed. You get a new recovery code, and the old one stops working.</source>
        <translation>Если копия этого хранилища могла попасть в чужие руки (потерянный или изъятый ноутбук, код восстановления, который видели другие), дайте хранилищу новый ключ. Тогда старые копии файла ключей со старым паролем или старым кодом восстановления не откроют ничего, записанного с этого момента; то, что в такой копии уже есть, остаётся раскрытым. Вы получите новый код восстановления, а старый перестанет действовать.</translation>
    </message>
    <message>
        <source>&amp;New vault key</source>
        <translation>&amp;Новый ключ хранилища</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Я &amp;записал(а) его</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>The vault has a new key. Your new recovery code:</source>
        <translation>У хранилища новый ключ. Ваш новый код восстановления:</translation>
    </message>
    <message>
        <source>Write this code on paper and keep it in the office safe, in place of the old one, which no longer works. It is shown only once.</source>
        <translation>Перепишите этот код на бумагу и храните в сейфе в офисе вместо старого, который больше не действует. Он показывается только один раз.</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with a new key…</source>
        <translation>Хранилище перешифровывается новым ключом…</translation>
    </message>
    <message>
        <source>Show a neutral window &amp;title and icon (&quot;Documents&quot;) instead of &quot;Fieldcase&quot;</source>
        <translation>Нейтральные &amp;заголовок и значок окна («Документы») вместо «Fieldcase»</translation>
    </message>
    <message>
        <source>The window&apos;s title, icon and class show in the task bar, the window switcher and screen sharing; after Ctrl+Shift+H they are neutral whatever this says.</source>
        <translation>Заголовок, значок и класс окна видны на панели задач, в переключателе окон и при показе экрана; после Ctrl+Shift+H они нейтральны в любом случае.</translation>
    </message>
    <message>
        <source>Destroy the keys after wrong passphrases in a row</source>
        <translation>Уничтожить ключи после неверных паролей подряд</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Off unless you set it. Whoever types wrong passphrases on purpose — or you, forgetful under pressure — destroys the keys: what was not exchanged with the team yet is lost.</source>
        <translation>Выключено, пока вы его не включите. Ключи уничтожит любой, кто нарочно вводит неверные пароли, — или вы сами, если забудете пароль под давлением: всё, что ещё не передано команде, будет потеряно.</translation>
    </message>
    <message>
        <source>&amp;Destroy the keys after wrong passphrases:</source>
        <translation>&amp;Уничтожить ключи после неверных паролей:</translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault and Ctrl+Shift+H also leaves an empty &quot;Documents&quot; window. In the Vault menu, &quot;Travel lock&quot; seals the vault before a border so that your passphrase alone does not open it until a coordinator sends a release file, and &quot;Destroy keys now&quot; makes it unreadable for good after a five-second countdown: what the team holds is then the way back.</source>
        <translation>Ctrl+L блокирует хранилище, а Ctrl+Shift+H ещё и оставляет пустое окно «Документы». В меню «Хранилище» пункт «Блокировка для поездки» запечатывает хранилище перед границей, чтобы один ваш пароль не открывал его, пока координатор не пришлёт файл разблокировки, а «Уничтожить ключи» после пятисекундного отсчёта делает его нечитаемым навсегда: тогда путь назад — то, что хранит команда.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::SyncPage</name>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Exchange with these folders by itself when they are reachable</source>
        <translation>Самостоятельно обмениваться с этими папками, когда они доступны</translation>
    </message>
    <message>
        <source>Exchange with a team USB stick as soon as it is plugged in</source>
        <translation>Обмениваться с флешкой команды, как только её вставят</translation>
    </message>
    <message>
        <source>Exchange now</source>
        <translation>Обменяться сейчас</translation>
    </message>
    <message>
        <source>No conflicts. When two laptops change the same field without seeing each other&apos;s change, both versions wait here until someone picks one.</source>
        <translation>Конфликтов нет. Когда два ноутбука меняют одно поле, не видя изменений друг друга, обе версии ждут здесь, пока кто-нибудь не выберет одну.</translation>
    </message>
    <message>
        <source>Folders and sticks</source>
        <translation>Папки и флешки</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>A shared folder to exchange with</source>
        <translation>Общая папка для обмена</translation>
    </message>
    <message>
        <source>Where this laptop exchanges</source>
        <translation>Где этот ноутбук обменивается данными</translation>
    </message>
    <message>
        <source>A shared folder (an office share, a folder Syncthing or Nextcloud keeps in step) or a USB stick carried between laptops. Bundles are encrypted: a lost stick reveals nothing.</source>
        <translation>Общая папка (сетевая папка офиса, папка, которую синхронизирует Syncthing или Nextcloud) или флешка, которую носят между ноутбуками. Пакеты зашифрованы: потерянная флешка ничего не выдаст.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Automatic exchange is on.</source>
        <translation>Автоматический обмен включён.</translation>
    </message>
    <message>
        <source>Automatic exchange is off: use Exchange now.</source>
        <translation>Автоматический обмен выключен: нажмите «Обменяться сейчас».</translation>
    </message>
    <message>
        <source>USB stick %1 (no team folder: create a folder named %2 on it to use it)</source>
        <translation>Флешка %1 (папки команды нет: создайте на ней папку %2, чтобы её использовать)</translation>
    </message>
    <message>
        <source>No folder or team stick is reachable now. Add a folder, or plug in the team&apos;s stick.</source>
        <translation>Сейчас не доступна ни одна папка и ни одна флешка команды. Добавьте папку или вставьте флешку команды.</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Идёт обмен…</translation>
    </message>
    <message>
        <source>A file in %1 was not accepted: %2</source>
        <translation>Файл в %1 не принят: %2</translation>
    </message>
    <message>
        <source>Done at %1.</source>
        <translation>Готово в %1.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>Получено %n изменение</numerusform>
            <numerusform>Получено %n изменения</numerusform>
            <numerusform>Получено %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n bundle(s); your changes are in the folder for the others.</source>
        <translation>
            <numerusform>из %n пакета; ваши изменения лежат в папке для остальных.</numerusform>
            <numerusform>из %n пакетов; ваши изменения лежат в папке для остальных.</numerusform>
            <numerusform>из %n пакетов; ваши изменения лежат в папке для остальных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for someone to choose (below).</source>
        <translation>
            <numerusform>%n конфликт ждёт выбора (ниже).</numerusform>
            <numerusform>%n конфликта ждут выбора (ниже).</numerusform>
            <numerusform>%n конфликтов ждут выбора (ниже).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last automatic exchange with %1 at %2: %n change(s) received.</source>
        <translation>
            <numerusform>Последний автоматический обмен с %1 в %2: получено %n изменение.</numerusform>
            <numerusform>Последний автоматический обмен с %1 в %2: получено %n изменения.</numerusform>
            <numerusform>Последний автоматический обмен с %1 в %2: получено %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep “%1” (%2, %3)</source>
        <translation>Оставить «%1» (%2, %3)</translation>
    </message>
    <message>
        <source>Conflict resolved. The choice reaches the others with the next exchange.</source>
        <translation>Конфликт разрешён. Остальные получат выбор при следующем обмене.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Exchange progress</source>
        <translation>Ход обмена</translation>
    </message>
    <message>
        <source>Stop after the bundle being read; everything read so far stays.</source>
        <translation>Остановиться после текущего пакета; всё, что уже прочитано, сохранится.</translation>
    </message>
    <message>
        <source>last exchange %1</source>
        <translation>последний обмен %1</translation>
    </message>
    <message>
        <source>no exchange yet</source>
        <translation>обмена ещё не было</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not reachable now) — %2</source>
        <translation>%1 (сейчас недоступна) — %2</translation>
    </message>
    <message>
        <source>USB stick %1 (team folder %2) — %3</source>
        <translation>Флешка %1 (папка команды %2) — %3</translation>
    </message>
    <message>
        <source>Stopping after this bundle…</source>
        <translation>Останавливаемся после этого пакета…</translation>
    </message>
    <message>
        <source>%1: bundle %2 of %3</source>
        <translation>%1: пакет %2 из %3</translation>
    </message>
    <message>
        <source>Next automatic round: %1.</source>
        <translation>Следующий автоматический обмен: %1.</translation>
    </message>
    <message>
        <source>Stopped at %1. What was read so far is kept; your changes were not written this time.</source>
        <translation>Остановлено в %1. Прочитанное сохранено; ваши изменения в этот раз не записаны.</translation>
    </message>
    <message numerus="yes">
        <source>from %n bundle(s).</source>
        <translation>
            <numerusform>из %n пакета.</numerusform>
            <numerusform>из %n пакетов.</numerusform>
            <numerusform>из %n пакетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received from the team.</source>
        <translation>
            <numerusform>От команды получено %n изменение.</numerusform>
            <numerusform>От команды получено %n изменения.</numerusform>
            <numerusform>От команды получено %n изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait on the Sync screen.</source>
        <translation>
            <numerusform>%n конфликт ждёт решения на экране «Синхронизация».</numerusform>
            <numerusform>%n конфликта ждут решения на экране «Синхронизация».</numerusform>
            <numerusform>%n конфликтов ждут решения на экране «Синхронизация».</numerusform>
        </translation>
    </message>
    <message>
        <source>A file in a sync folder was not accepted: see the Sync screen.</source>
        <translation>Файл в папке синхронизации не принят: подробности на экране «Синхронизация».</translation>
    </message>
    <message>
        <source>No folder yet and no stick plugged in. Press Add folder for a shared folder, or plug in a USB stick with a folder named %1 on it.</source>
        <translation>Папок пока нет, и флешка не вставлена. Нажмите «Добавить папку», чтобы выбрать общую папку, или вставьте флешку, на которой есть папка %1.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::TeamPage</name>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Field worker</source>
        <translation>Полевой сотрудник</translation>
    </message>
    <message>
        <source>Admit a laptop…</source>
        <translation>Принять ноутбук…</translation>
    </message>
    <message>
        <source>Remove from the team…</source>
        <translation>Исключить из команды…</translation>
    </message>
    <message>
        <source>Laptops of the team</source>
        <translation>Ноутбуки команды</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Every laptop of the team can read what the team shares. A coordinator admits new laptops after comparing the safety number face to face, and removes a laptop that is lost or seized: it can read nothing new from then on.</source>
        <translation>Каждый ноутбук команды может читать то, чем делится команда. Координатор принимает новые ноутбуки, сверив код безопасности при личной встрече, и исключает потерянный или изъятый ноутбук: с этого момента он не сможет прочитать ничего нового.</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (этот ноутбук)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <source>This laptop&apos;s half of the safety number: %1</source>
        <translation>Половина кода безопасности этого ноутбука: %1</translation>
    </message>
    <message>
        <source>%1 is admitted. Give it the welcome bundle in %2 and let it import it there.</source>
        <translation>%1 принят. Передайте ему приветственный пакет из %2, чтобы он его импортировал.</translation>
    </message>
    <message>
        <source>The new laptop&apos;s enrolment request</source>
        <translation>Запрос нового ноутбука на вступление</translation>
    </message>
    <message>
        <source>Where to write the welcome bundle (a USB stick)</source>
        <translation>Куда записать приветственный пакет (флешка)</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Исключить из команды</translation>
    </message>
    <message>
        <source>Remove “%1” from the team? It will not be able to read anything new, and what it changes from now on will be refused. This cannot be undone.</source>
        <translation>Исключить «%1» из команды? Он не сможет прочитать ничего нового, а его дальнейшие изменения будут отклоняться. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>1. Write the enrolment request…</source>
        <translation>1. Записать запрос на вступление…</translation>
    </message>
    <message>
        <source>3. Import the welcome bundle…</source>
        <translation>3. Импортировать приветственный пакет…</translation>
    </message>
    <message>
        <source>Where to write the enrolment request (a USB stick)</source>
        <translation>Куда записать запрос на вступление (флешка)</translation>
    </message>
    <message>
        <source>The folder with the welcome bundle</source>
        <translation>Папка с приветственным пакетом</translation>
    </message>
    <message>
        <source>Give the file to your coordinator (on a USB stick). It holds no secret: only this laptop&apos;s name and public keys.</source>
        <translation>Передайте файл координатору (на флешке). В нём нет секретов: только имя этого ноутбука и его открытые ключи.</translation>
    </message>
    <message>
        <source>2. Meet your coordinator and compare the safety number on both screens, digit by digit.</source>
        <translation>2. Встретьтесь с координатором и сверьте код безопасности на обоих экранах, цифра за цифрой.</translation>
    </message>
    <message>
        <source>Request written to %1. Give it to your coordinator.</source>
        <translation>Запрос записан в %1. Передайте его координатору.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Идёт импорт…</translation>
    </message>
    <message>
        <source>There is no welcome bundle for this laptop in that folder.</source>
        <translation>В этой папке нет приветственного пакета для этого ноутбука.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>Последний раз на связи</translation>
    </message>
    <message numerus="yes">
        <source>Its clock is %n hour(s) ahead of this laptop&apos;s.</source>
        <translation>
            <numerusform>Его часы спешат на %n час относительно этого ноутбука.</numerusform>
            <numerusform>Его часы спешат на %n часа относительно этого ноутбука.</numerusform>
            <numerusform>Его часы спешат на %n часов относительно этого ноутбука.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its clock is %n day(s) ahead of this laptop&apos;s.</source>
        <translation>
            <numerusform>Его часы спешат на %n день относительно этого ноутбука.</numerusform>
            <numerusform>Его часы спешат на %n дня относительно этого ноутбука.</numerusform>
            <numerusform>Его часы спешат на %n дней относительно этого ноутбука.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers match: join</source>
        <translation>Коды совпадают: вступить</translation>
    </message>
    <message>
        <source>They differ: discard</source>
        <translation>Коды различаются: отбросить</translation>
    </message>
    <message>
        <source>4. The welcome&apos;s safety number is below. Compare all 60 digits with your coordinator&apos;s screen. Join only if every digit is the same; if any differs, someone else wrote this welcome: discard it and tell your coordinator.</source>
        <translation>4. Ниже — код безопасности приветственного пакета. Сверьте все 60 цифр с экраном координатора. Вступайте, только если совпадает каждая цифра; если хоть одна различается, этот пакет написал кто-то другой: отбросьте его и сообщите координатору.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Вступление…</translation>
    </message>
    <message>
        <source>The welcome was discarded. Ask your coordinator for a new one and compare the numbers again.</source>
        <translation>Приветственный пакет отброшен. Попросите у координатора новый и снова сверьте коды.</translation>
    </message>
    <message>
        <source>This laptop joined the team. Its safety number with the coordinator&apos;s laptop:</source>
        <translation>Этот ноутбук вошёл в команду. Его код безопасности с ноутбуком координатора:</translation>
    </message>
    <message>
        <source>Founded the team on %1.</source>
        <translation>Создал команду %1.</translation>
    </message>
    <message>
        <source>Admitted by %1 on %2.</source>
        <translation>Принят: %1, %2.</translation>
    </message>
    <message>
        <source>Removed by %1 on %2.</source>
        <translation>Исключён: %1, %2.</translation>
    </message>
    <message>
        <source>This laptop has not joined its team yet. It takes four steps with your coordinator:</source>
        <translation>Этот ноутбук ещё не вошёл в команду. Для этого нужно четыре шага вместе с координатором:</translation>
    </message>
    <message numerus="yes">
        <source>%n of its later change(s) refused.</source>
        <translation>
            <numerusform>Отклонено %n его более позднее изменение.</numerusform>
            <numerusform>Отклонено %n его более поздних изменения.</numerusform>
            <numerusform>Отклонено %n его более поздних изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>That welcome was discarded. Another one is waiting: compare its number too.</source>
        <translation>Этот приветственный пакет отброшен. Ожидает ещё один: сверьте и его код.</translation>
    </message>
    <message>
        <source>It signed two different versions of its change %1: its key is in other hands, or it was restored from an old backup. Remove it.</source>
        <translation>Оно подписало две разные версии своего изменения %1: его ключ в чужих руках, или оно восстановлено из старой резервной копии. Удалите его.</translation>
    </message>
    <message>
        <source>It signed two different team changes under one number: its key is in other hands, or it was restored from an old backup. Remove it.</source>
        <translation>Оно подписало два разных изменения состава команды под одним номером: его ключ в чужих руках, или оно восстановлено из старой резервной копии. Удалите его.</translation>
    </message>
    <message>
        <source>Purges held for a coordinator</source>
        <translation>Удаления, ждущие координатора</translation>
    </message>
    <message>
        <source>Purge them for the team…</source>
        <translation>Удалить их для всей команды…</translation>
    </message>
    <message>
        <source>Purged on</source>
        <translation>Удалено на</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Почему ждёт</translation>
    </message>
    <message>
        <source>These records were purged on another laptop, but this laptop keeps them: a field worker may purge for the team only what it made, and no laptop more than 100 records in a week. If the purge is right, a coordinator purges them for the team here; otherwise they stay, and a laptop that purges what it should not may be in other hands.</source>
        <translation>Эти записи удалены на другом ноутбуке, но этот ноутбук их сохраняет: полевой сотрудник может удалить для всей команды только то, что создал сам, и ни один ноутбук — больше 100 записей за неделю. Если удаление верное, координатор удаляет их для всей команды здесь; иначе они остаются, а ноутбук, который удаляет то, что не должен, возможно, в чужих руках.</translation>
    </message>
    <message>
        <source>More than a laptop may purge in a week</source>
        <translation>Больше, чем ноутбук может удалить за неделю</translation>
    </message>
    <message>
        <source>A field worker&apos;s laptop purged what it did not make</source>
        <translation>Ноутбук полевого сотрудника удалил то, что создал не он</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged for the team. The next exchange takes the purge to the others.</source>
        <translation>
            <numerusform>Для всей команды удалена %n запись. Следующий обмен донесёт удаление до остальных.</numerusform>
            <numerusform>Для всей команды удалены %n записи. Следующий обмен донесёт удаление до остальных.</numerusform>
            <numerusform>Для всей команды удалено %n записей. Следующий обмен донесёт удаление до остальных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge for the team</source>
        <translation>Удалить для всей команды</translation>
    </message>
    <message numerus="yes">
        <source>Purge the %n record(s) that “%1” purged, on every laptop of the team? Their content is gone for good.</source>
        <translation>
            <numerusform>Удалить %n запись, которую удалил «%1», на всех ноутбуках команды? Её содержимое исчезнет навсегда.</numerusform>
            <numerusform>Удалить %n записи, которые удалил «%1», на всех ноутбуках команды? Их содержимое исчезнет навсегда.</numerusform>
            <numerusform>Удалить %n записей, которые удалил «%1», на всех ноутбуках команды? Их содержимое исчезнет навсегда.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was opened with its duress passphrase on %1: whoever made its worker open it saw only a decoy, and its keys stayed sealed. Talk to the worker before it exchanges again.</source>
        <translation>Его открыли паролем для принуждения %1: тот, кто заставил сотрудника открыть его, увидел только подставное хранилище, а ключи остались запечатанными. Поговорите с сотрудником до следующего обмена.</translation>
    </message>
    <message>
        <source>Write a travel release file…</source>
        <translation>Записать файл разблокировки…</translation>
    </message>
    <message>
        <source>For a laptop its worker travel-locked: with the worker&apos;s passphrase, the file opens it.</source>
        <translation>Для ноутбука, который сотрудник заблокировал для поездки: вместе с паролем сотрудника файл его открывает.</translation>
    </message>
    <message>
        <source>Where to write the release file (not the worker&apos;s bag)</source>
        <translation>Куда записать файл разблокировки (не в сумку сотрудника)</translation>
    </message>
    <message>
        <source>The release file for %1 is in %2. Give it to the worker after the journey, apart from the laptop: with their passphrase it opens it.</source>
        <translation>Файл разблокировки для %1 лежит в %2. Передайте его сотруднику после поездки, отдельно от ноутбука: вместе с его паролем он открывает ноутбук.</translation>
    </message>
    <message>
        <source>Consent withdrawals</source>
        <translation>Отзывы согласия</translation>
    </message>
    <message>
        <source>Confirm the erasure…</source>
        <translation>Подтвердить удаление…</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ноутбуки</translation>
    </message>
    <message>
        <source>A person who withdraws consent is erased, with the cases only theirs, from every laptop. A field worker&apos;s request waits for a coordinator, and a coordinator erases at most three people a week alone; the list shows which laptops have erased each one.</source>
        <translation>Человек, отозвавший согласие, удаляется вместе с делами, где есть только он, со всех ноутбуков. Запрос полевого сотрудника ждёт координатора, а один координатор может удалить не больше трёх человек в неделю; в списке видно, какие ноутбуки уже удалили каждого.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Erased (%n record(s))</source>
        <translation>
            <numerusform>Удалено (%n запись)</numerusform>
            <numerusform>Удалено (%n записи)</numerusform>
            <numerusform>Удалено (%n записей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased on every laptop</source>
        <translation>Удалено на всех ноутбуках</translation>
    </message>
    <message>
        <source>Erased on %1; not yet known on %2</source>
        <translation>Удалено на: %1; пока не известно на: %2</translation>
    </message>
    <message>
        <source>Waiting for a second coordinator</source>
        <translation>Ждёт второго координатора</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation>Ждёт координатора</translation>
    </message>
    <message>
        <source>Confirm the erasure</source>
        <translation>Подтвердить удаление</translation>
    </message>
    <message>
        <source>Erase this person and the cases only theirs from every laptop of the team? It cannot be undone.</source>
        <translation>Удалить этого человека и дела, где есть только он, со всех ноутбуков команды? Отменить это нельзя.</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::TravelLockDialog</name>
    <message>
        <source>&amp;Lock for travel</source>
        <translation>&amp;Заблокировать для поездки</translation>
    </message>
    <message>
        <source>Travel lock</source>
        <translation>Блокировка для поездки</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Before a border or a checkpoint: after this lock your passphrase alone no longer opens the vault, so nobody can make you open it on the way. After the journey a coordinator sends you a release file, which opens it together with your passphrase; the office&apos;s recovery code opens it too.</source>
        <translation>Перед границей или блокпостом: после этой блокировки один ваш пароль не открывает хранилище, поэтому в дороге никто не сможет заставить вас его открыть. После поездки координатор пришлёт файл разблокировки, который откроет хранилище вместе с вашим паролем; код восстановления из офиса тоже его откроет.</translation>
    </message>
    <message>
        <source>Do not carry the release file with the laptop.</source>
        <translation>Не возите файл разблокировки вместе с ноутбуком.</translation>
    </message>
    <message>
        <source>Locking for travel…</source>
        <translation>Блокируем для поездки…</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>Хранилище заблокировано</translation>
    </message>
    <message>
        <source>Enter your passphrase to open it.</source>
        <translation>Введите пароль, чтобы его открыть.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Открываем хранилище…</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>&amp;Open and set the new passphrase</source>
        <translation>&amp;Открыть и задать новый пароль</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <source>Open with the recovery code</source>
        <translation>Открыть кодом восстановления</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created (the dashes may be left out), then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Введите код восстановления, который вы записали при создании хранилища (дефисы можно не вводить), и придумайте новый пароль. Старый пароль перестанет действовать.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторить можно через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторить можно через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторить можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a &amp;release file…</source>
        <translation>С &amp;файлом разблокировки…</translation>
    </message>
    <message>
        <source>After a travel lock: your passphrase and the release file a coordinator sent you.</source>
        <translation>После блокировки для поездки: ваш пароль и файл разблокировки от координатора.</translation>
    </message>
    <message>
        <source>The folder with the release file</source>
        <translation>Папка с файлом разблокировки</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::VocabularyPicker</name>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Search in %1</source>
        <translation>Поиск: %1</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::WindowIdentity</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Fieldcase</source>
        <translation>Fieldcase</translation>
    </message>
</context>
<context>
    <name>fieldcase::ui::WorkspacePage</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>A scheduled backup was written.</source>
        <translation>Резервная копия по расписанию записана.</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Резервная копия по расписанию не записана: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fieldcase</source>
        <translation>Fieldcase</translation>
    </message>
    <message>
        <source>Unknown language for --lang: use ru or en.</source>
        <translation>Неизвестный язык в --lang: укажите ru или en.</translation>
    </message>
    <message>
        <source>Cannot load the %1 translation.</source>
        <translation>Не удалось загрузить перевод «%1».</translation>
    </message>
    <message>
        <source>Fieldcase: offline, encrypted case management.</source>
        <translation>Fieldcase: ведение дел без интернета, с шифрованием.</translation>
    </message>
    <message>
        <source>Use the vault in folder &lt;dir&gt;.</source>
        <translation>Использовать хранилище в папке &lt;папка&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <source>Fieldcase could not protect its memory from other programs on this computer, so it will not open the vault.</source>
        <translation>Fieldcase не удалось защитить свою память от других программ на этом компьютере, поэтому хранилище не будет открыто.</translation>
    </message>
    <message>
        <source>Training mode: a throwaway vault with made-up cases, deleted on exit.</source>
        <translation>Учебный режим: временное хранилище с выдуманными делами, удаляется при выходе.</translation>
    </message>
    <message>
        <source>--demo uses a vault of its own: leave out --vault.</source>
        <translation>--demo использует своё хранилище: уберите --vault.</translation>
    </message>
</context>
</TS>
