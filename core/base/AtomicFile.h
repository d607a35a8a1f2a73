#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace fieldcase {

// Replaces the file at path with data in one step (QSaveFile: temporary file, flush to disk,
// rename): a crash or a full disk leaves the old file as it was.
Result<void> writeFileAtomically(const QString& path, const QByteArray& data);

// Reads a whole file of at most maxBytes; a larger file is Rejected before it is read.
Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes);

}  // namespace fieldcase
