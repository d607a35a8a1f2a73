#include "core/records/SpreadsheetImport.h"

#include "core/api/ImportMappingJson.h"

#include "core/crypto/Hash.h"
#include "core/db/Meta.h"
#include "core/importer/Spreadsheet.h"
#include "core/importer/Values.h"
#include "core/model/Schema.h"
#include "core/query/Duplicates.h"
#include "core/query/RecordRows.h"
#include "core/records/ImportMapping.h"
#include "core/records/Values.h"
#include "core/search/SearchIndex.h"
#include "core/store/Mutator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace fieldcase::records {

using model::FieldType;
using model::Schema;
using model::TableId;

namespace {

constexpr const char* kRememberedKey = "import_mapping";
constexpr const char* kImportedSheetsKey = "imported_sheets";  // fingerprint (hex) → when, ISO 8601
constexpr int kSampleRows = 5;
// A placeholder reference for checking a link or a note before the records it points to exist.
const QString kPlaceholderId = QStringLiteral("00000000000000000000000000000001");

// "A", "B"... "AA": how a spreadsheet program names a column.
QString columnLetter(int index) {
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

struct Remembered {
    QHash<QString, QString> columns;                 // comparable header → target
    QHash<QString, QHash<QString, QString>> values;  // target → comparable text → key
};

Result<Remembered> readRemembered(db::Connection& connection) {
    auto stored = db::readMeta(connection, kRememberedKey);
    if (!stored) return stored.error();
    const ImportMapping mapping = importMappingFromJson(QJsonDocument::fromJson(*stored).object());
    Remembered remembered;
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
        remembered.columns.insert(it.key(), it.value());
    for (auto target = mapping.values.begin(); target != mapping.values.end(); ++target) {
        for (auto it = target->begin(); it != target->end(); ++it)
            remembered.values[target.key()].insert(it.key(), it.value());
    }
    return remembered;
}

// Adds what `used` maps to what the vault remembers, headers and texts as comparable() makes them.
Result<void> writeRemembered(db::Connection& connection, const Remembered& remembered, const ImportMapping& used) {
    ImportMapping merged;
    for (auto it = remembered.columns.begin(); it != remembered.columns.end(); ++it)
        merged.columns.insert(it.key(), it.value());
    for (auto target = remembered.values.begin(); target != remembered.values.end(); ++target) {
        for (auto it = target->begin(); it != target->end(); ++it)
            merged.values[target.key()].insert(it.key(), it.value());
    }
    for (auto it = used.columns.begin(); it != used.columns.end(); ++it)
        merged.columns.insert(comparable(it.key()), it.value());
    for (auto target = used.values.begin(); target != used.values.end(); ++target) {
        for (auto it = target->begin(); it != target->end(); ++it)
            merged.values[target.key()].insert(comparable(it.key()), it.value());
    }
    return db::writeMeta(connection, kRememberedKey,
                         QJsonDocument(importMappingToJson(merged)).toJson(QJsonDocument::Compact));
}

bool isList(const ImportField& target) {
    if (target.field == nullptr) return false;
    switch (target.field->type) {
        case FieldType::Lines:
        case FieldType::ChoiceSet:
        case FieldType::CountryCodes:
        case FieldType::LanguageCodes:
            return true;
        default:
            return false;
    }
}

// What one row gives, before it joins a case and a person.
struct RowValues {
    int row = 0;
    QString group;  // as the file writes it
    QVariantMap caseFields;
    QVariantMap personFields;
    QVariantMap linkFields;
    QVariantMap noteFields;
    QStringList errors;
};

struct PlannedPerson {
    int firstRow = 0;
    QVariantMap fields;
    QString existingId;  // a person the vault holds, linked instead of made again
};

struct PlannedCase {
    int firstRow = 0;
    QString group;
    QVariantMap fields;
    QList<std::pair<int, QVariantMap>> links;  // planned person, the link's fields
    QList<QVariantMap> notes;
};

class SheetImport {
public:
    SheetImport(ImportContext& context, const ImportMapping& mapping, QStringList headers,
                QHash<QString, QHash<QString, QString>> values)
        : m_context(context), m_mapping(mapping), m_headers(std::move(headers)), m_matcher(std::move(values)) {}

    Result<void> resolveColumns();
    void readRow(int rowNumber, const QStringList& cells, ImportReport& report);
    Result<void> finish(ImportReport& report);
    // Writes the records, the remembered mapping and the sheets imported so far (with this one) in one batch.
    Result<void> write(ImportReport& report, const QJsonObject& importedSheets);

private:
    void put(RowValues& values, const ImportField& target, const QString& column, const QString& cell);
    void putValue(RowValues& values, const ImportField& target, const QString& column, const QVariant& value);
    QVariant convert(RowValues& values, const ImportField& target, const QString& column, const QString& cell);
    void unknown(RowValues& values, const ImportField& target, const QString& column, const QString& text);
    QStringList check(const RowValues& values) const;
    QString conflict(const PlannedCase& planned, const QVariantMap& fields) const;
    int personFor(const RowValues& values);
    static QVariantMap merged(QVariantMap into, const QVariantMap& from);

    ImportContext& m_context;
    const ImportMapping& m_mapping;
    QStringList m_headers;
    ValueMatcher m_matcher;
    std::vector<std::pair<int, const ImportField*>> m_columns;  // column index, target
    std::map<QString, ImportUnknownValue> m_unknown;            // target + comparable text
    std::vector<PlannedCase> m_cases;
    QHash<QString, int> m_caseByKey;
    std::vector<PlannedPerson> m_people;
    QHash<QString, int> m_personByKey;
};

Result<void> SheetImport::resolveColumns() {
    for (int column = 0; column < m_headers.size(); ++column) {
        const QString target = m_mapping.columns.value(m_headers[column]);
        if (target.isEmpty()) continue;
        const ImportField* field = importField(target);
        if (field == nullptr) {
            return makeError(
                ErrorCode::Usage,
                QCoreApplication::translate(
                    "Import", "The mapping sends the column '%1' to '%2', which is not a field the import knows.")
                    .arg(m_headers[column], target));
        }
        m_columns.emplace_back(column, field);
    }
    if (m_columns.empty()) {
        return makeError(
            ErrorCode::Usage,
            QCoreApplication::translate(
                "Import", "No column of the sheet is mapped to a field: map at least one column to import."));
    }
    return {};
}

void SheetImport::unknown(RowValues& values, const ImportField& target, const QString& column, const QString& text) {
    values.errors << QCoreApplication::translate(
                         "Import", "'%1' in the column '%2' is not a value Fieldcase knows: map it to one.")
                         .arg(text, column);
    auto& entry = m_unknown[target.name + QLatin1Char('\n') + comparable(text)];
    if (entry.rows == 0) {
        entry.target = target.name;
        entry.text = text;
        entry.firstRow = values.row;
    }
    ++entry.rows;
}

QVariant SheetImport::convert(RowValues& values, const ImportField& target, const QString& column,
                              const QString& cell) {
    const QString text = cell.simplified();
    switch (target.field->type) {
        case FieldType::Text:
            return text;
        case FieldType::LongText:
            return cell.trimmed();
        case FieldType::Lines: {
            static const QRegularExpression separators(QStringLiteral("[\\n;,]"));
            QStringList items;
            for (const QString& item : cell.split(separators)) {
                if (!item.simplified().isEmpty()) items << item.simplified();
            }
            return items;
        }
        case FieldType::Date: {
            if (const auto date = importer::parseDate(text)) return date->toString(Qt::ISODate);
            values.errors << QCoreApplication::translate(
                                 "Import",
                                 "'%1' in the column '%2' is not a date (write it as 31.12.1990 or 1990-12-31).")
                                 .arg(text, column);
            return QVariant();
        }
        case FieldType::Integer: {
            static const QRegularExpression number(
                QStringLiteral("^(\\d{1,9})(?:[.,]0+)?(?:\\s*(?:лет|года|год|years?|y))?$"),
                QRegularExpression::CaseInsensitiveOption);
            if (const auto match = number.match(text); match.hasMatch()) return match.captured(1).toLongLong();
            values.errors << QCoreApplication::translate("Import", "'%1' in the column '%2' is not a whole number.")
                                 .arg(text, column);
            return QVariant();
        }
        case FieldType::Boolean: {
            static const QSet<QString> yes{QStringLiteral("да"), QStringLiteral("д"),    QStringLiteral("yes"),
                                           QStringLiteral("y"),  QStringLiteral("true"), QStringLiteral("истина"),
                                           QStringLiteral("1"),  QStringLiteral("+"),    QStringLiteral("x"),
                                           QStringLiteral("х")};
            static const QSet<QString> no{QStringLiteral("нет"), QStringLiteral("н"),     QStringLiteral("no"),
                                          QStringLiteral("n"),   QStringLiteral("false"), QStringLiteral("ложь"),
                                          QStringLiteral("0"),   QStringLiteral("-")};
            const QString lowered = text.toLower();
            if (yes.contains(lowered)) return true;
            if (no.contains(lowered)) return false;
            values.errors << QCoreApplication::translate("Import", "'%1' in the column '%2' is neither yes nor no.")
                                 .arg(text, column);
            return QVariant();
        }
        case FieldType::Choice: {
            const auto key = m_matcher.key(target, text);
            if (!key) {
                unknown(values, target, column, text);
                return QVariant();
            }
            return key->isEmpty() ? QVariant() : QVariant(*key);
        }
        case FieldType::ChoiceSet:
        case FieldType::CountryCodes:
        case FieldType::LanguageCodes: {
            if (const auto whole = m_matcher.key(target, text)) {
                return whole->isEmpty() ? QVariant() : QVariant(QStringList{*whole});
            }
            static const QRegularExpression separators(QStringLiteral("[\\n;,/]"));
            QStringList keys;
            for (const QString& part : text.split(separators)) {
                const QString item = part.simplified();
                if (item.isEmpty()) continue;
                const auto key = m_matcher.key(target, item);
                if (!key) {
                    unknown(values, target, column, item);
                } else if (!key->isEmpty() && !keys.contains(*key)) {
                    keys << *key;
                }
            }
            return keys.isEmpty() ? QVariant() : QVariant(keys);
        }
        case FieldType::DateTime:
        case FieldType::Reference:
            break;  // not import targets
    }
    return QVariant();
}

void SheetImport::putValue(RowValues& values, const ImportField& target, const QString& column, const QVariant& value) {
    if (!value.isValid()) return;
    QVariantMap* fields = &values.caseFields;
    switch (target.table->id) {
        case TableId::Person:
            fields = &values.personFields;
            break;
        case TableId::CasePerson:
            fields = &values.linkFields;
            break;
        case TableId::Note:
            fields = &values.noteFields;
            break;
        default:
            break;
    }
    const QString name = QLatin1String(target.field->name);
    if (!fields->contains(name)) {
        fields->insert(name, value);
    } else if (isList(target)) {
        QStringList items = fields->value(name).toStringList();
        for (const QString& item : value.toStringList()) {
            if (!items.contains(item)) items << item;
        }
        fields->insert(name, items);
    } else if (fields->value(name) != value) {
        values.errors << QCoreApplication::translate("Import", "The column '%1' gives %2 a second value, '%3'.")
                             .arg(column, QCoreApplication::translate("Fields", target.field->label), value.toString());
    }
}

void SheetImport::put(RowValues& values, const ImportField& target, const QString& column, const QString& cell) {
    switch (target.special) {
        case ImportField::Special::Group:
            if (!values.group.isEmpty() && comparable(values.group) != comparable(cell)) {
                values.errors << QCoreApplication::translate(
                                     "Import", "The column '%1' gives the row a second case number, '%2'.")
                                     .arg(column, cell.simplified());
            } else {
                values.group = cell.simplified();
            }
            return;
        case ImportField::Special::FullName: {
            // Family name first, as Russian files write ФИО; a fourth word and after belong to the patronymic
            // ("Бахтияр кизи"); one word alone is a given name.
            const QStringList words = cell.simplified().split(QLatin1Char(' '));
            const model::TableDef& person = Schema::table(TableId::Person);
            auto field = [&](const char* name) {
                return ImportField{QString(), &person, Schema::field(person, QLatin1String(name)),
                                   ImportField::Special::None};
            };
            if (words.size() == 1) {
                putValue(values, field("given_name"), column, words[0]);
                return;
            }
            putValue(values, field("family_name"), column, words[0]);
            putValue(values, field("given_name"), column, words[1]);
            if (words.size() > 2) putValue(values, field("patronymic"), column, words.mid(2).join(QLatin1Char(' ')));
            return;
        }
        case ImportField::Special::None:
            putValue(values, target, column, convert(values, target, column, cell));
            return;
    }
}

// The checks the store will make, per row, so that a row that would fail is rejected alone with its reason.
QStringList SheetImport::check(const RowValues& values) const {
    QStringList errors;
    const QString today = m_context.today.toString(Qt::ISODate);
    auto checkRecord = [&](TableId id, QVariantMap fields) {
        const model::TableDef& table = Schema::table(id);
        if (auto normalised = normalise(table, withDefaults(table, std::move(fields), today, m_context.now), true);
            !normalised) {
            errors << normalised.error().message;
        }
    };
    QVariantMap caseFields = values.caseFields;
    if (!caseFields.contains(QStringLiteral("title"))) caseFields.insert(QStringLiteral("title"), QStringLiteral("-"));
    checkRecord(TableId::Case, caseFields);
    if (!values.personFields.isEmpty()) {
        checkRecord(TableId::Person, values.personFields);
        QVariantMap link = values.linkFields;
        link.insert(QStringLiteral("case_id"), kPlaceholderId);
        link.insert(QStringLiteral("person_id"), kPlaceholderId);
        if (!link.contains(QStringLiteral("role"))) link.insert(QStringLiteral("role"), QStringLiteral("Survivor"));
        checkRecord(TableId::CasePerson, link);
    }
    if (!values.noteFields.isEmpty()) {
        QVariantMap note = values.noteFields;
        note.insert(QStringLiteral("case_id"), kPlaceholderId);
        checkRecord(TableId::Note, note);
    }
    return errors;
}

QVariantMap SheetImport::merged(QVariantMap into, const QVariantMap& from) {
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!into.contains(it.key())) {
            into.insert(it.key(), it.value());
        } else if (it.value().typeId() == QMetaType::QStringList) {
            QStringList items = into.value(it.key()).toStringList();
            for (const QString& item : it.value().toStringList()) {
                if (!items.contains(item)) items << item;
            }
            into.insert(it.key(), items);
        }
    }
    return into;
}

// Why a row cannot join a case earlier rows made: it gives one of the case's fields another value.
QString SheetImport::conflict(const PlannedCase& planned, const QVariantMap& fields) const {
    const model::TableDef& table = Schema::table(TableId::Case);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().typeId() == QMetaType::QStringList || !planned.fields.contains(it.key())) continue;
        if (planned.fields.value(it.key()) == it.value()) continue;
        const model::FieldDef* field = Schema::field(table, it.key());
        return QCoreApplication::translate("Import", "Row %1 gives the case '%2' %3 '%4'; this row says '%5'.")
            .arg(planned.firstRow)
            .arg(planned.group, QCoreApplication::translate("Fields", field->label),
                 planned.fields.value(it.key()).toString(), it.value().toString());
    }
    return QString();
}

// The person of the file this row names: the same as an earlier row's when the names and the birth date, or a phone
// number, agree; a new one otherwise.
int SheetImport::personFor(const RowValues& values) {
    const search::TextAnalyzer& analyzer = m_context.index.analyzer();
    QString name;
    for (const char* field : {"family_name", "given_name", "patronymic"})
        name += analyzer.nameKey(values.personFields.value(QLatin1String(field)).toString()) + QLatin1Char('|');
    QStringList keys;
    const QString birth = values.personFields.value(QStringLiteral("birth_date")).toString();
    if (name.size() > 3 && !birth.isEmpty()) keys << name + birth;
    for (const QString& phone : values.personFields.value(QStringLiteral("phones")).toStringList()) {
        QString digits;
        for (const QChar c : phone) {
            if (c.isDigit()) digits += c;
        }
        if (name.size() > 3 && digits.size() >= 7) keys << name + digits.right(10);
    }
    for (const QString& key : keys) {
        // The index is copied out before the inserts below, which may move the table the iterator points into.
        const int index = m_personByKey.value(key, -1);
        if (index < 0) continue;
        PlannedPerson& person = m_people[static_cast<std::size_t>(index)];
        person.fields = merged(person.fields, values.personFields);
        for (const QString& other : keys)
            m_personByKey.insert(other, index);
        return index;
    }
    const int index = static_cast<int>(m_people.size());
    m_people.push_back({values.row, values.personFields, QString()});
    for (const QString& key : keys)
        m_personByKey.insert(key, index);
    return index;
}

void SheetImport::readRow(int rowNumber, const QStringList& cells, ImportReport& report) {
    bool blank = true;
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty()) {
            blank = false;
            break;
        }
    }
    if (blank) return;
    ++report.rows;
    if (report.sample.size() < kSampleRows) report.sample << cells;

    RowValues values;
    values.row = rowNumber;
    // A row with nothing but a case number ("Итого" under the numbers, a total) makes no case.
    bool mapped = false;
    for (const auto& [column, target] : m_columns) {
        const QString cell = column < cells.size() ? cells[column] : QString();
        if (cell.trimmed().isEmpty()) continue;
        mapped = mapped || target->special != ImportField::Special::Group;
        put(values, *target, m_headers[column], cell);
    }
    if (!mapped) {
        report.rejected << ImportRejection{
            rowNumber, QCoreApplication::translate("Import",
                                                   "Nothing to import: the row has values only in columns left out "
                                                   "or a case number alone.")};
        return;
    }
    if (values.errors.isEmpty()) values.errors = check(values);

    const QString caseKey = values.group.isEmpty() ? QStringLiteral("row %1").arg(rowNumber)
                                                   : QStringLiteral("group ") + comparable(values.group);
    const auto existing = m_caseByKey.constFind(caseKey);
    if (values.errors.isEmpty() && existing != m_caseByKey.constEnd()) {
        const QString why = conflict(m_cases[static_cast<std::size_t>(*existing)], values.caseFields);
        if (!why.isEmpty()) values.errors << why;
    }
    if (!values.errors.isEmpty()) {
        report.rejected << ImportRejection{rowNumber, values.errors.join(QLatin1Char(' '))};
        return;
    }

    int caseIndex = 0;
    if (existing == m_caseByKey.constEnd()) {
        caseIndex = static_cast<int>(m_cases.size());
        m_cases.push_back({rowNumber, values.group, values.caseFields, {}, {}});
        m_caseByKey.insert(caseKey, caseIndex);
    } else {
        caseIndex = *existing;
    }
    PlannedCase& planned = m_cases[static_cast<std::size_t>(caseIndex)];
    planned.fields = merged(planned.fields, values.caseFields);
    if (!values.personFields.isEmpty()) {
        const int person = personFor(values);
        QVariantMap link = values.linkFields;
        if (!link.contains(QStringLiteral("role"))) link.insert(QStringLiteral("role"), QStringLiteral("Survivor"));
        const bool linked = std::any_of(planned.links.begin(), planned.links.end(),
                                        [&](const auto& other) { return other.first == person; });
        if (!linked) planned.links.append({person, link});
    }
    if (!values.noteFields.isEmpty()) planned.notes << values.noteFields;
}

// A case's title when the file gives none: its first person's name, else its number in the file, else its row.
QString titleOf(const PlannedCase& planned, const std::vector<PlannedPerson>& people) {
    if (!planned.links.isEmpty()) {
        const QVariantMap& person = people[static_cast<std::size_t>(planned.links.first().first)].fields;
        QStringList words;
        for (const char* field : {"family_name", "given_name", "patronymic"}) {
            const QString word = person.value(QLatin1String(field)).toString();
            if (!word.isEmpty()) words << word;
        }
        if (words.isEmpty()) words = person.value(QStringLiteral("aliases")).toStringList().mid(0, 1);
        if (!words.isEmpty()) return words.join(QLatin1Char(' '));
    }
    if (!planned.group.isEmpty())
        return QCoreApplication::translate("Import", "Case %1 of the imported file").arg(planned.group);
    return QCoreApplication::translate("Import", "Row %1 of the imported file").arg(planned.firstRow);
}

Result<void> SheetImport::finish(ImportReport& report) {
    for (PlannedCase& planned : m_cases) {
        if (!planned.fields.contains(QStringLiteral("title")))
            planned.fields.insert(QStringLiteral("title"), titleOf(planned, m_people));
        if (!planned.group.isEmpty()) {
            QStringList tags = planned.fields.value(QStringLiteral("tags")).toStringList();
            const QString tag =
                planned.group.startsWith(QChar(0x2116)) ? planned.group : QStringLiteral("№ ") + planned.group;
            if (!tags.contains(tag)) tags << tag;
            planned.fields.insert(QStringLiteral("tags"), tags);
        }
    }
    query::DuplicateFinder finder(m_context.connection, m_context.index, m_context.today);
    int newPeople = 0;
    for (PlannedPerson& person : m_people) {
        RecordData asked;
        asked.kind = QStringLiteral("person");
        asked.fields = person.fields;
        auto candidates = finder.find(asked);
        if (!candidates) return candidates.error();
        if (candidates->isEmpty()) {
            ++newPeople;
            continue;
        }
        const DuplicateCandidate& likeliest = candidates->first();
        const bool same = likeliest.reasons.contains(QStringLiteral("name")) &&
                          (likeliest.reasons.contains(QStringLiteral("birth_date")) ||
                           likeliest.reasons.contains(QStringLiteral("phone")));
        if (same) {
            person.existingId = likeliest.id;
        } else {
            ++newPeople;
        }
        report.duplicates << ImportDuplicate{
            person.firstRow, query::personName(asked), likeliest.id,
            likeliest.name,  likeliest.reasons,        same ? QStringLiteral("linked") : QStringLiteral("created")};
    }
    int links = 0;
    int notes = 0;
    for (const PlannedCase& planned : m_cases) {
        links += static_cast<int>(planned.links.size());
        notes += static_cast<int>(planned.notes.size());
    }
    report.created = {{QStringLiteral("case"), static_cast<int>(m_cases.size())},
                      {QStringLiteral("person"), newPeople},
                      {QStringLiteral("case_person"), links},
                      {QStringLiteral("note"), notes}};
    for (const auto& [key, value] : m_unknown)
        report.unknownValues << value;
    return {};
}

Result<void> SheetImport::write(ImportReport& report, const QJsonObject& importedSheets) {
    const QString today = m_context.today.toString(Qt::ISODate);
    auto batch = m_context.mutator.begin();
    if (!batch) return batch.error();
    auto insert = [&](TableId id, const QVariantMap& fields) -> Result<QByteArray> {
        const model::TableDef& table = Schema::table(id);
        auto values = normalise(table, withDefaults(table, fields, today, m_context.now), true);
        if (!values) return values.error();
        return (*batch)->insert(table, *values);
    };
    QHash<int, QString> personIds;
    for (const PlannedCase& planned : m_cases) {
        auto caseId = insert(TableId::Case, planned.fields);
        if (!caseId) return caseId.error();
        const QString caseHex = query::hexOf(*caseId);
        for (const auto& [person, linkFields] : planned.links) {
            if (!personIds.contains(person)) {
                const PlannedPerson& plannedPerson = m_people[static_cast<std::size_t>(person)];
                if (!plannedPerson.existingId.isEmpty()) {
                    personIds.insert(person, plannedPerson.existingId);
                } else {
                    auto personId = insert(TableId::Person, plannedPerson.fields);
                    if (!personId) return personId.error();
                    personIds.insert(person, query::hexOf(*personId));
                }
            }
            QVariantMap link = linkFields;
            link.insert(QStringLiteral("case_id"), caseHex);
            link.insert(QStringLiteral("person_id"), personIds.value(person));
            FC_TRY(insert(TableId::CasePerson, link));
        }
        for (QVariantMap note : planned.notes) {
            note.insert(QStringLiteral("case_id"), caseHex);
            FC_TRY(insert(TableId::Note, note));
        }
    }
    auto remembered = readRemembered(m_context.connection);
    if (!remembered) return remembered.error();
    FC_TRY(writeRemembered(m_context.connection, *remembered, report.mapping));
    FC_TRY(db::writeMeta(m_context.connection, kImportedSheetsKey,
                         QJsonDocument(importedSheets).toJson(QJsonDocument::Compact)));
    FC_TRY((*batch)->commit());
    report.written = true;
    return {};
}

// What identifies a sheet whatever file holds it (CSV or XLSX, saved again, renamed): its cells from the header row
// down, hashed.
QString fingerprintOf(const importer::Sheet& sheet, qsizetype headerIndex) {
    crypto::StreamHash hash;
    for (qsizetype row = headerIndex; row < sheet.rows.size(); ++row) {
        for (const QString& cell : sheet.rows[row])
            hash.add(cell.toUtf8() + '\x1f');
        hash.add(QByteArray(1, '\x1e'));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QJsonObject> readImportedSheets(db::Connection& connection) {
    auto stored = db::readMeta(connection, kImportedSheetsKey);
    if (!stored) return stored.error();
    return QJsonDocument::fromJson(*stored).object();
}

// The sheet the request names (the first when it names none).
Result<const importer::Sheet*> chooseSheet(const importer::Spreadsheet& spreadsheet, const QString& name) {
    if (spreadsheet.sheets.isEmpty())
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Import", "The file holds no sheet to import."));
    if (name.isEmpty()) return &spreadsheet.sheets.first();
    QStringList names;
    for (const importer::Sheet& sheet : spreadsheet.sheets) {
        if (sheet.name == name) return &sheet;
        names << sheet.name;
    }
    return makeError(ErrorCode::Usage, QCoreApplication::translate("Import", "The file has no sheet '%1'; it has: %2.")
                                           .arg(name, names.join(QStringLiteral(", "))));
}

}  // namespace

Result<ImportReport> importSpreadsheet(ImportContext& context, const importer::Spreadsheet& spreadsheet,
                                       const ImportRequest& request) {
    ImportReport report;
    for (const importer::Sheet& sheet : spreadsheet.sheets)
        report.sheets << sheet.name;
    auto sheet = chooseSheet(spreadsheet, request.mapping.sheet);
    if (!sheet) return sheet.error();
    const importer::Sheet& rows = **sheet;
    report.sheet = rows.name;

    const int headerIndex = request.mapping.headerRow > 0 ? request.mapping.headerRow - 1
                                                          : static_cast<int>(importer::suggestHeaderRow(rows));
    if (headerIndex >= rows.rows.size()) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Import", "The sheet '%1' ends before the header row %2.")
                             .arg(rows.name)
                             .arg(headerIndex + 1));
    }
    report.headerRow = headerIndex + 1;
    int width = 0;
    for (const QStringList& row : rows.rows)
        width = std::max(width, static_cast<int>(row.size()));
    const QStringList& headerCells = rows.rows.isEmpty() ? QStringList() : rows.rows[headerIndex];
    // A column is named by its header, by its letter when it has none; a header that repeats ("Телефон" twice) is
    // numbered from its second column on ("Телефон (2)"), so that each column can be mapped on its own.
    QHash<QString, int> seen;
    for (int column = 0; column < width; ++column) {
        QString header = column < headerCells.size() ? headerCells[column].simplified() : QString();
        if (header.isEmpty()) header = columnLetter(column);
        const int times = ++seen[header];
        report.headers << (times == 1 ? header : QStringLiteral("%1 (%2)").arg(header).arg(times));
    }

    auto remembered = readRemembered(context.connection);
    if (!remembered) return remembered.error();
    report.mapping = request.mapping;
    report.mapping.sheet = rows.name;
    report.mapping.headerRow = report.headerRow;
    if (request.mapping.columns.isEmpty()) {
        // One column per single-valued field: the first that names it; lists take every column that names them.
        QSet<QString> taken;
        static const QRegularExpression repeated(QStringLiteral("^(.*) \\(\\d+\\)$"));
        for (const QString& header : report.headers) {
            QString target = suggestTarget(header, remembered->columns);
            if (const auto match = repeated.match(header); target.isEmpty() && match.hasMatch()) {
                // "Телефон (2)": a list field named again takes this column too.
                const QString first = suggestTarget(match.captured(1), remembered->columns);
                if (const ImportField* field = importField(first); field != nullptr && isList(*field)) target = first;
            }
            const ImportField* field = importField(target);
            if (field == nullptr || report.mapping.columns.contains(header)) continue;
            if (!isList(*field) && taken.contains(target)) continue;
            taken.insert(target);
            report.mapping.columns.insert(header, target);
        }
    }
    QHash<QString, QHash<QString, QString>> values = remembered->values;
    for (auto target = request.mapping.values.begin(); target != request.mapping.values.end(); ++target) {
        for (auto it = target->begin(); it != target->end(); ++it)
            values[target.key()].insert(comparable(it.key()), it.value());
    }

    const QString fingerprint = fingerprintOf(rows, headerIndex);
    auto importedSheets = readImportedSheets(context.connection);
    if (!importedSheets) return importedSheets.error();
    report.importedBefore = importedSheets->value(fingerprint).toString();
    if (!request.dryRun && !request.again && !report.importedBefore.isEmpty()) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Import",
                                                     "This sheet was imported into the vault on %1: its cases are "
                                                     "there already. Import it again only if you mean to make them "
                                                     "twice (the wizard asks; the command line takes --again).")
                             .arg(report.importedBefore));
    }

    SheetImport import(context, report.mapping, report.headers, std::move(values));
    FC_TRY(import.resolveColumns());
    for (qsizetype row = headerIndex + 1; row < rows.rows.size(); ++row)
        import.readRow(static_cast<int>(row) + 1, rows.rows[row], report);
    FC_TRY(import.finish(report));
    if (!request.dryRun) {
        importedSheets->insert(fingerprint, context.now);
        FC_TRY(import.write(report, *importedSheets));
    }
    return report;
}

}  // namespace fieldcase::records
