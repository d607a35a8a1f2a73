#include "core/records/Attachments.h"

#include "core/crypto/Hash.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/model/Validation.h"
#include "core/query/RecordRows.h"
#include "core/store/Mutator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace fieldcase::records {

using model::FieldDef;
using model::Schema;
using model::TableDef;
using model::TableId;

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr int kMaxAttachmentMiB = static_cast<int>(model::kMaxAttachmentBytes / (1024 * 1024));

Error tooLarge() {
    return makeError(ErrorCode::Rejected, QCoreApplication::translate("Records", "The file is larger than %n MiB.",
                                                                      nullptr, kMaxAttachmentMiB));
}

// Reads a file chunk by chunk; the hash and size of what was read, or an I/O error.
struct FileDigest {
    qint64 size = 0;
    QString hash;
};

template <typename Sink>
Result<FileDigest> readInChunks(const QString& path, Sink&& sink) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Records", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    crypto::StreamHash hash;
    FileDigest digest;
    for (int index = 0;; ++index) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (file.error() != QFileDevice::NoError) {
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("Records", "Cannot read %1: %2").arg(path, file.errorString()));
        }
        if (chunk.isEmpty()) break;
        digest.size += chunk.size();
        if (digest.size > model::kMaxAttachmentBytes) {
            return tooLarge();
        }
        hash.add(chunk);
        FC_TRY(sink(index, chunk));
    }
    digest.hash = QString::fromLatin1(hash.result().toHex());
    return digest;
}

}  // namespace

Result<QString> addAttachment(store::Mutator& mutator, const QString& ownerKind, const QString& ownerId,
                              const QString& filePath) {
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Records", "There is no file %1.").arg(filePath));
    }
    if (info.size() > model::kMaxAttachmentBytes) {
        return tooLarge();
    }
    // First pass: size and fingerprint, so the record is complete when it is written.
    auto digest = readInChunks(filePath, [](int, const QByteArray&) { return Result<void>(); });
    if (!digest) return digest.error();

    const TableDef& table = Schema::table(TableId::Attachment);
    QVariantMap given{
        {ownerKind == QLatin1String("case") ? QStringLiteral("case_id") : QStringLiteral("person_id"), ownerId},
        {QStringLiteral("name"), info.fileName()},
        {QStringLiteral("media_type"), QMimeDatabase().mimeTypeForFile(info).name()},
        {QStringLiteral("size"), digest->size},
        {QStringLiteral("content_hash"), digest->hash}};
    store::FieldValues values;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const FieldDef* field = Schema::field(table, it.key());
        auto value = model::normalizeFieldValue(table, *field, it.value());
        if (!value) return value.error();
        values.emplace_back(field, *value);
    }
    auto batch = mutator.begin();
    if (!batch) return batch.error();
    auto id = (*batch)->insert(table, values);
    if (!id) return id.error();
    // Second pass: the content, chunk by chunk; a file that changed in between is refused.
    auto stored = readInChunks(
        filePath, [&](int index, const QByteArray& chunk) { return (*batch)->putContentChunk(*id, index, chunk); });
    if (!stored) return stored.error();
    if (stored->hash != digest->hash) {
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Records", "The file changed while it was being read; try again."));
    }
    FC_TRY((*batch)->commit());
    return query::hexOf(*id);
}

Result<QByteArray> attachmentContent(db::Connection& connection, const RecordData& attachment) {
    auto chunks = connection.prepare("SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY idx");
    if (!chunks) return chunks.error();
    chunks->bind(1, QByteArray::fromHex(attachment.id.toLatin1()));
    QByteArray content;
    content.reserve(attachment.fields.value(QStringLiteral("size")).toLongLong());
    for (;;) {
        auto row = chunks->step();
        if (!row) return row.error();
        if (!*row) break;
        content += chunks->columnBlob(0);
    }
    if (QString::fromLatin1(crypto::hash(content).toHex()) !=
        attachment.fields.value(QStringLiteral("content_hash")).toString()) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("Records", "The attached file is damaged or incomplete."));
    }
    return content;
}

}  // namespace fieldcase::records
