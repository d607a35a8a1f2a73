#include "core/base/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fieldcase {

namespace {
// What a file that grows while it is read is read by, past the size it had when opened.
constexpr qint64 kGrowthStep = qint64{1024} * 1024;
}  // namespace

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

Result<void> overwriteFileInPlace(const QString& path, const QByteArray& data) {
    QFile file(path);
    // ReadWrite without Truncate: the file keeps its blocks and its size.
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot write to %1: %2").arg(path, file.errorString()));
    }
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot write to %1: %2").arg(path, file.errorString()));
    }
    return {};
}

Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes) {
    // Opened without blocking and checked to be a regular file: a named pipe put in a file's place (a shared folder
    // is writable by others) would otherwise hold the open until something writes to it, and a device such as
    // /dev/zero never ends.
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0) {
        const int error = errno;
        if (error == ENOENT) {
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("Files", "%1 does not exist.").arg(path));
        }
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot read %1: %2").arg(path, qt_error_string(error)));
    }
    const auto closeDescriptor = qScopeGuard([descriptor] { ::close(descriptor); });
    struct stat status {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Files", "%1 is not a regular file.").arg(path));
    }
    QFile file;
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (status.st_size > maxBytes) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Files", "%1 is too large.").arg(QFileInfo(path).fileName()));
    }
    // As much as the file holds, plus one byte to see it grow past maxBytes while it is read (a copy in progress):
    // asking for maxBytes at once would make QIODevice allocate all of it (256 MiB for a bundle) for every read.
    QByteArray data = file.read(std::min<qint64>(status.st_size, maxBytes) + 1);
    while (data.size() > status.st_size && data.size() <= maxBytes && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(kGrowthStep, maxBytes + 1 - data.size()));
        if (more.isEmpty()) break;
        data += more;
    }
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
