#pragma once

#include <QString>

#include <memory>

namespace fieldcase {

class ChangeNotifier;
class RecordService;
class SyncService;
class VaultService;

// Everything the GUI and the CLI may ask of the core, for one vault folder.
class Services {
public:
    virtual ~Services() = default;
    virtual VaultService& vault() = 0;
    // Records of the vault; every call fails with Locked while the vault is locked.
    virtual RecordService& records() = 0;
    // The team and the exchange of bundles with other laptops.
    virtual SyncService& sync() = 0;
    // What changed, for views that refresh themselves (Changes.h).
    virtual ChangeNotifier& changes() = 0;
};

// Builds the services for the vault folder (which need not exist yet).
std::unique_ptr<Services> makeServices(const QString& vaultDir);

// The vault folder used when none is given: the platform's per-user application data folder.
QString defaultVaultDir();

}  // namespace fieldcase
