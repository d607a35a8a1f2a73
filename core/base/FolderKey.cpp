#include "core/base/FolderKey.h"

#include <QDir>
#include <QFileInfo>

namespace fieldcase {

QString syncFolderKey(const QString& dir) {
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(dir).absolutePath()) : canonical;
}

}  // namespace fieldcase
