#include "core/services/LocalRecords.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/importer/Spreadsheet.h"
#include "core/model/Countries.h"
#include "core/model/Schema.h"
#include "core/model/Vocabulary.h"
#include "core/query/CaseList.h"
#include "core/query/Dashboard.h"
#include "core/query/Documents.h"
#include "core/query/Duplicates.h"
#include "core/query/FollowUps.h"
#include "core/query/History.h"
#include "core/query/RecordExport.h"
#include "core/query/RecordRows.h"
#include "core/query/Records.h"
#include "core/query/Search.h"
#include "core/query/Statistics.h"
#include "core/records/Attachments.h"
#include "core/records/ImportMapping.h"
#include "core/records/PeopleMerge.h"
#include "core/records/SpreadsheetImport.h"
#include "core/records/Values.h"
#include "core/services/LocalVault.h"
#include "core/store/Mutator.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace fieldcase {

namespace {

using model::FieldDef;
using model::FieldType;
using model::Schema;
using model::TableDef;
using model::TableId;

// The name under which vocabulary() lists the countries of country-code fields.
constexpr const char* kCountryVocabulary = "country";

}  // namespace

QList<FieldInfo> LocalRecords::fields(const QString& kind) const {
    QList<FieldInfo> result;
    const TableDef* table = Schema::tableBySingular(kind);
    if (table == nullptr) return result;
    for (const auto& field : table->fields) {
        FieldInfo info;
        info.name = QLatin1String(field.name);
        info.label = QCoreApplication::translate("Fields", field.label);
        info.type = model::fieldTypeName(field.type);
        if (field.vocabulary) info.vocabulary = model::Vocabulary::name(*field.vocabulary);
        if (field.type == FieldType::CountryCodes) info.vocabulary = QString::fromLatin1(kCountryVocabulary);
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
    if (name == QLatin1String(kCountryVocabulary)) {
        for (const model::Country& country : model::countries(QLocale()))
            items << VocabularyItem{country.code, country.name, country.code};
        return items;
    }
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
        auto values = records::normalise(**table, records::withDefaults(**table, given, date, now), true);
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
    QString statusBefore;
    if ((*table)->id == TableId::Case && changes.contains(QStringLiteral("status"))) {
        auto before = query::record(session->connection, **table, id);
        if (!before) return before.error();
        statusBefore = before->fields.value(QStringLiteral("status")).toString();
    }
    auto values = records::normalise(**table, records::withClosingDate(**table, changes, statusBefore, today()), false);
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

Result<Dashboard> LocalRecords::dashboard(const DashboardQuery& query) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    DashboardQuery dated = query;
    if (!dated.today.isValid()) dated.today = QDate::fromString(today(), Qt::ISODate);
    return query::dashboard(session->connection, dated);
}

Result<StatisticsReport> LocalRecords::exportStatistics(const QString& dir, int k) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    return query::exportStatistics(session->connection, dir, k);
}

Result<PrintableDocument> LocalRecords::caseSummary(const QString& caseId, const QStringList& sections) {
    const LocalVault::Call call(m_vault);
    auto details = caseDetails(caseId);
    if (!details) return details.error();
    auto worker = workerName();
    if (!worker) return worker.error();
    return query::caseSummary(call.session()->connection, *details, sections,
                              query::PrintContext{QDate::fromString(today(), Qt::ISODate), *worker});
}

Result<PrintableDocument> LocalRecords::referralLetter(const QString& referralId) {
    const LocalVault::Call call(m_vault);
    auto referral = get(QStringLiteral("referral"), referralId);
    if (!referral) return referral.error();
    auto details = caseDetails(referral->fields.value(QStringLiteral("case_id")).toString());
    if (!details) return details.error();
    auto worker = workerName();
    if (!worker) return worker.error();
    return query::referralLetter(call.session()->connection, *referral, *details,
                                 query::PrintContext{QDate::fromString(today(), Qt::ISODate), *worker});
}

QList<ImportTarget> LocalRecords::importTargets() const {
    return records::describeImportTargets();
}

Result<ImportReport> LocalRecords::importSpreadsheet(const ImportRequest& request) {
    // The file is read before the vault is held: reading a large workbook must not stall the other calls.
    auto spreadsheet = importer::readSpreadsheet(request.path);
    if (!spreadsheet) return spreadsheet.error();
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    const QString now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toUTC().toString(Qt::ISODate);
    records::ImportContext context{session->connection, session->index, session->mutator,
                                   QDate::fromString(today(), Qt::ISODate), now};
    return records::importSpreadsheet(context, *spreadsheet, request);
}

Result<QStringList> LocalRecords::exportRecords(const QString& dir, ExportFormat format, ExportValues values) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    switch (format) {
        case ExportFormat::Csv:
            return query::exportCsv(session->connection, dir, values);
        case ExportFormat::Xlsx:
            return query::exportXlsx(session->connection, dir, values);
        case ExportFormat::Json:
            return query::exportJson(session->connection, dir);
    }
    return makeError(ErrorCode::Usage, QStringLiteral("unknown export format"));
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
    return records::mergePeople(session->connection, session->mutator, *keep, *duplicate);
}

Result<QString> LocalRecords::addAttachment(const QString& ownerKind, const QString& ownerId, const QString& filePath) {
    const LocalVault::Call call(m_vault);
    if (ownerKind != QLatin1String("case") && ownerKind != QLatin1String("person")) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Records", "Files can be attached to a case or a person."));
    }
    auto owner = get(ownerKind, ownerId);
    if (!owner) return owner.error();
    return records::addAttachment(call.session()->mutator, ownerKind, ownerId, filePath);
}

Result<QByteArray> LocalRecords::attachmentContent(const QString& id) {
    const LocalVault::Call call(m_vault);
    auto record = get(QStringLiteral("attachment"), id);
    if (!record) return record.error();
    VaultSession* session = call.session();
    return records::attachmentContent(session->connection, *record);
}

Result<void> LocalRecords::exportAttachment(const QString& id, const QString& filePath) {
    const LocalVault::Call call(m_vault);
    auto content = attachmentContent(id);
    if (!content) return content.error();
    return writeFileAtomically(filePath, *content);
}

}  // namespace fieldcase
