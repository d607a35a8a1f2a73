#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace fieldcase::sync {

// Reads a file offered as a bundle. NotFound when it does not exist, Io when it cannot be read, and Rejected with
// the refusal table's TooLarge message when it is larger than any bundle may be (checked before anything is read).
Result<QByteArray> readBundleFile(const QString& path);

// What a file offered as a bundle shows without any key: its size and the fixed header fields, read from its first
// bytes only (so a file of any size can be described); the header fields are 0 when the file is shorter.
struct BundleHead {
    qint64 size = 0;
    int formatVersion = 0;
    int stanzaSlots = 0;
};
// NotFound or Io as readBundleFile.
Result<BundleHead> inspectBundleHead(const QString& path);

}  // namespace fieldcase::sync
