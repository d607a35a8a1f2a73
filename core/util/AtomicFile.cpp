#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fieldcase {

Result<void> writeFileAtomically(const QString& path, const QByteArray& data) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot write to %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot write to %1: %2").arg(path, reason));
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot save %1: %2").arg(path, file.errorString()));
    }
    return {};
}

Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes) {
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("Files", "%1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > maxBytes) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Files", "%1 is too large.").arg(QFileInfo(path).fileName()));
    }
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (data.size() > maxBytes) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Files", "%1 is too large.").arg(QFileInfo(path).fileName()));
    }
    return data;
}

}  // namespace fieldcase
