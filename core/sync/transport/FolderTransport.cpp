#include "core/sync/transport/FolderTransport.h"

#include "core/base/AtomicFile.h"
#include "core/crypto/Random.h"
#include "core/sync/bundle/BundleFile.h"
#include "core/sync/bundle/BundleFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

namespace fieldcase::sync {

namespace {
constexpr char kBase32[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr int kNameLength = 26;  // 130 bits
}  // namespace

bool FolderTransport::isBundleName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z2-7]{26}$"));
    return pattern.match(name).hasMatch();
}

QString FolderTransport::randomBundleName() {
    const QByteArray random = crypto::randomBytes(kNameLength);
    QString name;
    for (const char byte : random)
        name += QLatin1Char(kBase32[static_cast<unsigned char>(byte) % 32]);
    return name;
}

Result<QStringList> FolderTransport::bundleNames() const {
    const QDir folder(m_dir);
    if (!folder.exists() || !folder.isReadable()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Sync", "The folder %1 cannot be read.").arg(m_dir));
    }
    QStringList names;
    for (const QFileInfo& file :
         folder.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed)) {
        // Links followed: only a regular file is a bundle (not a pipe or a device under a bundle's name).
        struct stat status {};
        if (isBundleName(file.fileName()) && ::stat(QFile::encodeName(file.filePath()).constData(), &status) == 0 &&
            S_ISREG(status.st_mode))
            names << file.fileName();
    }
    return names;
}

Result<QByteArray> FolderTransport::read(const QString& name) const {
    const QString path = QDir(m_dir).filePath(name);
    auto bytes = readBundleFile(path);
    if (!bytes && !QFileInfo::exists(path)) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Sync", "A bundle was removed while it was being read."));
    }
    return bytes;
}

Result<QString> FolderTransport::replace(const QByteArray& bundle, const QString& previousName) {
    if (!QDir().mkpath(m_dir)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Sync", "Cannot create the folder %1.").arg(m_dir));
    }
    const QString name = randomBundleName();
    FC_TRY(writeFileAtomically(QDir(m_dir).filePath(name), bundle));
    if (!previousName.isEmpty() && previousName != name) FC_TRY(remove(previousName));
    return name;
}

Result<void> FolderTransport::remove(const QString& name) {
    if (!isBundleName(name)) return {};  // never touch anything that is not a bundle
    QFile file(QDir(m_dir).filePath(name));
    if (file.exists() && !file.remove()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Sync", "Cannot remove an old bundle from %1: %2")
                                            .arg(m_dir, file.errorString()));
    }
    return {};
}

}  // namespace fieldcase::sync
