#include "core/sync/bundle/BundleFile.h"

#include "core/base/AtomicFile.h"
#include "core/sync/bundle/BundleReadResult.h"
#include "core/sync/bundle/OuterHeader.h"

#include <QCoreApplication>
#include <QFile>

namespace fieldcase::sync {

Result<QByteArray> readBundleFile(const QString& path) {
    auto bytes = readSmallFile(path, kMaxBundleFileSize);  // refuses a larger file before reading it
    if (!bytes && bytes.error().code == ErrorCode::Rejected) {
        return makeError(ErrorCode::Rejected, bundleProblemMessage(BundleProblem::TooLarge));
    }
    return bytes;
}

Result<BundleHead> inspectBundleHead(const QString& path) {
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("Files", "%1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Files", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    BundleHead inspection;
    inspection.size = file.size();
    const QByteArray head = file.read(kOuterHeaderSize);
    if (head.size() == kOuterHeaderSize) {
        const OuterHeader outer = OuterHeader::decode(head.constData());
        inspection.formatVersion = outer.version;
        inspection.stanzaSlots = outer.stanzaCount;
    }
    return inspection;
}

}  // namespace fieldcase::sync
