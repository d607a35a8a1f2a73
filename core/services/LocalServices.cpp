#include "core/api/Changes.h"
#include "core/api/Services.h"
#include "core/base/Clock.h"
#include "core/services/LocalRecords.h"
#include "core/services/LocalSync.h"
#include "core/services/LocalVault.h"

#include <QDir>
#include <QStandardPaths>

namespace fieldcase {

namespace {
class LocalServices final : public Services {
public:
    explicit LocalServices(const QString& vaultDir)
        : m_vault(vaultDir, {}, &m_clock), m_records(m_vault, m_clock), m_sync(m_vault, m_records, m_clock) {}
    VaultService& vault() override { return m_vault; }
    RecordService& records() override { return m_records; }
    SyncService& sync() override { return m_sync; }
    ChangeNotifier& changes() override { return m_vault.changes(); }

private:
    SystemClock m_clock;
    LocalVault m_vault;
    LocalRecords m_records;
    LocalSync m_sync;
};
}  // namespace

std::unique_ptr<Services> makeServices(const QString& vaultDir) {
    return std::make_unique<LocalServices>(vaultDir);
}

QString defaultVaultDir() {
    // Named explicitly so the GUI and the CLI agree whatever application name each sets.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("fieldcase/vault"));
}

}  // namespace fieldcase
