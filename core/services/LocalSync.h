#pragma once

#include "core/api/SyncService.h"

namespace fieldcase {

class Clock;
class LocalVault;
class RecordService;

// SyncService over the local vault: the team's log, the sync engine and the conflicts in its database.
class LocalSync final : public SyncService {
public:
    LocalSync(LocalVault& vault, RecordService& records, const Clock& clock)
        : m_vault(vault), m_records(records), m_clock(clock) {}

    Result<void> writeEnrolmentRequest(const QString& path) override;
    Result<QString> pendingJoin() override;
    Result<SyncReport> confirmJoin(const QString& safetyNumber) override;
    Result<void> discardJoin(const QString& safetyNumber) override;
    Result<QString> safetyNumberHalf() override;
    Result<EnrolmentCandidate> readEnrolmentRequest(const QString& path) override;
    Result<ApprovedDevice> approve(const QString& requestPath, const QString& dir, bool asCoordinator,
                                   const QString& replaces) override;
    Result<std::vector<TeamDevice>> team() override;
    Result<void> revoke(const QString& deviceId) override;
    Result<void> setRole(const QString& deviceId, bool coordinator) override;
    Result<void> rotateKey() override;
    Result<QString> releaseTravelLock(const QString& deviceId, const QString& dir) override;
    Result<RetentionRules> retention() override;
    Result<std::vector<DueForRetention>> retentionDue() override;
    Result<std::vector<DueForRetention>> runRetention() override;
    Result<Erasure> withdrawConsent(const QString& personId) override;
    Result<std::vector<Erasure>> erasures() override;
    Result<void> setRetention(int closedCaseMonths, int attachmentMonths) override;
    Result<QString> exportTo(const QString& dir) override;
    Result<SyncReport> importFrom(const QString& dir, const SyncProgress& progress) override;
    Result<ExchangeReport> exchange(const QString& dir, const SyncProgress& progress) override;
    Result<std::vector<FolderExchange>> lastExchanges() override;
    Result<int> cleanFolder(const QString& dir) override;
    Result<std::vector<FieldConflict>> conflicts() override;
    Result<void> resolve(const QString& conflictId, std::optional<int> keep, std::optional<QString> value) override;
    Result<QString> purgeWouldBeHeld(const QString& entity, const QString& recordId) override;
    Result<std::vector<HeldPurge>> heldPurges() override;
    Result<int> confirmHeldPurges(const QString& deviceId) override;
    Result<SyncSettings> settings() override;
    Result<void> setSettings(const SyncSettings& settings) override;
    Result<BundleInspection> inspect(const QString& file) override;
    std::vector<RemovableDrive> drives(const QString& folderName) override;

private:
    LocalVault& m_vault;
    RecordService& m_records;
    const Clock& m_clock;
};

}  // namespace fieldcase
