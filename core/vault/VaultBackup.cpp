// Vault::backup() and Vault::restore(): docs/backup.md.
#include "core/base/Clock.h"
#include "core/base/Hex.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/Random.h"
#include "core/crypto/RecoveryCode.h"
#include "core/db/Connection.h"
#include "core/db/Meta.h"
#include "core/db/Migrations.h"
#include "core/db/Statement.h"
#include "core/store/Mutator.h"
#include "core/vault/BackupFile.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace fieldcase::vault {

namespace {

KdfStrength strengthOf(const crypto::KdfParams& params) {
    for (KdfStrength strength : {KdfStrength::Interactive, KdfStrength::Moderate, KdfStrength::Sensitive}) {
        if (kdfParamsFor(strength) == params) return strength;
    }
    return KdfStrength::Moderate;
}

Error ioError(const char* text, const QString& path, const QString& why) {
    return makeError(ErrorCode::Io, QCoreApplication::translate("Backup", text).arg(path, why));
}

// A name that sorts by time and does not clash with an earlier backup of the same minute.
QString backupPath(const QDir& dir, qint64 nowMs) {
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs).toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    QString path = dir.filePath(QStringLiteral("backup-%1%2").arg(stamp, QLatin1String(kBackupSuffix)));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("backup-%1-%2%3").arg(stamp).arg(n).arg(QLatin1String(kBackupSuffix)));
    return path;
}

// The device the backup was made on, as its database tells.
struct RestoredFrom {
    QByteArray deviceId;
    QString name;
    qint64 upTo = 0;            // its highest change
    bool hasTeamMates = false;  // it belonged to a team with other active members
};

Result<RestoredFrom> describeBackup(db::Connection& old) {
    auto self = old.prepare("SELECT device_id, name FROM device WHERE ord = 1");
    if (!self) return self.error();
    auto row = self->step();
    if (!row) return row.error();
    if (!*row)
        return makeError(ErrorCode::Rejected, QCoreApplication::translate("Backup", "The backup holds no device."));
    RestoredFrom from;
    from.deviceId = self->columnBlob(0);
    from.name = self->columnText(1);
    auto team = db::readMeta(old, "team_id");
    if (!team) return team.error();
    auto mates =
        old.queryText("SELECT count(*) FROM device WHERE ord <> 1 AND removed = 0 AND box_public_key IS NOT NULL");
    if (!mates) return mates.error();
    from.hasTeamMates = !team->isEmpty() && mates->toLongLong() > 0;
    auto upTo = old.queryText("SELECT coalesce(max(seq), 0) FROM changeset WHERE origin = 1");
    if (!upTo) return upTo.error();
    from.upTo = upTo->toLongLong();
    return from;
}

// The backup's whole change log, applied as received changes are, a slice (kReplaySliceBytes of change bodies or
// kReplaySliceChanges changes, whichever comes first) at a time so that the log is never held whole: in hybrid-clock
// order, in which a change comes after every change its writer had seen (what it follows on from), so a slice applies
// on top of the ones before; a change that still waits is carried into the next slice. One that waits at the end names
// a change the backup does not hold: the backup is not whole.
Result<void> replayChangeLog(db::Connection& old, store::Mutator::Batch& batch) {
    constexpr qsizetype kReplaySliceBytes = qsizetype{32} * 1024 * 1024;
    constexpr std::size_t kReplaySliceChanges = 2048;
    std::vector<std::pair<qint64, qint64>> order;  // (origin, seq), 16 bytes a change
    {
        auto keys = old.prepare("SELECT origin, seq FROM changeset ORDER BY hlc, origin, seq");
        if (!keys) return keys.error();
        for (;;) {
            auto row = keys->step();
            if (!row) return row.error();
            if (!*row) break;
            order.emplace_back(keys->columnInt64(0), keys->columnInt64(1));
        }
    }
    auto read = old.prepare(
        "SELECT d.device_id, c.seq, c.hlc, c.prev_hash, c.body, c.hash, c.signature FROM changeset c "
        "JOIN device d ON d.ord = c.origin WHERE c.origin = ? AND c.seq = ?");
    if (!read) return read.error();
    std::vector<store::StoredChangeset> slice;
    qsizetype sliceBytes = 0;
    for (std::size_t next = 0; next < order.size() || !slice.empty();) {
        for (; next < order.size() && sliceBytes < kReplaySliceBytes && slice.size() < kReplaySliceChanges; ++next) {
            read->reset();
            read->bind(1, order[next].first).bind(2, order[next].second);
            auto row = read->step();
            if (!row) return row.error();
            if (!*row) continue;
            slice.push_back({read->columnBlob(0), read->columnInt64(1), read->columnInt64(2), read->columnBlob(3),
                             read->columnBlob(4), read->columnBlob(5), read->columnBlob(6)});
            sliceBytes += slice.back().body.size();
        }
        std::vector<store::StoredChangeset> waiting;
        auto applied = batch.applyRemoteAll(std::move(slice), &waiting);
        if (!applied) return applied.error();
        if (next == order.size() && !waiting.empty() && applied->applied == 0) {
            const int stuck = applied->waiting;
            return makeError(ErrorCode::Rejected,
                             QCoreApplication::translate("Backup",
                                                         "The backup's change log is not whole (%n change(s) follow "
                                                         "on from changes it does not hold); nothing was restored.",
                                                         nullptr, stuck));
        }
        slice = std::move(waiting);
        sliceBytes = 0;
        for (const auto& changeset : slice)
            sliceBytes += changeset.body.size();
    }
    return {};
}

// Fills the new vault's open session with what the backup's database holds, in one transaction.
Result<void> fillFromBackup(db::Connection& old, VaultSession& fresh, const RestoredFrom& from) {
    auto batch = fresh.mutator.begin();
    if (!batch) return batch.error();
    // Every device whose changes the backup holds, the old one among them, is known by its identity key: each change
    // is checked against its signature as one arriving in a bundle would be.
    auto devices = old.prepare("SELECT device_id, sign_public_key, name FROM device ORDER BY ord");
    if (!devices) return devices.error();
    for (;;) {
        auto row = devices->step();
        if (!row) return row.error();
        if (!*row) break;
        FC_TRY((*batch)->addDevice(devices->columnBlob(0), devices->columnBlob(1), devices->columnText(2)));
    }
    // A device the old laptop's team removed keeps its cut-off: a change that followed on from one of its changes past
    // the cut-off (taken back when the removal arrived) is complete without it, here as it was there.
    auto removed = old.prepare("SELECT device_id, coalesce(cutoff_seq, 0) FROM device WHERE removed = 1");
    if (!removed) return removed.error();
    auto standing = fresh.connection.prepare("UPDATE device SET removed = 1, cutoff_seq = ? WHERE device_id = ?");
    if (!standing) return standing.error();
    for (;;) {
        auto row = removed->step();
        if (!row) return row.error();
        if (!*row) break;
        standing->reset();
        FC_TRY(standing->bind(1, removed->columnInt64(1)).bind(2, removed->columnBlob(0)).run());
    }
    FC_TRY(replayChangeLog(old, **batch));
    // Attachments' content does not travel in the change log: it is copied, for the attachments the log kept.
    auto chunks =
        old.prepare("SELECT c.attachment_id, c.idx, c.data FROM attachment_chunks c ORDER BY c.attachment_id, c.idx");
    if (!chunks) return chunks.error();
    auto kept = fresh.connection.prepare("SELECT 1 FROM attachments WHERE id = ?");
    if (!kept) return kept.error();
    for (;;) {
        auto row = chunks->step();
        if (!row) return row.error();
        if (!*row) break;
        const QByteArray attachment = chunks->columnBlob(0);
        kept->reset();
        kept->bind(1, attachment);
        auto exists = kept->step();
        if (!exists) return exists.error();
        if (*exists)
            FC_TRY(
                (*batch)->putContentChunk(attachment, static_cast<int>(chunks->columnInt64(1)), chunks->columnBlob(2)));
    }
    FC_TRY(db::writeMeta(fresh.connection, db::kRestoredFromMeta, from.deviceId));
    FC_TRY(db::writeMeta(fresh.connection, db::kRestoredUpToMeta, QByteArray::number(from.upTo)));
    return (*batch)->commit();
}

constexpr const char* kScheduleKey = "backup_schedule";
constexpr qint64 kDayMs = qint64{24} * 60 * 60 * 1000;
// A folder with more backups than this is not searched further for this vault's newest.
constexpr int kBackupsLookedAtMost = 1000;

}  // namespace

Result<BackupSchedule> Vault::backupSchedule() {
    if (!m_session) return lockedError();
    auto stored = db::readMeta(m_session->connection, kScheduleKey);
    if (!stored) return stored.error();
    const QJsonObject json = QJsonDocument::fromJson(*stored).object();
    return BackupSchedule{json.value(QStringLiteral("folder")).toString(),
                          json.value(QStringLiteral("every_days")).toInt()};
}

Result<void> Vault::setBackupSchedule(const BackupSchedule& schedule) {
    if (!m_session) return lockedError();
    if (schedule.everyDays < 0 || schedule.everyDays > 366) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Backup", "A backup schedule is every 1 to 366 days, or none."));
    }
    const QJsonObject json{{QStringLiteral("folder"), schedule.folder},
                           {QStringLiteral("every_days"), schedule.everyDays}};
    auto batch = m_session->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY(db::writeMeta(m_session->connection, kScheduleKey, QJsonDocument(json).toJson(QJsonDocument::Compact)));
    return (*batch)->commit();
}

Result<qint64> Vault::lastBackupIn(const QString& folder) {
    if (!m_session) return lockedError();
    auto vaultId = db::readMeta(m_session->connection, "vault_id");
    if (!vaultId) return vaultId.error();
    qint64 newest = 0;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*") + QLatin1String(kBackupSuffix)}, QDir::Files,
                                                     QDir::Name | QDir::Reversed);
    for (const QString& name : names.mid(0, kBackupsLookedAtMost)) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) continue;
        auto header = readBackupHeader(file);
        if (header && header->vaultId == *vaultId) newest = std::max(newest, header->writtenMs);
    }
    return newest;
}

Result<QString> Vault::backupIfDue() {
    auto schedule = backupSchedule();
    if (!schedule) return schedule.error();
    if (schedule->everyDays <= 0 || schedule->folder.isEmpty() || !QFileInfo(schedule->folder).isDir())
        return QString();
    auto last = lastBackupIn(schedule->folder);
    if (!last) return last.error();
    if (*last != 0 && m_clock.nowMs() - *last < schedule->everyDays * kDayMs) return QString();
    return backup(schedule->folder);
}

Result<QString> Vault::backup(const QString& dir) {
    if (!m_session) return lockedError();
    const QFileInfo folder(dir);
    if (!folder.isDir()) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Backup", "There is no folder %1 to write the backup to.").arg(dir));
    }
    auto keys = loadKeyFile();
    if (!keys) return keys.error();
    // A backup opens with the passphrase or the recovery code, never into a decoy; the spare slot is random anyway.
    keys->setSlotBytes(crypto::KeyFile::DuressSlot, crypto::randomBytes(crypto::KeyFile::kSlotSize));
    keys->setSlotBytes(crypto::KeyFile::SpareSlot, crypto::randomBytes(crypto::KeyFile::kSlotSize));
    const bool decoy = m_session->backupKey.size() == 0;
    if (!decoy) {
        // Everything committed goes into vault.db and the write-ahead log is emptied: the file alone is the vault as
        // it is now. No write can come between (the caller holds the vault's lock for the call).
        auto checkpoint = m_session->connection.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        if (!checkpoint) return checkpoint.error();
        auto row = checkpoint->step();
        if (!row) return row.error();
        if (!*row || checkpoint->columnInt64(0) != 0) {
            return makeError(ErrorCode::Failed, QCoreApplication::translate(
                                                    "Backup", "The vault is busy; nothing was written. Try again."));
        }
    }
    QFile database(databasePath());
    if (!database.open(QIODevice::ReadOnly))
        return ioError(QT_TRANSLATE_NOOP("Backup", "Cannot read %1: %2"), databasePath(), database.errorString());
    const qint64 now = m_clock.nowMs();
    const QString path = backupPath(QDir(folder.absoluteFilePath()), now);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(QT_TRANSLATE_NOOP("Backup", "Cannot write the backup %1: %2"), path, out.errorString());
    BackupHeader header{keys->vaultId(), now, keys->serialize()};
    // The decoy writes a file like any other, of the real database's size, under a key nobody keeps: it opens with
    // nothing (docs/backup.md), and writing it looks and takes the same.
    const SecretBytes throwaway = decoy ? crypto::randomSecret(crypto::KeyFile::kDatabaseKeySize) : SecretBytes();
    FC_TRY(writeBackup(out, header, database, decoy ? throwaway : m_session->backupKey));
    if (!out.commit())
        return ioError(QT_TRANSLATE_NOOP("Backup", "Cannot write the backup %1: %2"), path, out.errorString());
    return path;
}

Result<RestoredVault> Vault::restore(const RestoreRequest& request) {
    FC_TRY(claim());
    if (QFileInfo::exists(m_dir)) {
        return makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Backup",
                                        "%1 exists already: a backup is restored into a new folder, so that nothing "
                                        "there is overwritten.")
                .arg(m_dir));
    }
    QFile file(request.backupFile);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QT_TRANSLATE_NOOP("Backup", "Cannot read the backup %1: %2"), request.backupFile,
                       file.errorString());
    auto header = readBackupHeader(file);
    if (!header) return header.error();
    auto keys = crypto::KeyFile::parse(header->keyFile);
    if (!keys || keys->vaultId() != header->vaultId) {
        return makeError(ErrorCode::Rejected, QCoreApplication::translate(
                                                  "Backup", "This file is not a Fieldcase backup, or it is damaged."));
    }
    Result<SecretBytes> databaseKey = SecretBytes();
    if (request.recoveryCode) {
        auto raw = crypto::parseRecoveryCode(request.secret);
        if (!raw) return raw.error();
        databaseKey = keys->openSlot(crypto::KeyFile::RecoverySlot, keys->recoveryKey(*raw));
    } else {
        auto slotKey = keys->passphraseKey(request.secret);
        if (!slotKey) return slotKey.error();
        databaseKey = keys->openSlot(crypto::KeyFile::PassphraseSlot, *slotKey);
    }
    if (!databaseKey) return databaseKey.error();
    const SecretBytes& passphrase = request.recoveryCode ? request.newPassphrase : request.secret;

    // The decrypted database and the new vault side by side, before the one becomes the other.
    const QFileInfo target(m_dir);
    const QDir parent(target.absolutePath());
    const QStorageInfo storage(parent);
    if (storage.isValid() && storage.bytesAvailable() < 3 * file.size()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Backup",
                                                     "There is not enough free space in %1 to restore this backup "
                                                     "(%2 MB needed); nothing was written.")
                             .arg(parent.path())
                             .arg(3 * file.size() / (1024 * 1024) + 1));
    }
    removeStalePartials(parent, target.fileName());
    QTemporaryDir staging(parent.filePath(QStringLiteral(".%1.partial-XXXXXX").arg(target.fileName())));
    if (!staging.isValid())
        return ioError(QT_TRANSLATE_NOOP("Backup", "Cannot restore into %1: %2"), parent.path(), staging.errorString());
    FC_TRY(step("restore-staging-created"));

    // The backup's database, as the old laptop had it: pages encrypted under its database key, never plaintext.
    const QString oldPath = QDir(staging.path()).filePath(QStringLiteral("backup.db"));
    {
        QFile copy(oldPath);
        if (!copy.open(QIODevice::WriteOnly))
            return ioError(QT_TRANSLATE_NOOP("Backup", "Cannot restore into %1: %2"), parent.path(),
                           copy.errorString());
        FC_TRY(readBackupPayload(file, *header, backupKey(*databaseKey, header->vaultId), copy));
        if (!copy.flush())
            return ioError(QT_TRANSLATE_NOOP("Backup", "Cannot restore into %1: %2"), parent.path(),
                           copy.errorString());
    }
    auto old = db::Connection::open(oldPath, *databaseKey, db::Connection::Mode::OpenExisting);
    if (!old) return old.error();
    FC_TRY(db::migrate(*old));
    auto oldVaultId = db::readMeta(*old, "vault_id");
    if (!oldVaultId) return oldVaultId.error();
    if (*oldVaultId != header->vaultId) {
        return makeError(ErrorCode::Rejected, QCoreApplication::translate(
                                                  "Backup", "The backup's database does not belong to its key file."));
    }
    auto from = describeBackup(*old);
    if (!from) return from.error();

    // A new device: its own identity, bundle key, vault key and recovery code. It joins the old laptop's team mates
    // through a coordinator, or founds a team when the old laptop had none.
    const QString freshDir = QDir(staging.path()).filePath(QStringLiteral("vault"));
    RestoredVault restored;
    {
        Vault fresh(freshDir, {}, m_clock, {});
        CreateVaultRequest create;
        create.passphrase = passphrase.clone();
        create.deviceName = from->name;
        create.strength = strengthOf(keys->kdfParams());
        create.joinExistingTeam = from->hasTeamMates;
        auto created = fresh.create(create);
        if (!created) return created.error();
        restored.deviceId = created->deviceId;
        restored.recoveryCode = std::move(created->recoveryCode);
        FC_TRY(step("restore-vault-created"));
        FC_TRY(fillFromBackup(*old, *fresh.session(), *from));
        FC_TRY(step("restore-filled"));
    }  // closing it checkpoints its write-ahead log into its database and lets its lock go
    QFile::remove(freshDir + QStringLiteral(".lock"));
    if (!QDir().rename(freshDir, m_dir)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Backup", "Cannot move the restored vault into %1.").arg(m_dir));
    }
    FC_TRY(unlock(passphrase));
    restored.oldDeviceId = toHex(from->deviceId);
    restored.oldDeviceName = from->name;
    restored.oldDeviceUpTo = from->upTo;
    restored.writtenMs = header->writtenMs;
    restored.joinsTeam = from->hasTeamMates;
    return restored;
}

}  // namespace fieldcase::vault
