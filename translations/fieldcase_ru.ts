<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
        <source>Usage: fieldcase-cli [--vault DIR] [--json] [--passphrase-stdin] COMMAND [options]

Commands:
</source>
        <translation>Использование: fieldcase-cli [--vault ПАПКА] [--json] [--passphrase-stdin] КОМАНДА [параметры]

Команды:
</translation>
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
        <source>Key file: ok</source>
        <translation>Файл ключей: в порядке</translation>
    </message>
    <message>
        <source>Key file: DAMAGED</source>
        <translation>Файл ключей: ПОВРЕЖДЁН</translation>
    </message>
    <message>
        <source>Database: ok</source>
        <translation>База данных: в порядке</translation>
    </message>
    <message>
        <source>Database: DAMAGED (%1)</source>
        <translation>База данных: ПОВРЕЖДЕНА (%1)</translation>
    </message>
    <message>
        <source>The vault failed verification.</source>
        <translation>Хранилище не прошло проверку.</translation>
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
        <source>Fieldcase</source>
        <translation>Fieldcase</translation>
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
</context>
<context>
    <name>fieldcase::ui::CreateVaultPage</name>
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
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ещё раз:</translation>
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
    <message>
        <source>Creating the vault…</source>
        <translation>Создаём хранилище…</translation>
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
</context>
<context>
    <name>fieldcase::ui::WorkspacePage</name>
    <message>
        <source>Your vault is open. Cases will appear here.</source>
        <translation>Хранилище открыто. Здесь появятся ваши дела.</translation>
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
</context>
</TS>
