#include "core/records/ImportMapping.h"

#include "core/model/Countries.h"
#include "core/model/Schema.h"
#include "core/model/Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <array>

namespace fieldcase::records {

using model::FieldType;
using model::Schema;
using model::TableId;

namespace {

constexpr const char* kGroup = "case.group";
constexpr const char* kFullName = "person.full_name";

// The Russian catalogue the program carries (:/i18n, linked into the app and the CLI), read whatever the interface
// language is: Russian files use Russian names even on a laptop set to English. None when the program has no
// catalogue (some tests).
const QTranslator* russianCatalogue() {
    static const QTranslator* const catalogue = [] {
        auto* translator = new QTranslator;
        if (translator->load(QStringLiteral("fieldcase_ru"), QStringLiteral(":/i18n"))) return translator;
        delete translator;
        return static_cast<QTranslator*>(nullptr);
    }();
    return catalogue;
}

// A source text in English, in the interface language and in Russian.
QStringList namesOf(const char* context, const char* source) {
    QStringList names{QString::fromUtf8(source), QCoreApplication::translate(context, source)};
    if (const QTranslator* russian = russianCatalogue()) {
        const QString translated = russian->translate(context, source);
        if (!translated.isEmpty()) names << translated;
    }
    return names;
}

bool importable(const model::FieldDef& field) {
    return !field.generated && field.type != FieldType::Reference && field.type != FieldType::DateTime &&
           QLatin1String(field.name) != QLatin1String(model::kArchivedFieldName);
}

struct Synonyms {
    const char* target;
    std::array<const char*, 12> names;
};

// Usual column names of spreadsheets in Russian and English, as comparable() writes them.
constexpr Synonyms kHeaderSynonyms[] = {
    {kGroup, {"№ дела", "номер дела", "n дела", "дело", "№", "case", "case number", "case no", "case id", "номер"}},
    {"case.title", {"название", "название дела", "заголовок", "title", "case title"}},
    {"case.status", {"статус", "статус дела", "состояние", "status"}},
    {"case.exploitation",
     {"вид эксплуатации", "тип эксплуатации", "эксплуатация", "форма эксплуатации", "exploitation",
      "type of exploitation"}},
    {"case.exploitation_countries",
     {"страна эксплуатации", "страна", "страна назначения", "country", "country of exploitation"}},
    {"case.opened_on",
     {"дата обращения", "дата открытия", "дата", "дата регистрации", "opened", "date opened", "date", "opened on"}},
    {"case.closed_on", {"дата закрытия", "closed", "date closed", "closed on"}},
    {"case.assigned_to",
     {"сотрудник", "куратор", "ответственный", "консультант", "специалист", "worker", "case worker", "caseworker",
      "assigned to"}},
    {"case.risk", {"риск", "уровень риска", "risk", "risk level"}},
    {"case.summary", {"описание", "обстоятельства", "история", "суть обращения", "summary", "description"}},
    {kFullName,
     {"фио", "ф и о", "фамилия имя отчество", "фио пострадавшего", "пострадавший", "пострадавшая", "full name", "name",
      "имя и фамилия"}},
    {"person.family_name", {"фамилия", "surname", "last name", "family name"}},
    {"person.given_name", {"имя", "first name", "given name"}},
    {"person.patronymic", {"отчество", "patronymic", "middle name"}},
    {"person.birth_date", {"дата рождения", "д р", "др", "date of birth", "dob", "birth date", "birthday"}},
    {"person.estimated_age", {"возраст", "полных лет", "age"}},
    {"person.gender", {"пол", "gender", "sex"}},
    {"person.citizenships", {"гражданство", "страна гражданства", "citizenship", "nationality"}},
    {"person.languages", {"язык", "языки", "language", "languages"}},
    {"person.phones",
     {"телефон", "тел", "телефоны", "мобильный", "контактный телефон", "phone", "phones", "mobile", "phone number"}},
    {"person.messengers", {"мессенджер", "telegram", "whatsapp", "messenger"}},
    {"person.address", {"адрес", "место жительства", "address"}},
    {"case_person.role", {"роль", "role"}},
    {"note.text",
     {"комментарий", "комментарии", "примечание", "примечания", "заметки", "comment", "comments", "note", "notes"}},
};

struct ValueSynonyms {
    const char* vocabulary;
    const char* key;
    std::array<const char*, 10> names;
};

// Usual other names of vocabulary entries in Russian files (the labels themselves come from the catalogues).
constexpr ValueSynonyms kValueSynonyms[] = {
    {"gender", "Feminine", {"ж", "жен", "женский", "женщина", "девушка", "f", "female", "woman"}},
    {"gender", "Masculine", {"м", "муж", "мужской", "мужчина", "юноша", "m", "male", "man"}},
    {"exploitation_type",
     "ForcedLabour",
     {"трудовая эксплуатация", "трудовое рабство", "принудительный труд", "трудовая", "labour exploitation",
      "labor exploitation", "forced labor"}},
    {"exploitation_type",
     "SexualExploitation",
     {"сексуальная эксплуатация", "сексуальное рабство", "секс эксплуатация", "сексуальная", "sexual"}},
    {"exploitation_type", "ForcedMarriage", {"принудительный брак", "брак"}},
    {"case_status", "Active", {"открыт", "открыто", "открытое", "в работе", "активен", "активно", "open", "opened"}},
    {"case_status", "Closed", {"закрыт", "закрыто", "закрытое", "завершено", "завершен", "closed"}},
    {"case_person_role", "Survivor", {"пострадавший", "пострадавшая", "жертва", "victim", "survivor"}},
};

struct CountrySynonyms {
    const char* code;
    std::array<const char*, 4> names;
};

constexpr CountrySynonyms kCountrySynonyms[] = {
    {"RU", {"рф", "российская федерация", "russian federation"}},
    {"KG", {"кыргызстан", "кыргызская республика"}},
    {"BY", {"белоруссия", "республика беларусь"}},
    {"MD", {"молдавия", "республика молдова"}},
    {"AE", {"объединенные арабские эмираты", "uae"}},
    {"US", {"usa", "сша"}},
    {"GB", {"uk", "англия"}},
    {"KZ", {"республика казахстан"}},
};

std::vector<ImportField> buildFields() {
    std::vector<ImportField> fields;
    auto addTable = [&](TableId id) {
        const model::TableDef& table = Schema::table(id);
        for (const model::FieldDef& field : table.fields) {
            if (!importable(field)) continue;
            fields.push_back({QLatin1String(table.singular) + QLatin1Char('.') + QLatin1String(field.name), &table,
                              &field, ImportField::Special::None});
        }
    };
    fields.push_back({QLatin1String(kGroup), &Schema::table(TableId::Case), nullptr, ImportField::Special::Group});
    addTable(TableId::Case);
    fields.push_back(
        {QLatin1String(kFullName), &Schema::table(TableId::Person), nullptr, ImportField::Special::FullName});
    addTable(TableId::Person);
    addTable(TableId::CasePerson);
    addTable(TableId::Note);
    return fields;
}

QString labelOf(const ImportField& target) {
    const QString kind = QCoreApplication::translate("Fields", target.table->label);
    switch (target.special) {
        case ImportField::Special::Group:
            return QCoreApplication::translate("Import",
                                               "Case: number in the file (rows with the same one are one "
                                               "case)");
        case ImportField::Special::FullName:
            return QCoreApplication::translate("Import", "Person: full name (family name, given name, patronymic)");
        case ImportField::Special::None:
            break;
    }
    return QCoreApplication::translate("Import", "%1: %2")
        .arg(kind, QCoreApplication::translate("Fields", target.field->label));
}

// The vocabulary a target's values are keys of: a vocabulary's name, "country" or "language"; empty for others.
QString vocabularyOf(const ImportField& target) {
    if (target.field == nullptr) return QString();
    if (target.field->vocabulary) return model::Vocabulary::name(*target.field->vocabulary);
    if (target.field->type == FieldType::CountryCodes) return QStringLiteral("country");
    if (target.field->type == FieldType::LanguageCodes) return QStringLiteral("language");
    return QString();
}

QHash<QString, QString> headerNames() {
    QHash<QString, QString> names;
    // Labels first, so that the usual names below, written for spreadsheets, win where they differ.
    for (const ImportField& target : importFields()) {
        if (target.field == nullptr) continue;
        for (const QString& name : namesOf("Fields", target.field->label)) {
            names.insert(comparable(name), target.name);
            names.insert(
                comparable(QCoreApplication::translate("Fields", target.table->label) + QLatin1Char(' ') + name),
                target.name);
        }
    }
    for (const Synonyms& synonyms : kHeaderSynonyms) {
        for (const char* name : synonyms.names) {
            if (name != nullptr) names.insert(comparable(QString::fromUtf8(name)), QLatin1String(synonyms.target));
        }
    }
    return names;
}

QHash<QString, QString> vocabularyNames(const QString& vocabularyName) {
    QHash<QString, QString> names;
    if (vocabularyName == QLatin1String("country")) {
        for (const QLocale& language : {QLocale(QLocale::English), QLocale(QLocale::Russian), QLocale()}) {
            for (const model::Country& country : model::countries(language)) {
                names.insert(comparable(country.name), country.code);
                names.insert(comparable(country.code), country.code);
            }
        }
        for (const CountrySynonyms& synonyms : kCountrySynonyms) {
            for (const char* name : synonyms.names) {
                if (name != nullptr) names.insert(comparable(QString::fromUtf8(name)), QLatin1String(synonyms.code));
            }
        }
        return names;
    }
    if (vocabularyName == QLatin1String("language")) {
        for (int value = QLocale::AnyLanguage + 1; value <= QLocale::LastLanguage; ++value) {
            const auto language = static_cast<QLocale::Language>(value);
            QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (code.isEmpty()) code = QLocale::languageToCode(language, QLocale::ISO639Part3);
            if (code.isEmpty()) continue;
            names.insert(comparable(code), code);
            names.insert(comparable(QLocale::languageToString(language)), code);
            const QLocale locale(language);
            if (locale.language() == language) names.insert(comparable(locale.nativeLanguageName()), code);
        }
        return names;
    }
    const auto vocabulary = model::Vocabulary::byName(vocabularyName);
    if (!vocabulary) return names;
    for (const model::VocabularyEntry& entry : model::Vocabulary::entries(*vocabulary)) {
        names.insert(comparable(entry.key), entry.key);
        for (const QString& name : namesOf("Vocabulary", entry.label))
            names.insert(comparable(name), entry.key);
    }
    for (const ValueSynonyms& synonyms : kValueSynonyms) {
        if (vocabularyName != QLatin1String(synonyms.vocabulary)) continue;
        for (const char* name : synonyms.names) {
            if (name != nullptr) names.insert(comparable(QString::fromUtf8(name)), QLatin1String(synonyms.key));
        }
    }
    return names;
}

}  // namespace

const std::vector<ImportField>& importFields() {
    static const std::vector<ImportField> fields = buildFields();
    return fields;
}

const ImportField* importField(const QString& name) {
    for (const ImportField& target : importFields()) {
        if (target.name == name) return &target;
    }
    return nullptr;
}

QList<ImportTarget> describeImportTargets() {
    QList<ImportTarget> targets;
    for (const ImportField& target : importFields()) {
        ImportTarget described;
        described.name = target.name;
        described.label = labelOf(target);
        described.type = target.special == ImportField::Special::Group      ? QStringLiteral("group")
                         : target.special == ImportField::Special::FullName ? QStringLiteral("full_name")
                                                                            : model::fieldTypeName(target.field->type);
        described.vocabulary = vocabularyOf(target);
        targets << described;
    }
    return targets;
}

QString comparable(const QString& text) {
    QString result;
    result.reserve(text.size());
    bool space = false;
    for (QChar c : text.toLower()) {
        if (c == QChar(0x0451)) c = QChar(0x0435);         // ё → е
        if (c.isLetterOrNumber() || c == QChar(0x2116)) {  // letters, digits, №
            if (space && !result.isEmpty()) result += QLatin1Char(' ');
            result += c;
            space = false;
        } else {
            space = true;
        }
    }
    return result;
}

QString suggestTarget(const QString& header, const QHash<QString, QString>& remembered) {
    const QString key = comparable(header);
    if (key.isEmpty()) return QString();
    if (const auto found = remembered.constFind(key); found != remembered.constEnd()) return *found;
    static const QHash<QString, QString> names = headerNames();
    return names.value(key);
}

ValueMatcher::ValueMatcher(QHash<QString, QHash<QString, QString>> mapped) : m_mapped(std::move(mapped)) {}

const QHash<QString, QString>& ValueMatcher::known(const ImportField& target) const {
    const QString vocabulary = vocabularyOf(target);
    auto found = m_known.find(vocabulary);
    if (found == m_known.end()) found = m_known.insert(vocabulary, vocabularyNames(vocabulary));
    return *found;
}

std::optional<QString> ValueMatcher::key(const ImportField& target, const QString& text) const {
    const QString wanted = comparable(text);
    if (const auto mapped = m_mapped.constFind(target.name); mapped != m_mapped.constEnd()) {
        if (const auto entry = mapped->constFind(wanted); entry != mapped->constEnd()) return *entry;
    }
    const QHash<QString, QString>& names = known(target);
    if (const auto entry = names.constFind(wanted); entry != names.constEnd()) return *entry;
    return std::nullopt;
}

}  // namespace fieldcase::records
