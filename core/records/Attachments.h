#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::store {
class Mutator;
}

namespace fieldcase::records {

// Keeps a copy of the file inside the vault, attached to the case or person ownerId (ownerKind "case" or "person",
// which exists): read twice in chunks (its size and fingerprint first, then its content), so a file that changes
// meanwhile is refused; files over model::kMaxAttachmentBytes are refused before they are read. The new id.
Result<QString> addAttachment(store::Mutator& mutator, const QString& ownerKind, const QString& ownerId,
                              const QString& filePath);
// The content of an attachment, checked against the fingerprint it was stored with.
Result<QByteArray> attachmentContent(db::Connection& connection, const RecordData& attachment);

}  // namespace fieldcase::records
