#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QByteArray>

class QIODevice;

namespace fieldcase::vault {

// A backup file (docs/backup.md): a header and the vault's key file as they were when it was written, then a
// crypto_secretstream of the database file (its pages as SQLCipher wrote them) in chunks of 64 KiB, the last one
// tagged final. Every chunk authenticates the header and key file too, so neither can be swapped.
struct BackupHeader {
    static constexpr int kFormatVersion = 1;
    static constexpr int kVaultIdSize = 16;

    QByteArray vaultId;
    qint64 writtenMs = 0;
    QByteArray keyFile;  // crypto::KeyFile::kFileSize bytes
};

inline constexpr char kBackupSuffix[] = ".fcbackup";

// The key the payload is encrypted under: a subkey of the vault's database key, which a scheduled backup holds while
// the vault is open (no passphrase to ask for) and which the key file's slots give back to whoever restores it.
SecretBytes backupKey(const SecretBytes& databaseKey, const QByteArray& vaultId);

// Writes the header, the key file and the stream of what database holds from its position to its end.
Result<void> writeBackup(QIODevice& out, const BackupHeader& header, QIODevice& database, const SecretBytes& key);

// Reads the header and the key file (fixed sizes); Rejected for a file that is not a backup of this format.
Result<BackupHeader> readBackupHeader(QIODevice& in);

// After readBackupHeader on the same device: decrypts the payload into out. Rejected for anything altered, cut short,
// reordered or appended, and for a key that is not the one it was written under.
Result<void> readBackupPayload(QIODevice& in, const BackupHeader& header, const SecretBytes& key, QIODevice& out);

}  // namespace fieldcase::vault
