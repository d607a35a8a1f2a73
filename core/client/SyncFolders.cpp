#include "core/client/SyncFolders.h"

#include "core/api/SyncService.h"

#include <QDir>

namespace fieldcase {

QStringList reachableFolders(SyncService& sync, const SyncSettings& settings, ExchangeTrigger trigger) {
    const bool manual = trigger == ExchangeTrigger::Manual;
    QStringList folders;
    if (manual || settings.watchFolders) {
        for (const QString& folder : settings.folders) {
            if (QDir(folder).exists()) folders << QDir::cleanPath(folder);
        }
    }
    if (manual || settings.useSticks) {
        for (const RemovableDrive& drive : sync.drives(settings.stickFolder)) {
            if (drive.hasTeamFolder) folders << QDir::cleanPath(drive.folder);
        }
    }
    folders.removeDuplicates();
    return folders;
}

}  // namespace fieldcase
