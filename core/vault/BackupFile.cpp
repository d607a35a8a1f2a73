#include "core/vault/BackupFile.h"

#include "core/base/Bytes.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/KeyedHash.h"
#include "core/crypto/SecretStream.h"

#include <QCoreApplication>
#include <QIODevice>

#include <vector>

namespace fieldcase::vault {

namespace {

const QByteArray kMagic = QByteArrayLiteral("FCBACKUP");
constexpr int kChunkPlainSize = 64 * 1024;
constexpr int kChunkCipherSize = kChunkPlainSize + crypto::SecretStream::kChunkOverhead;
constexpr int kHeaderSize = 8 + 1 + BackupHeader::kVaultIdSize + 8 + crypto::KeyFile::kFileSize;

QByteArray headerBytes(const BackupHeader& header) {
    ByteWriter out;
    out.raw(kMagic);
    out.u8(BackupHeader::kFormatVersion);
    out.raw(header.vaultId);
    out.u64(static_cast<quint64>(header.writtenMs));
    out.raw(header.keyFile);
    return out.bytes();
}

Error notABackup() {
    return makeError(ErrorCode::Rejected,
                     QCoreApplication::translate("Backup", "This file is not a Fieldcase backup, or it is damaged."));
}

Error damaged() {
    return makeError(ErrorCode::Rejected,
                     QCoreApplication::translate(
                         "Backup", "The backup is damaged (altered, cut short or added to): nothing was restored."));
}

Error cannotWrite(const QIODevice& out) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Backup", "Cannot write the backup: %1").arg(out.errorString()));
}

// Reads exactly size bytes, fewer only at the end of the device.
QByteArray readUpTo(QIODevice& in, qint64 size) {
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const qint64 got = in.read(bytes.data() + done, size - done);
        if (got <= 0) break;
        done += got;
    }
    bytes.truncate(done);
    return bytes;
}

}  // namespace

SecretBytes backupKey(const SecretBytes& databaseKey, const QByteArray& vaultId) {
    return crypto::deriveSubkey(databaseKey, "fieldcase backup payload v1", vaultId);
}

Result<void> writeBackup(QIODevice& out, const BackupHeader& header, QIODevice& database, const SecretBytes& key) {
    const QByteArray associated = headerBytes(header);
    crypto::SecretStream stream = crypto::SecretStream::forWriting(key);
    if (out.write(associated) != associated.size() || out.write(stream.header()) != stream.header().size())
        return cannotWrite(out);
    std::vector<unsigned char> plain(kChunkPlainSize);
    QByteArray cipher(kChunkCipherSize, Qt::Uninitialized);
    // One chunk read ahead, so the last one is known when it is encrypted (an empty database still ends in a final
    // chunk, of no bytes).
    QByteArray next = readUpTo(database, kChunkPlainSize);
    for (;;) {
        const QByteArray current = std::move(next);
        next = current.size() == kChunkPlainSize ? readUpTo(database, kChunkPlainSize) : QByteArray();
        const bool final = next.isEmpty();
        std::copy(current.begin(), current.end(), plain.begin());
        stream.encrypt(plain.data(), static_cast<std::size_t>(current.size()), associated, final, cipher.data());
        const qint64 size = current.size() + crypto::SecretStream::kChunkOverhead;
        if (out.write(cipher.constData(), size) != size) return cannotWrite(out);
        if (final) break;
    }
    std::fill(plain.begin(), plain.end(), 0);
    if (database.bytesAvailable() > 0 || !database.atEnd()) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Backup", "Cannot read the vault's database: %1").arg(database.errorString()));
    }
    return {};
}

Result<BackupHeader> readBackupHeader(QIODevice& in) {
    const QByteArray bytes = readUpTo(in, kHeaderSize);
    if (bytes.size() != kHeaderSize) return notABackup();
    ByteReader reader(bytes);
    if (reader.raw(kMagic.size()) != kMagic) return notABackup();
    if (reader.u8() != BackupHeader::kFormatVersion) {
        return makeError(ErrorCode::NewerVersion,
                         QCoreApplication::translate("Backup", "This backup was written by a newer Fieldcase."));
    }
    BackupHeader header;
    header.vaultId = reader.raw(BackupHeader::kVaultIdSize);
    header.writtenMs = static_cast<qint64>(reader.u64());
    header.keyFile = reader.raw(crypto::KeyFile::kFileSize);
    if (!reader.ok() || !reader.atEnd()) return notABackup();
    return header;
}

Result<void> readBackupPayload(QIODevice& in, const BackupHeader& header, const SecretBytes& key, QIODevice& out) {
    const QByteArray associated = headerBytes(header);
    const QByteArray streamHeader = readUpTo(in, crypto::SecretStream::kHeaderSize);
    if (streamHeader.size() != crypto::SecretStream::kHeaderSize) return damaged();
    auto stream = crypto::SecretStream::forReading(key, streamHeader.constData());
    if (!stream) return damaged();
    std::vector<unsigned char> plain(kChunkPlainSize);
    for (;;) {
        const QByteArray cipher = readUpTo(in, kChunkCipherSize);
        if (cipher.size() < crypto::SecretStream::kChunkOverhead) return damaged();  // cut before its final chunk
        const auto tag =
            stream->decrypt(cipher.constData(), static_cast<std::size_t>(cipher.size()), associated, plain.data());
        if (!tag) return damaged();
        const qint64 size = cipher.size() - crypto::SecretStream::kChunkOverhead;
        // Only the last chunk may be short, and only a final chunk may be last.
        const bool final = *tag == crypto::SecretStream::Tag::Final;
        if (!final && size != kChunkPlainSize) return damaged();
        if (out.write(reinterpret_cast<const char*>(plain.data()), size) != size) {
            std::fill(plain.begin(), plain.end(), 0);
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("Backup", "Cannot write the restored vault: %1").arg(out.errorString()));
        }
        if (final) break;
    }
    std::fill(plain.begin(), plain.end(), 0);
    if (!in.atEnd()) return damaged();  // bytes after the final chunk
    return {};
}

}  // namespace fieldcase::vault
