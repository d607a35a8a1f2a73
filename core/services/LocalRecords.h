#pragma once

#include "core/api/RecordService.h"

namespace fieldcase {

class Clock;
class LocalVault;

// RecordService over the local vault's session (database, Mutator, search index).
class LocalRecords final : public RecordService {
public:
    LocalRecords(LocalVault& vault, const Clock& clock) : m_vault(vault), m_clock(clock) {}

    QList<FieldInfo> fields(const QString& kind) const override;
    QList<VocabularyItem> vocabulary(const QString& name) const override;
    Result<QString> create(const QString& kind, const QVariantMap& fields) override;
    Result<QStringList> createMany(const QString& kind, const QList<QVariantMap>& records) override;
    Result<void> update(const QString& kind, const QString& id, const QVariantMap& changes) override;
    Result<RecordData> get(const QString& kind, const QString& id) override;
    Result<void> archive(const QString& kind, const QString& id) override;
    Result<void> restore(const QString& kind, const QString& id) override;
    Result<void> purge(const QString& kind, const QString& id) override;
    Result<CaseListPage> listCases(const CaseListQuery& query) override;
    Result<QList<RecordData>> list(const QString& kind, int offset, int limit) override;
    Result<CaseDetails> caseDetails(const QString& id) override;
    Result<FollowUpPage> followUps(const FollowUpQuery& query) override;
    Result<QList<SearchHit>> search(const SearchQuery& query) override;
    Result<QList<HistoryEntry>> history(const QString& kind, const QString& id) override;
    Result<QVariantMap> counts() override;
    Result<Dashboard> dashboard(const DashboardQuery& query) override;
    QList<ImportTarget> importTargets() const override;
    Result<ImportReport> importSpreadsheet(const ImportRequest& request) override;
    Result<StatisticsReport> exportStatistics(const QString& dir, int k) override;
    Result<PrintableDocument> caseSummary(const QString& caseId, const QStringList& sections) override;
    Result<PrintableDocument> referralLetter(const QString& referralId) override;
    Result<QString> workerName() override;
    Result<QStringList> caseWorkers() override;
    Result<QStringList> exportRecords(const QString& dir, ExportFormat format, ExportValues values) override;
    Result<QString> addAttachment(const QString& ownerKind, const QString& ownerId, const QString& filePath) override;
    Result<QByteArray> attachmentContent(const QString& id) override;
    Result<void> exportAttachment(const QString& id, const QString& filePath) override;
    Result<QList<DuplicateCandidate>> possibleDuplicates(const QString& personId) override;
    Result<void> mergePeople(const QString& keepId, const QString& duplicateId) override;

private:
    Result<void> setArchived(const QString& kind, const QString& id, bool archived);
    QString today() const;

    LocalVault& m_vault;
    const Clock& m_clock;
};

}  // namespace fieldcase
