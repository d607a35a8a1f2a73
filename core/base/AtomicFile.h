#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace fieldcase {

// Replaces the file at path with data in one step (QSaveFile: temporary file, flush to disk,
// rename): a crash or a full disk leaves the old file as it was.
Result<void> writeFileAtomically(const QString& path, const QByteArray& data);

// Writes data over the start of the existing file at path, in place (the same blocks, not a new file renamed over it,
// which would leave the old blocks on the disk), and waits until the disk has it (fsync). For destroying what the
// file held; an SSD's wear levelling may still keep old copies of the blocks (docs/threat-model.md).
Result<void> overwriteFileInPlace(const QString& path, const QByteArray& data);

// Reads a whole file of at most maxBytes; a larger file is Rejected before it is read.
Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes);

}  // namespace fieldcase
