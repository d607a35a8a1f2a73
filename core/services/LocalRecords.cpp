#include "core/services/LocalRecords.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/crypto/Hash.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/model/Validation.h"
#include "core/model/Vocabulary.h"
#include "core/query/CaseList.h"
#include "core/query/CsvExport.h"
#include "core/query/Duplicates.h"
#include "core/query/FollowUps.h"
#include "core/query/History.h"
#include "core/query/RecordRows.h"
#include "core/query/Records.h"
#include "core/query/Search.h"
#include "core/services/LocalVault.h"
#include "core/services/VaultSession.h"
#include "core/store/Mutator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace fieldcase {

namespace {

using model::FieldDef;
using model::FieldType;
using model::Schema;
using model::TableDef;
using model::TableId;

QString typeName(FieldType type) {
    switch (type) {
        case FieldType::Text:
            return QStringLiteral("text");
        case FieldType::LongText:
            return QStringLiteral("long_text");
        case FieldType::Lines:
            return QStringLiteral("lines");
        case FieldType::Date:
            return QStringLiteral("date");
        case FieldType::DateTime:
            return QStringLiteral("datetime");
        case FieldType::Integer:
            return QStringLiteral("integer");
        case FieldType::Boolean:
            return QStringLiteral("boolean");
        case FieldType::Choice:
            return QStringLiteral("choice");
        case FieldType::ChoiceSet:
            return QStringLiteral("choice_set");
        case FieldType::CountryCodes:
            return QStringLiteral("country_codes");
        case FieldType::LanguageCodes:
            return QStringLiteral("language_codes");
        case FieldType::Reference:
            return QStringLiteral("reference");
    }
    return {};
}

// Defaults a person would expect when a field is left out on creation.
QVariantMap withDefaults(const TableDef& table, QVariantMap fields, const QString& today, const QString& now) {
    auto setDefault = [&](const char* name, const QString& value) {
        if (!fields.contains(QLatin1String(name))) fields.insert(QLatin1String(name), value);
    };
    switch (table.id) {
        case TableId::Case:
            setDefault("status", QStringLiteral("Active"));
            setDefault("opened_on", today);
            break;
        case TableId::Encounter:
            setDefault("at", now);
            break;
        case TableId::Referral:
            setDefault("status", QStringLiteral("Planned"));
            break;
        case TableId::FollowUp:
            setDefault("state", QStringLiteral("Open"));
            break;
        default:
            break;
    }
    return fields;
}

// Validates and normalises every given field; on creation, required fields must all be present.
Result<store::FieldValues> normalise(const TableDef& table, const QVariantMap& given, bool creating) {
    store::FieldValues values;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const FieldDef* field = Schema::field(table, it.key());
        if (field == nullptr) {
            return makeError(ErrorCode::Usage, QCoreApplication::translate("Records", "A %1 has no field '%2'.")
                                                   .arg(query::kindLabel(table), it.key()));
        }
        if (field->generated) {
            return makeError(ErrorCode::Rejected,
                             QCoreApplication::translate("Records", "%1 is set by Fieldcase and cannot be changed.")
                                 .arg(QCoreApplication::translate("Fields", field->label)));
        }
        if (field->id == model::kArchivedFieldId) {
            return makeError(ErrorCode::Usage,
                             QCoreApplication::translate("Records", "Use archive or restore to archive a record."));
        }
        auto value = model::normalizeFieldValue(table, *field, it.value());
        if (!value) return value.error();
        values.emplace_back(field, *value);
    }
    if (creating) {
        for (const auto& field : table.fields) {
            if (field.required && !given.contains(QLatin1String(field.name))) {
                return makeError(ErrorCode::Rejected,
                                 QCoreApplication::translate("Records", "%1: this field is required.")
                                     .arg(QCoreApplication::translate("Fields", field.label)));
            }
        }
    }
    return values;
}

}  // namespace

QList<FieldInfo> LocalRecords::fields(const QString& kind) const {
    QList<FieldInfo> result;
    const TableDef* table = Schema::tableBySingular(kind);
    if (table == nullptr) return result;
    for (const auto& field : table->fields) {
        FieldInfo info;
        info.name = QLatin1String(field.name);
        info.label = QCoreApplication::translate("Fields", field.label);
        info.type = typeName(field.type);
        if (field.vocabulary) info.vocabulary = model::Vocabulary::name(*field.vocabulary);
        if (field.references) info.references = QLatin1String(Schema::table(*field.references).singular);
        info.required = field.required;
        info.generated = field.generated;
        info.maxLength = field.maxLength;
        result << info;
    }
    return result;
}

QList<VocabularyItem> LocalRecords::vocabulary(const QString& name) const {
    QList<VocabularyItem> items;
    const auto vocabulary = model::Vocabulary::byName(name);
    if (!vocabulary) return items;
    for (const auto& entry : model::Vocabulary::entries(*vocabulary)) {
        items << VocabularyItem{entry.key, model::Vocabulary::label(*vocabulary, entry.key),
                                model::Vocabulary::description(*vocabulary, entry.key)};
    }
    return items;
}

QString LocalRecords::today() const {
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date().toString(Qt::ISODate);
}

Result<QString> LocalRecords::create(const QString& kind, const QVariantMap& given) {
    const LocalVault::Call call(m_vault);
    auto ids = createMany(kind, {given});
    if (!ids) return ids.error();
    return ids->first();
}

Result<QStringList> LocalRecords::createMany(const QString& kind, const QList<QVariantMap>& records) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto table = query::tableFor(kind);
    if (!table) return table.error();
    if ((*table)->id == TableId::Attachment) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Records", "Attach a file to a case or a person instead."));
    }
    const QString now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toUTC().toString(Qt::ISODate);
    const QString date = today();
    std::vector<store::FieldValues> rows;
    rows.reserve(static_cast<std::size_t>(records.size()));
    for (const QVariantMap& given : records) {
        auto values = normalise(**table, withDefaults(**table, given, date, now), true);
        if (!values) return values.error();
        rows.push_back(std::move(*values));
    }
    auto batch = session->mutator.begin();
    if (!batch) return batch.error();
    QStringList ids;
    ids.reserve(records.size());
    for (const auto& values : rows) {
        auto id = (*batch)->insert(**table, values);
        if (!id) return id.error();
        ids << query::hexOf(*id);
    }
    FC_TRY((*batch)->commit());
    return ids;
}

Result<void> LocalRecords::update(const QString& kind, const QString& id, const QVariantMap& changes) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto table = query::tableFor(kind);
    if (!table) return table.error();
    auto rowId = query::parseId(**table, id);
    if (!rowId) return rowId.error();
    auto values = normalise(**table, changes, false);
    if (!values) return values.error();
    auto batch = session->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY((*batch)->update(**table, *rowId, *values));
    return (*batch)->commit();
}

Result<void> LocalRecords::setArchived(const QString& kind, const QString& id, bool archived) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto table = query::tableFor(kind);
    if (!table) return table.error();
    if ((*table)->appendOnly) {
        return makeError(
            ErrorCode::Rejected,
            QCoreApplication::translate("Records", "Notes cannot be archived; purge a note written by mistake."));
    }
    auto rowId = query::parseId(**table, id);
    if (!rowId) return rowId.error();
    const FieldDef* field = Schema::fieldById(**table, model::kArchivedFieldId);
    auto batch = session->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY((*batch)->update(**table, *rowId, {{field, qint64{archived ? 1 : 0}}}));
    return (*batch)->commit();
}

Result<void> LocalRecords::archive(const QString& kind, const QString& id) {
    return setArchived(kind, id, true);
}
Result<void> LocalRecords::restore(const QString& kind, const QString& id) {
    return setArchived(kind, id, false);
}

Result<void> LocalRecords::purge(const QString& kind, const QString& id) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto table = query::tableFor(kind);
    if (!table) return table.error();
    auto rowId = query::parseId(**table, id);
    if (!rowId) return rowId.error();
    auto batch = session->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY((*batch)->purge(**table, *rowId));
    return (*batch)->commit();
}

Result<RecordData> LocalRecords::get(const QString& kind, const QString& id) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto table = query::tableFor(kind);
    if (!table) return table.error();
    return query::record(session->connection, **table, id);
}

Result<CaseListPage> LocalRecords::listCases(const CaseListQuery& query) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    return query::listCases(session->connection, query, today());
}

Result<QList<RecordData>> LocalRecords::list(const QString& kind, int offset, int limit) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto table = query::tableFor(kind);
    if (!table) return table.error();
    return query::records(session->connection, **table, offset, limit);
}

Result<CaseDetails> LocalRecords::caseDetails(const QString& id) {
    const LocalVault::Call call(m_vault);
    auto record = get(QStringLiteral("case"), id);
    if (!record) return record.error();
    VaultSession* session = call.session();
    return query::caseDetails(session->connection, std::move(*record));
}

Result<QStringList> LocalRecords::caseWorkers() {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    return query::caseWorkers(session->connection);
}

Result<QString> LocalRecords::workerName() {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    return session->mutator.identity().worker;
}

Result<FollowUpPage> LocalRecords::followUps(const FollowUpQuery& query) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    return query::followUps(session->connection, query);
}

Result<QList<SearchHit>> LocalRecords::search(const SearchQuery& query) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    return query::search(session->connection, session->index, query, today());
}

Result<QList<HistoryEntry>> LocalRecords::history(const QString& kind, const QString& id) {
    const LocalVault::Call call(m_vault);
    auto record = get(kind, id);
    if (!record) return record.error();
    VaultSession* session = call.session();
    const model::TableDef* table = *query::tableFor(kind);  // get() found the record, so the kind is known
    return query::history(session->connection, *table, QByteArray::fromHex(id.toLatin1()));
}

Result<QVariantMap> LocalRecords::counts() {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    return query::counts(session->connection);
}

Result<QStringList> LocalRecords::exportCsv(const QString& dir) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    return query::exportCsv(session->connection, dir);
}

Result<QList<DuplicateCandidate>> LocalRecords::possibleDuplicates(const QString& personId) {
    const LocalVault::Call call(m_vault);
    auto person = get(QStringLiteral("person"), personId);
    if (!person) return person.error();
    VaultSession* session = call.session();
    return query::possibleDuplicates(session->connection, session->index, *person,
                                     QDate::fromString(today(), Qt::ISODate));
}

Result<void> LocalRecords::mergePeople(const QString& keepId, const QString& duplicateId) {
    const LocalVault::Call call(m_vault);
    if (keepId.compare(duplicateId, Qt::CaseInsensitive) == 0) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Records", "A person cannot be merged into themselves."));
    }
    auto keep = get(QStringLiteral("person"), keepId);
    if (!keep) return keep.error();
    auto duplicate = get(QStringLiteral("person"), duplicateId);
    if (!duplicate) return duplicate.error();
    VaultSession* session = call.session();
    const TableDef& persons = Schema::table(TableId::Person);
    const QByteArray keepRow = QByteArray::fromHex(keep->id.toLatin1());
    const QByteArray duplicateRow = QByteArray::fromHex(duplicate->id.toLatin1());

    // What the kept person gains: empty fields filled, lists joined, the duplicate's name as an alias.
    QVariantMap gains;
    for (const auto& field : persons.fields) {
        if (field.generated || field.id == model::kArchivedFieldId) continue;
        const QString name = QLatin1String(field.name);
        const QVariant mine = keep->fields.value(name);
        const QVariant theirs = duplicate->fields.value(name);
        if (!theirs.isValid()) continue;
        if (field.type == FieldType::Lines) {
            QStringList joined = mine.toStringList();
            for (const QString& item : theirs.toStringList()) {
                if (!joined.contains(item)) joined << item;
            }
            if (joined != mine.toStringList()) gains.insert(name, joined);
        } else if (!mine.isValid()) {
            gains.insert(name, theirs);
        }
    }
    const QString theirName = query::personName(*duplicate);
    if (!theirName.isEmpty() && theirName != query::personName(*keep)) {
        QStringList aliases =
            gains.value(QStringLiteral("aliases"), keep->fields.value(QStringLiteral("aliases"))).toStringList();
        if (!aliases.contains(theirName)) aliases << theirName;
        gains.insert(QStringLiteral("aliases"), aliases);
    }
    auto values = normalise(persons, gains, false);
    if (!values) return values.error();

    auto batch = session->mutator.begin();
    if (!batch) return batch.error();
    if (!values->empty()) FC_TRY((*batch)->update(persons, keepRow, *values));
    // Links and consents move to the kept person.
    for (const TableId tableId : {TableId::CasePerson, TableId::Consent}) {
        const TableDef& table = Schema::table(tableId);
        const FieldDef* personField = Schema::field(table, QStringLiteral("person_id"));
        auto owned = session->connection.prepare(
            (QByteArray("SELECT id FROM ") + table.name + " WHERE person_id = ?").constData());
        if (!owned) return owned.error();
        owned->bind(1, duplicateRow);
        QList<QByteArray> ids;
        for (;;) {
            auto row = owned->step();
            if (!row) return row.error();
            if (!*row) break;
            ids << owned->columnBlob(0);
        }
        for (const QByteArray& id : ids)
            FC_TRY((*batch)->update(table, id, {{personField, keepRow}}));
    }
    FC_TRY((*batch)->update(persons, duplicateRow,
                            {{Schema::field(persons, QStringLiteral("merged_into")), keepRow},
                             {Schema::fieldById(persons, model::kArchivedFieldId), qint64{1}}}));
    return (*batch)->commit();
}

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr int kMaxAttachmentMiB = static_cast<int>(model::kMaxAttachmentBytes / (1024 * 1024));

Error tooLarge() {
    return makeError(ErrorCode::Rejected, QCoreApplication::translate("Records", "The file is larger than %n MiB.",
                                                                      nullptr, kMaxAttachmentMiB));
}

// Reads a file chunk by chunk; the hash and size of what was read, or an I/O error.
struct FileDigest {
    qint64 size = 0;
    QString hash;
};

template <typename Sink>
Result<FileDigest> readInChunks(const QString& path, Sink&& sink) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Records", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    crypto::StreamHash hash;
    FileDigest digest;
    for (int index = 0;; ++index) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (file.error() != QFileDevice::NoError) {
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("Records", "Cannot read %1: %2").arg(path, file.errorString()));
        }
        if (chunk.isEmpty()) break;
        digest.size += chunk.size();
        if (digest.size > model::kMaxAttachmentBytes) {
            return tooLarge();
        }
        hash.add(chunk);
        FC_TRY(sink(index, chunk));
    }
    digest.hash = QString::fromLatin1(hash.result().toHex());
    return digest;
}

}  // namespace

Result<QString> LocalRecords::addAttachment(const QString& ownerKind, const QString& ownerId, const QString& filePath) {
    const LocalVault::Call call(m_vault);
    if (ownerKind != QLatin1String("case") && ownerKind != QLatin1String("person")) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Records", "Files can be attached to a case or a person."));
    }
    auto owner = get(ownerKind, ownerId);
    if (!owner) return owner.error();
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Records", "There is no file %1.").arg(filePath));
    }
    if (info.size() > model::kMaxAttachmentBytes) {
        return tooLarge();
    }
    // First pass: size and fingerprint, so the record is complete when it is written.
    auto digest = readInChunks(filePath, [](int, const QByteArray&) { return Result<void>(); });
    if (!digest) return digest.error();

    const TableDef& table = Schema::table(TableId::Attachment);
    QVariantMap given{
        {ownerKind == QLatin1String("case") ? QStringLiteral("case_id") : QStringLiteral("person_id"), ownerId},
        {QStringLiteral("name"), info.fileName()},
        {QStringLiteral("media_type"), QMimeDatabase().mimeTypeForFile(info).name()},
        {QStringLiteral("size"), digest->size},
        {QStringLiteral("content_hash"), digest->hash}};
    store::FieldValues values;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const FieldDef* field = Schema::field(table, it.key());
        auto value = model::normalizeFieldValue(table, *field, it.value());
        if (!value) return value.error();
        values.emplace_back(field, *value);
    }
    VaultSession* session = call.session();
    auto batch = session->mutator.begin();
    if (!batch) return batch.error();
    auto id = (*batch)->insert(table, values);
    if (!id) return id.error();
    // Second pass: the content, chunk by chunk; a file that changed in between is refused.
    auto stored = readInChunks(
        filePath, [&](int index, const QByteArray& chunk) { return (*batch)->putContentChunk(*id, index, chunk); });
    if (!stored) return stored.error();
    if (stored->hash != digest->hash) {
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Records", "The file changed while it was being read; try again."));
    }
    FC_TRY((*batch)->commit());
    return query::hexOf(*id);
}

Result<QByteArray> LocalRecords::attachmentContent(const QString& id) {
    const LocalVault::Call call(m_vault);
    auto record = get(QStringLiteral("attachment"), id);
    if (!record) return record.error();
    VaultSession* session = call.session();
    auto chunks =
        session->connection.prepare("SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY idx");
    if (!chunks) return chunks.error();
    chunks->bind(1, QByteArray::fromHex(id.toLatin1()));
    QByteArray content;
    content.reserve(record->fields.value(QStringLiteral("size")).toLongLong());
    for (;;) {
        auto row = chunks->step();
        if (!row) return row.error();
        if (!*row) break;
        content += chunks->columnBlob(0);
    }
    if (QString::fromLatin1(crypto::hash(content).toHex()) !=
        record->fields.value(QStringLiteral("content_hash")).toString()) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("Records", "The attached file is damaged or incomplete."));
    }
    return content;
}

Result<void> LocalRecords::exportAttachment(const QString& id, const QString& filePath) {
    const LocalVault::Call call(m_vault);
    auto content = attachmentContent(id);
    if (!content) return content.error();
    return writeFileAtomically(filePath, *content);
}

}  // namespace fieldcase
