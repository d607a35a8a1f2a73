#include "core/vault/Vault.h"

#include "core/base/AtomicFile.h"
#include "core/base/Bytes.h"
#include "core/base/Clock.h"
#include "core/base/Hex.h"
#include "core/crypto/BoxKeys.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/KeyedHash.h"
#include "core/crypto/Passphrase.h"
#include "core/crypto/Random.h"
#include "core/crypto/RecoveryCode.h"
#include "core/crypto/Signer.h"
#include "core/db/Connection.h"
#include "core/db/Meta.h"
#include "core/db/Migrations.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/store/AuditLog.h"
#include "core/store/ChangeLogCheck.h"
#include "core/store/Devices.h"
#include "core/sync/team/Team.h"
#include "core/sync/team/TravelRelease.h"
#include "core/vault/BackupFile.h"
#include "core/vault/Decoy.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>
#include <utility>

namespace fieldcase::vault {

namespace {

constexpr qint64 kKeyFileReadLimit = 64 * 1024;
constexpr int kMaxDeviceNameLength = 64;
constexpr char kKeyFileName[] = "vault.keys";
constexpr char kDatabaseFileName[] = "vault.db";
constexpr char kRekeyCopyFileName[] = "vault.db.rekey";

// The note the duress path seals over the passphrase slot, to the public key of the duress slot: a sealed box as
// long as a slot, so it looks like one (docs/threat-model.md, "The duress passphrase").
const QByteArray kDuressNoteMagic = QByteArrayLiteral("fcduress");
constexpr int kDuressNoteSize = crypto::KeyFile::kSlotSize - crypto::kSealOverhead;  // magic, time, zeros
constexpr int kDuressNoteTopByte = 31;  // the last byte of the sealed box's ephemeral X25519 key
constexpr unsigned char kTopBit = 0x80;
constexpr qint64 kDecoyAgeWithoutBirthMs = 90LL * 24 * 60 * 60 * 1000;
// What follows the key derivation on a successful unlock (opening the database, or building the decoy) takes at least
// this long on either path, so the time to open does not tell which passphrase was typed. Both take a few
// milliseconds in a release build (fieldcase-bench, figure duress_unlock); the floor leaves room for slow machines.
constexpr auto kUnlockFloor = std::chrono::milliseconds(60);

// Waits until `floor` has passed since `start`.
void padTo(std::chrono::steady_clock::time_point start, std::chrono::milliseconds floor) {
    std::this_thread::sleep_until(start + floor);
}
// What the real database keeps of a duress passphrase: the secret that opens the note, its public key, and the
// key derivation it was sealed under (a change of salt or cost leaves the slot unopenable: then it is not set).
constexpr char kDuressSecretMeta[] = "duress_secret_key";
constexpr char kDuressPublicMeta[] = "duress_public_key";
constexpr char kDuressKdfMeta[] = "duress_kdf";
constexpr char kDuressUsedMeta[] = "duress_used_ms";

QByteArray kdfFingerprint(const crypto::KeyFile& keys) {
    ByteWriter out;
    out.raw(keys.salt());
    out.u32(keys.kdfParams().ops);
    out.u32(keys.kdfParams().memoryKiB);
    return out.bytes();
}

QByteArray storedForm(const SecretBytes& secret) {
    return QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}

// The key of the passphrase slot while travel-locked: the passphrase's key and the release key together.
SecretBytes travelSlotKey(const SecretBytes& passphraseKey, const QByteArray& releaseKey) {
    return crypto::deriveSubkey(passphraseKey, "fieldcase travel slot v1", releaseKey);
}

Error wrongPassphrase() {
    return makeError(ErrorCode::WrongSecret, QCoreApplication::translate("Vault", "Wrong passphrase."));
}

crypto::KdfParams atLeast(const crypto::KdfParams& params, const crypto::KdfParams& floor) {
    return {std::max(params.ops, floor.ops), std::max(params.memoryKiB, floor.memoryKiB)};
}

QString kdfName(const crypto::KdfParams& params) {
    if (params == crypto::kKdfInteractive) return QStringLiteral("interactive");
    if (params == crypto::kKdfModerate) return QStringLiteral("moderate");
    if (params == crypto::kKdfSensitive) return QStringLiteral("sensitive");
    return QStringLiteral("custom");
}

Result<void> checkNewPassphrase(const SecretBytes& passphrase) {
    constexpr int kMinimumLength = static_cast<int>(crypto::kMinimumPassphraseLength);
    auto normalized = crypto::normalizePassphrase(passphrase);
    if (!normalized) {
        return normalized.error();
    }
    if (crypto::passphraseLength(*normalized) < crypto::kMinimumPassphraseLength) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Vault", "The passphrase must have at least %n characters.",
                                                     nullptr, kMinimumLength));
    }
    return {};
}

Result<QString> checkDeviceName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate(
                                               "Vault", "Give this device a name, so the team can tell it apart."));
    }
    if (trimmed.size() > kMaxDeviceNameLength) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Vault", "The device name is too long (at most %n characters).",
                                                     nullptr, kMaxDeviceNameLength));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return makeError(ErrorCode::Usage,
                             QCoreApplication::translate("Vault", "The device name contains control characters."));
        }
    }
    return trimmed;
}

// True when key opens the file at path as this vault's database. Opening alone proves nothing: an empty file (a copy
// cut short by a crash, or one whose journal was rolled back) opens as an empty database with any key.
bool isVaultDatabase(const QString& path, const SecretBytes& key, const QByteArray& vaultId) {
    auto connection = db::Connection::open(path, key, db::Connection::Mode::OpenExisting);
    if (!connection) return false;
    auto storedId = db::readMeta(*connection, "vault_id");
    return storedId && *storedId == vaultId;
}

// The database key that the passphrase slot of keys gives for this passphrase.
Result<SecretBytes> openWithPassphrase(const crypto::KeyFile& keys, const SecretBytes& passphrase) {
    auto passphraseKey = keys.passphraseKey(passphrase);
    if (!passphraseKey) {
        return passphraseKey.error();
    }
    return keys.openSlot(crypto::KeyFile::PassphraseSlot, *passphraseKey);
}

}  // namespace

void removeStalePartials(const QDir& parent, const QString& vaultName) {
    const QStringList stale = parent.entryList({QStringLiteral(".%1.partial-*").arg(vaultName)},
                                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : stale) {
        QDir(parent.filePath(name)).removeRecursively();
    }
}

crypto::KdfParams kdfParamsFor(KdfStrength strength) {
    switch (strength) {
        case KdfStrength::Interactive:
            return crypto::kKdfInteractive;
        case KdfStrength::Sensitive:
            return crypto::kKdfSensitive;
        case KdfStrength::Moderate:
            break;
    }
    return crypto::kKdfModerate;
}

Vault::Vault(QString vaultDir, StepHook stepHook, const Clock& clock, OpenHook onOpen)
    : m_dir(QDir::cleanPath(QFileInfo(vaultDir).absoluteFilePath())),
      m_stepHook(std::move(stepHook)),
      m_clock(clock),
      m_onOpen(std::move(onOpen)) {
    crypto::initialiseCrypto();
}

Vault::~Vault() {
    lock();
}

QString Vault::keyFilePath() const {
    return QDir(m_dir).filePath(QLatin1String(kKeyFileName));
}
QString Vault::databasePath() const {
    return QDir(m_dir).filePath(QLatin1String(kDatabaseFileName));
}
QString Vault::rekeyCopyPath() const {
    return QDir(m_dir).filePath(QLatin1String(kRekeyCopyFileName));
}
// Beside the folder, not in it: create() must hold it before the folder exists.
QString Vault::lockFilePath() const {
    return m_dir + QStringLiteral(".lock");
}

// Five characters of the device id in Crockford base32 (25 bits): two laptops of a 50-device team share a prefix
// with a chance of about 1 in 27 000, and the characters cannot be misread for one another.
QString referencePrefix(const QByteArray& deviceId) {
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    quint32 bits = 0;
    for (int i = 0; i < 4; ++i)
        bits = (bits << 8) | static_cast<unsigned char>(deviceId[i]);
    QString prefix;
    for (int i = 0; i < 5; ++i)
        prefix += QLatin1Char(kAlphabet[(bits >> (27 - 5 * i)) & 31U]);
    return prefix;
}

Error lockedError() {
    return makeError(ErrorCode::Locked, QCoreApplication::translate("Vault", "Unlock the vault first."));
}

bool Vault::exists() const {
    return QFileInfo::exists(keyFilePath());
}

Result<void> Vault::step(const char* name) const {
    return m_stepHook ? m_stepHook(name) : Result<void>();
}

Result<void> Vault::claim() {
    if (m_lock) {
        return {};
    }
    const QString parent = QFileInfo(m_dir).absolutePath();
    if (!QDir().mkpath(parent)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Vault", "Cannot create the folder %1.").arg(parent));
    }
    auto lockFile = std::make_unique<QLockFile>(lockFilePath());
    // Never stale by age: a live process keeps its lock however long it runs; a dead one's lock
    // is recognised by its process id and taken over.
    lockFile->setStaleLockTime(0);
    if (!lockFile->tryLock(0)) {
        if (lockFile->error() == QLockFile::LockFailedError) {
            return makeError(ErrorCode::VaultInUse,
                             QCoreApplication::translate("Vault", "The vault is open in another window."));
        }
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Vault", "Cannot lock the vault in %1.").arg(parent));
    }
    m_lock = std::move(lockFile);
    return {};
}

Result<crypto::KeyFile> Vault::loadKeyFile() const {
    if (!exists()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Vault", "There is no vault in %1.").arg(m_dir));
    }
    auto bytes = readSmallFile(keyFilePath(), kKeyFileReadLimit);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::Rejected) {
            return crypto::KeyFile::parse({});  // too large: damaged
        }
        return bytes.error();
    }
    return crypto::KeyFile::parse(*bytes);
}

void Vault::removeRekeyCopy() const {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        QFile::remove(rekeyCopyPath() + QLatin1String(suffix));
    }
}

Result<void> Vault::replaceDatabaseWithRekeyedCopy() {
    // The old database's journal is in the copy already, and its pages would not decrypt under the new key.
    for (const char* suffix : {"-wal", "-shm"}) {
        QFile::remove(databasePath() + QLatin1String(suffix));
    }
    // std::filesystem::rename replaces the target in one step (QFile::rename refuses to).
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(rekeyCopyPath().toStdU16String()),
                            std::filesystem::path(databasePath().toStdU16String()), error);
    if (error) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Vault", "Cannot put the re-encrypted database in place in %1.").arg(m_dir));
    }
    return {};
}

Result<void> Vault::openDatabase(const SecretBytes& databaseKey, const QByteArray& expectedVaultId) {
    // A rekey() that was interrupted leaves its copy beside the database, and the key file tells which of the two is
    // current: a key that opens the copy as this vault came from the new key file, so the swap is finished here;
    // otherwise the copy is an attempt that never took effect, removed once the database has opened with this key.
    bool abandonedCopy = false;
    if (QFileInfo::exists(rekeyCopyPath())) {
        if (isVaultDatabase(rekeyCopyPath(), databaseKey, expectedVaultId)) {
            FC_TRY(replaceDatabaseWithRekeyedCopy());
        } else {
            abandonedCopy = true;
        }
    }
    if (!QFileInfo::exists(databasePath())) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("Vault", "The vault's database file is missing from %1.").arg(m_dir));
    }
    auto connection = db::Connection::open(databasePath(), databaseKey, db::Connection::Mode::OpenExisting);
    if (!connection) {
        return connection.error();
    }
    FC_TRY(db::migrate(*connection));
    auto vaultId = db::readMeta(*connection, "vault_id");
    if (!vaultId) {
        return vaultId.error();
    }
    if (*vaultId != expectedVaultId) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("Vault", "The vault's database does not belong to its key file."));
    }
    if (abandonedCopy) {
        removeRekeyCopy();
    }
    auto deviceId = db::readMeta(*connection, "device_id");
    auto signingKey = db::readMeta(*connection, "sign_secret_key");
    auto deviceName = db::readMeta(*connection, "device_name");
    if (!deviceId || !signingKey || !deviceName) {
        return !deviceId ? deviceId.error() : !signingKey ? signingKey.error() : deviceName.error();
    }
    store::LocalIdentity identity{
        *deviceId,
        SecretBytes::fromText(std::string_view(signingKey->constData(), static_cast<std::size_t>(signingKey->size()))),
        QString::fromUtf8(*deviceName)};
    signingKey->fill('\0');
    auto analyzer = search::TextAnalyzer::create();
    if (!analyzer) {
        return analyzer.error();
    }
    m_session =
        std::make_unique<VaultSession>(std::move(*connection), m_clock, std::move(identity), std::move(*analyzer));
    m_session->backupKey = backupKey(databaseKey, expectedVaultId);
    if (m_onOpen) m_onOpen(*m_session);
    // A bundle key for the device and, for a team's founder, the membership log's first event (vaults made
    // before the log existed get theirs here).
    auto settingUp = m_session->mutator.begin();
    if (!settingUp) return settingUp.error();
    // Name keys of older rules, in a vault written by an older version, are brought up to date before any search.
    auto upgraded = m_session->index.upgradeNameKeys();
    if (!upgraded) return upgraded.error();
    sync::Team team(m_session->connection, m_clock, m_session->mutator.identity().deviceId,
                    m_session->mutator.identity().signingKey);
    FC_TRY(team.ensureReady());
    return (*settingUp)->commit();
}

Result<CreatedVault> Vault::create(const CreateVaultRequest& request) {
    auto deviceName = checkDeviceName(request.deviceName);
    if (!deviceName) {
        return deviceName.error();
    }
    FC_TRY(checkNewPassphrase(request.passphrase));
    FC_TRY(claim());
    if (exists()) {
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate("Vault", "There is already a vault in %1.").arg(m_dir));
    }
    const QFileInfo target(m_dir);
    if (target.exists() && (!target.isDir() || !QDir(m_dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                                                    QDir::NoDotAndDotDot))) {
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate(
                             "Vault", "The folder %1 is not empty. Choose a new or empty folder for the vault.")
                             .arg(m_dir));
    }
    const QDir parent(target.absolutePath());
    removeStalePartials(parent, target.fileName());

    // Everything is built in a hidden sibling folder and renamed into place at the end, so a
    // crash or an error at any point leaves no half-made vault behind.
    QTemporaryDir staging(parent.filePath(QStringLiteral(".%1.partial-XXXXXX").arg(target.fileName())));
    if (!staging.isValid()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Vault", "Cannot create the vault in %1: %2")
                                            .arg(parent.path(), staging.errorString()));
    }
    FC_TRY(step("staging-created"));

    const QByteArray vaultId = crypto::randomBytes(crypto::KeyFile::kVaultIdSize);
    const SecretBytes databaseKey = crypto::randomSecret(crypto::KeyFile::kDatabaseKeySize);
    const SecretBytes recoveryCode = crypto::generateRecoveryCode();
    auto keys = crypto::KeyFile::create(vaultId, kdfParamsFor(request.strength));
    auto passphraseKey = keys.passphraseKey(request.passphrase);
    if (!passphraseKey) {
        return passphraseKey.error();
    }
    keys.sealSlot(crypto::KeyFile::PassphraseSlot, *passphraseKey, databaseKey);
    keys.sealSlot(crypto::KeyFile::RecoverySlot, keys.recoveryKey(recoveryCode), databaseKey);
    FC_TRY(writeFileAtomically(QDir(staging.path()).filePath(QLatin1String(kKeyFileName)), keys.serialize()));
    FC_TRY(step("keys-written"));

    const QByteArray deviceId = crypto::randomBytes(16);
    {
        auto connection = db::Connection::open(QDir(staging.path()).filePath(QLatin1String(kDatabaseFileName)),
                                               databaseKey, db::Connection::Mode::Create);
        if (!connection) {
            return connection.error();
        }
        QFile::setPermissions(QDir(staging.path()).filePath(QLatin1String(kDatabaseFileName)),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        FC_TRY(db::migrate(*connection));
        const db::Connection::WriteScope settingUp(*connection);
        auto transaction = db::Transaction::begin(*connection);
        if (!transaction) {
            return transaction.error();
        }
        const auto identity = crypto::generateSigningKeyPair();
        FC_TRY(db::writeMeta(*connection, "vault_id", vaultId));
        FC_TRY(db::writeMeta(*connection, "device_id", deviceId));
        FC_TRY(db::writeMeta(*connection, "device_name", deviceName->toUtf8()));
        FC_TRY(db::writeMeta(*connection, "created_at", QByteArray::number(QDateTime::currentMSecsSinceEpoch())));
        FC_TRY(db::writeMeta(*connection, "sign_public_key", identity.publicKey));
        FC_TRY(db::writeMeta(*connection, "sign_secret_key",
                             QByteArray(reinterpret_cast<const char*>(identity.secretKey.data()),
                                        static_cast<qsizetype>(identity.secretKey.size()))));
        // The device's own prefix keeps case references unique across the team without coordination.
        FC_TRY(
            store::Devices(*connection).addSelf(deviceId, identity.publicKey, *deviceName, referencePrefix(deviceId)));
        if (!request.joinExistingTeam) {
            FC_TRY(db::writeMeta(*connection, "team_id", crypto::randomBytes(16)));
            FC_TRY(db::writeMeta(*connection, "role", QByteArrayLiteral("coordinator")));
        }
        FC_TRY(transaction->commit());
        FC_TRY(step("database-written"));
    }  // closing the last connection checkpoints the WAL into vault.db

    FC_TRY(step("before-rename"));
    if (target.exists() && !QDir().rmdir(m_dir)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Vault", "Cannot replace the empty folder %1.").arg(m_dir));
    }
    if (!QDir().rename(staging.path(), m_dir)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Vault", "Cannot move the new vault into %1.").arg(m_dir));
    }
    staging.setAutoRemove(false);

    FC_TRY(openDatabase(databaseKey, vaultId));
    return CreatedVault{toHex(deviceId), crypto::formatRecoveryCode(recoveryCode)};
}

Result<void> Vault::unlock(const SecretBytes& passphrase) {
    if (m_session) {
        return {};
    }
    FC_TRY(claim());
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    auto slotKey = keys->passphraseKey(passphrase);
    if (!slotKey) {
        return slotKey.error();
    }
    // One derivation, and both slots tried whichever passphrase it is: the two paths take the same time to here.
    auto databaseKey = keys->openSlot(crypto::KeyFile::PassphraseSlot, *slotKey);
    auto duressValue = keys->openValueSlot(crypto::KeyFile::DuressSlot, *slotKey);
    const auto opened = std::chrono::steady_clock::now();
    if (databaseKey) {
        FC_TRY(openDatabase(*databaseKey, keys->vaultId()));
        // The spare slot gets new random bytes, as the passphrase slot does on the duress path: the key file
        // changes, in place, at every unlock. Only once the vault has opened: a failed open writes nothing.
        keys->setSlotBytes(crypto::KeyFile::SpareSlot, crypto::randomBytes(crypto::KeyFile::kSlotSize));
        rewriteInPlace(*keys);
        padTo(opened, kUnlockFloor);
        return {};
    }
    if (databaseKey.error().code == ErrorCode::WrongSecret && duressValue) {
        FC_TRY(openWithDuress(*keys, *duressValue));
        padTo(opened, kUnlockFloor);
        return {};
    }
    return databaseKey.error();
}

void Vault::rewriteInPlace(const crypto::KeyFile& keys) const {
    (void)overwriteFileInPlace(keyFilePath(), keys.serialize());
}

Result<SecretBytes> Vault::decoyValue(const crypto::KeyFile& keys, const SecretBytes& passphrase) {
    auto slotKey = keys.passphraseKey(passphrase);
    if (!slotKey) return slotKey.error();
    auto value = keys.openValueSlot(crypto::KeyFile::DuressSlot, *slotKey);
    if (!value) return wrongPassphrase();
    return std::move(*value);
}

bool Vault::opensDuressSlot(const crypto::KeyFile& keys, const SecretBytes& slotKey) {
    return keys.openValueSlot(crypto::KeyFile::DuressSlot, slotKey).has_value();
}

Result<void> Vault::openWithDuress(crypto::KeyFile& keys, const SecretBytes& duressValue) {
    // First the passphrase slot goes: a note only the real database can read takes its place, so nothing the
    // worker knows opens the vault any more, and the office learns of this when it recovers the vault.
    ByteWriter note;
    note.raw(kDuressNoteMagic);
    note.u64(static_cast<quint64>(m_clock.nowMs()));
    QByteArray noteBytes = note.bytes();
    noteBytes.resize(kDuressNoteSize, '\0');
    if (auto sealed = crypto::sealTo(DecoyValue::publicKey(duressValue),
                                     SecretBytes::fromText(std::string_view(
                                         noteBytes.constData(), static_cast<std::size_t>(noteBytes.size()))))) {
        // An X25519 key's top bit is always clear, random bytes' only half the time.
        if ((crypto::randomBytes(1)[0] & 1) != 0)
            (*sealed)[kDuressNoteTopByte] = static_cast<char>((*sealed)[kDuressNoteTopByte] | kTopBit);
        keys.setSlotBytes(crypto::KeyFile::PassphraseSlot, *sealed);
        rewriteInPlace(keys);
    }
    // The decoy looks as old as the vault: its records begin when the database file was made.
    const QDateTime born = QFileInfo(databasePath()).birthTime();
    const qint64 anchorMs = born.isValid() ? born.toMSecsSinceEpoch() : m_clock.nowMs() - kDecoyAgeWithoutBirthMs;
    auto clock = std::make_unique<DecoyClock>(m_clock);
    auto decoy = vault::openDecoy(keys.vaultId(), duressValue, *clock, anchorMs);
    if (!decoy) {
        return decoy.error();
    }
    m_decoyClock = std::move(clock);
    m_session = std::move(*decoy);
    if (m_onOpen) m_onOpen(*m_session);
    return {};
}

Result<void> Vault::takeDuressNote(crypto::KeyFile& keys) {
    auto secret = db::readMeta(m_session->connection, kDuressSecretMeta);
    auto publicKey = db::readMeta(m_session->connection, kDuressPublicMeta);
    if (!secret || !publicKey) return !secret ? secret.error() : publicKey.error();
    if (secret->isEmpty()) return {};
    crypto::BoxKeyPair pair{*publicKey, SecretBytes::fromText(std::string_view(
                                            secret->constData(), static_cast<std::size_t>(secret->size())))};
    secret->fill('\0');
    QByteArray sealed = keys.slotBytes(crypto::KeyFile::PassphraseSlot);
    sealed[kDuressNoteTopByte] = static_cast<char>(static_cast<unsigned char>(sealed[kDuressNoteTopByte]) & ~kTopBit);
    auto note = crypto::openSealed(pair, sealed.constData(), static_cast<int>(sealed.size()));
    if (!note) return {};  // the passphrase slot was the passphrase's: forgotten, not coerced
    const QByteArray noteBytes(reinterpret_cast<const char*>(note->data()), static_cast<qsizetype>(note->size()));
    ByteReader in(noteBytes);
    if (in.raw(kDuressNoteMagic.size()) != kDuressNoteMagic) return {};
    const auto atMs = static_cast<qint64>(in.u64());
    auto batch = m_session->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY(db::writeMeta(m_session->connection, kDuressUsedMeta, QByteArray::number(atMs)));
    // The coercer knows the duress passphrase now: it opens nothing from here on.
    for (const char* key : {kDuressSecretMeta, kDuressPublicMeta, kDuressKdfMeta})
        FC_TRY(db::writeMeta(m_session->connection, key, {}));
    sync::Team team(m_session->connection, m_clock, m_session->mutator.identity().deviceId,
                    m_session->mutator.identity().signingKey);
    FC_TRY(team.reportDuress(atMs));
    FC_TRY((*batch)->commit());
    keys.setSlotBytes(crypto::KeyFile::DuressSlot, crypto::randomBytes(crypto::KeyFile::kSlotSize));
    return {};
}

Result<void> Vault::setDuressPassphrase(const SecretBytes& passphrase, const SecretBytes& duressPassphrase,
                                        DuressDecoyLanguage language) {
    if (!m_session) {
        return lockedError();
    }
    FC_TRY(checkNewPassphrase(duressPassphrase));
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    if (m_decoyClock) {
        // Inside the decoy the passphrase is the duress passphrase; what is set here lasts until it locks.
        FC_TRY(decoyValue(*keys, passphrase));
        m_decoyDuressSet = true;
        return {};
    }
    auto databaseKey = openWithPassphrase(*keys, passphrase);
    if (!databaseKey) {
        return databaseKey.error();
    }
    auto duressKey = keys->passphraseKey(duressPassphrase);
    if (!duressKey) {
        return duressKey.error();
    }
    if (keys->openSlot(crypto::KeyFile::PassphraseSlot, *duressKey)) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate(
                                               "Vault", "The duress passphrase must differ from the passphrase."));
    }
    const crypto::BoxKeyPair noteKeys = crypto::generateBoxKeyPair();
    keys->sealValueSlot(
        crypto::KeyFile::DuressSlot, *duressKey,
        DecoyValue::make(noteKeys.publicKey, language == DuressDecoyLanguage::English ? DecoyValue::Language::English
                                                                                      : DecoyValue::Language::Russian));
    auto batch = m_session->mutator.begin();
    if (!batch) return batch.error();
    QByteArray secret = storedForm(noteKeys.secretKey);
    auto stored = db::writeMeta(m_session->connection, kDuressSecretMeta, secret);
    secret.fill('\0');
    FC_TRY(stored);
    FC_TRY(db::writeMeta(m_session->connection, kDuressPublicMeta, noteKeys.publicKey));
    FC_TRY(db::writeMeta(m_session->connection, kDuressKdfMeta, kdfFingerprint(*keys)));
    // The key file before the commit: if it cannot be written, the database does not claim a duress passphrase.
    FC_TRY(writeFileAtomically(keyFilePath(), keys->serialize()));
    return (*batch)->commit();
}

Result<void> Vault::removeDuressPassphrase(const SecretBytes& passphrase) {
    if (!m_session) {
        return lockedError();
    }
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    if (m_decoyClock) {
        FC_TRY(decoyValue(*keys, passphrase));
        m_decoyDuressSet = false;
        return {};
    }
    auto databaseKey = openWithPassphrase(*keys, passphrase);
    if (!databaseKey) {
        return databaseKey.error();
    }
    keys->setSlotBytes(crypto::KeyFile::DuressSlot, crypto::randomBytes(crypto::KeyFile::kSlotSize));
    auto batch = m_session->mutator.begin();
    if (!batch) return batch.error();
    for (const char* key : {kDuressSecretMeta, kDuressPublicMeta, kDuressKdfMeta})
        FC_TRY(db::writeMeta(m_session->connection, key, {}));
    FC_TRY(writeFileAtomically(keyFilePath(), keys->serialize()));
    return (*batch)->commit();
}

Result<void> Vault::travelLock(const SecretBytes& passphrase) {
    if (!m_session) {
        return lockedError();
    }
    sync::Team team(m_session->connection, m_clock, m_session->mutator.identity().deviceId,
                    m_session->mutator.identity().signingKey);
    auto delivered = team.travelKeyDelivered();
    if (!delivered) return delivered.error();
    auto releaseKey = team.travelKey();
    if (!releaseKey) return releaseKey.error();
    if (!*delivered || !*releaseKey) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "Vault",
                             "No coordinator holds this laptop's release key yet, so none could release it after "
                             "travel. Exchange with the team, and let a coordinator exchange back, first."));
    }
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    auto passphraseKey = keys->passphraseKey(passphrase);
    if (!passphraseKey) {
        return passphraseKey.error();
    }
    auto databaseKey = keys->openSlot(crypto::KeyFile::PassphraseSlot, *passphraseKey);
    if (!databaseKey) {
        return databaseKey.error();
    }
    const QByteArray release(reinterpret_cast<const char*>((*releaseKey)->key.data()),
                             static_cast<qsizetype>((*releaseKey)->key.size()));
    keys->sealSlot(crypto::KeyFile::PassphraseSlot, travelSlotKey(*passphraseKey, release), *databaseKey);
    lock();
    // In place: the slot the passphrase alone opened is gone from the file's blocks, not left in free space.
    return overwriteFileInPlace(keyFilePath(), keys->serialize());
}

Result<int> Vault::travelUnlock(const SecretBytes& passphrase, const std::vector<QByteArray>& releaseFiles) {
    if (m_session) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate("Vault", "The vault is not travel-locked."));
    }
    FC_TRY(claim());
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    auto passphraseKey = keys->passphraseKey(passphrase);
    if (!passphraseKey) {
        return passphraseKey.error();
    }
    for (int index = 0; index < static_cast<int>(releaseFiles.size()); ++index) {
        auto release = sync::TravelRelease::decode(releaseFiles[static_cast<std::size_t>(index)]);
        if (!release) continue;
        auto databaseKey = keys->openSlot(crypto::KeyFile::PassphraseSlot, travelSlotKey(*passphraseKey, release->key));
        if (!databaseKey) {
            if (databaseKey.error().code == ErrorCode::WrongSecret) continue;
            return databaseKey.error();
        }
        FC_TRY(openDatabase(*databaseKey, keys->vaultId()));
        // The key opened the slot, so the file holds this laptop's release key; it counts only if a coordinator of
        // this laptop's team, as this laptop knows it, signed it.
        sync::Team team(m_session->connection, m_clock, m_session->mutator.identity().deviceId,
                        m_session->mutator.identity().signingKey);
        auto signer = team.member(release->coordinator);
        if (!signer) {
            lock();
            return signer.error();
        }
        if (release->deviceId != m_session->mutator.identity().deviceId || !*signer || (*signer)->removed ||
            (*signer)->role != sync::Role::Coordinator || !release->verifiedBy((*signer)->signPublicKey)) {
            lock();
            return makeError(ErrorCode::Rejected,
                             QCoreApplication::translate(
                                 "Vault", "The release file is not signed by a coordinator of this laptop's team."));
        }
        auto batch = m_session->mutator.begin();
        if (!batch) return batch.error();
        FC_TRY(team.retireTravelKey());
        keys->sealSlot(crypto::KeyFile::PassphraseSlot, *passphraseKey, *databaseKey);
        FC_TRY(writeFileAtomically(keyFilePath(), keys->serialize()));
        FC_TRY((*batch)->commit());
        return index;
    }
    return makeError(ErrorCode::WrongSecret,
                     QCoreApplication::translate("Vault",
                                                 "The passphrase and the release files here do not open the vault "
                                                 "together: check the passphrase, or ask for a new release file."));
}

void Vault::lock() {
    // SQLCipher wipes its copy of the key when the connection closes.
    m_session.reset();
    m_decoyClock.reset();
    m_decoyDuressSet = false;
}

Result<void> Vault::changePassphrase(const SecretBytes& oldPassphrase, const SecretBytes& newPassphrase,
                                     std::optional<KdfStrength> strength) {
    FC_TRY(checkNewPassphrase(newPassphrase));
    FC_TRY(claim());
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    if (m_decoyClock) {
        // Inside the decoy the old passphrase is the duress passphrase, and the new one takes its place (at the
        // same cost: the key derivation settings are bound to the real database key).
        auto value = decoyValue(*keys, oldPassphrase);
        if (!value) return value.error();
        auto newKey = keys->passphraseKey(newPassphrase);
        if (!newKey) return newKey.error();
        keys->sealValueSlot(crypto::KeyFile::DuressSlot, *newKey, *value);
        return writeFileAtomically(keyFilePath(), keys->serialize());
    }
    auto databaseKey = openWithPassphrase(*keys, oldPassphrase);
    if (!databaseKey) {
        return databaseKey.error();
    }
    if (strength && kdfParamsFor(*strength) != keys->kdfParams()) {
        // The duress slot was sealed under the old cost and cannot be sealed again without its passphrase.
        keys->setKdfParams(kdfParamsFor(*strength));
        keys->setSlotBytes(crypto::KeyFile::DuressSlot, crypto::randomBytes(crypto::KeyFile::kSlotSize));
    }
    auto newKey = keys->passphraseKey(newPassphrase);
    if (!newKey) {
        return newKey.error();
    }
    if (opensDuressSlot(*keys, *newKey)) {
        return makeError(
            ErrorCode::Usage,
            QCoreApplication::translate("Vault", "The new passphrase is the duress passphrase; choose another."));
    }
    keys->sealSlot(crypto::KeyFile::PassphraseSlot, *newKey, *databaseKey);
    return writeFileAtomically(keyFilePath(), keys->serialize());
}

Result<void> Vault::recover(const SecretBytes& recoveryCode, const SecretBytes& newPassphrase) {
    FC_TRY(checkNewPassphrase(newPassphrase));
    FC_TRY(claim());
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    auto rawCode = crypto::parseRecoveryCode(recoveryCode);
    if (!rawCode) {
        return rawCode.error();
    }
    const SecretBytes recoveryKey = keys->recoveryKey(*rawCode);
    auto databaseKey = keys->openSlot(crypto::KeyFile::RecoverySlot, recoveryKey);
    if (!databaseKey) {
        return databaseKey.error();
    }
    if (m_decoyClock) {
        lock();  // the decoy closes; the real vault opens
    }
    // Open first: a new passphrase is only worth writing for a database that opens.
    if (!m_session) {
        FC_TRY(openDatabase(*databaseKey, keys->vaultId()));
    }
    // Before the passphrase slot is sealed again: it may hold the note of a duress unlock.
    FC_TRY(takeDuressNote(*keys));
    if (keys->formatVersion() < crypto::KeyFile::kFormatVersion) {
        // A version-1 file cannot prove that its KDF settings are the ones the passphrase was sealed with: never
        // reseal below the default. Both slots are resealed in the current format, which authenticates them.
        keys->setKdfParams(atLeast(keys->kdfParams(), crypto::kKdfModerate));
        keys->upgradeFormat();
        keys->sealSlot(crypto::KeyFile::RecoverySlot, recoveryKey, *databaseKey);
    }
    auto newKey = keys->passphraseKey(newPassphrase);
    if (!newKey) {
        return newKey.error();
    }
    if (opensDuressSlot(*keys, *newKey)) {
        return makeError(
            ErrorCode::Usage,
            QCoreApplication::translate("Vault", "The new passphrase is the duress passphrase; choose another."));
    }
    keys->sealSlot(crypto::KeyFile::PassphraseSlot, *newKey, *databaseKey);
    return writeFileAtomically(keyFilePath(), keys->serialize());
}

Result<SecretBytes> Vault::rekey(const SecretBytes& passphrase) {
    FC_TRY(claim());
    if (m_decoyClock) {
        // A new database key for a vault that exists only in memory has nothing to write; this is the error a
        // full or read-only disk gives (docs/threat-model.md, "The duress passphrase": what the decoy cannot do).
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Vault", "Cannot write the re-encrypted copy of the database in %1.")
                                            .arg(m_dir));
    }
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    auto oldKey = openWithPassphrase(*keys, passphrase);
    if (!oldKey) {
        return oldKey.error();
    }
    if (!m_session) {
        FC_TRY(openDatabase(*oldKey, keys->vaultId()));
    }

    // The new key file first, while nothing has changed: its key derivation is the slow step that can fail. A fresh
    // file (new salt, new spare slots, current format); the KDF settings carry over, proven by the slot they opened.
    const SecretBytes newKey = crypto::randomSecret(crypto::KeyFile::kDatabaseKeySize);
    const SecretBytes recoveryCode = crypto::generateRecoveryCode();
    auto newKeys = crypto::KeyFile::create(keys->vaultId(), keys->kdfParams());
    auto newPassphraseKey = newKeys.passphraseKey(passphrase);
    if (!newPassphraseKey) {
        return newPassphraseKey.error();
    }
    newKeys.sealSlot(crypto::KeyFile::PassphraseSlot, *newPassphraseKey, newKey);
    newKeys.sealSlot(crypto::KeyFile::RecoverySlot, newKeys.recoveryKey(recoveryCode), newKey);

    // 1. A copy of the whole database under the new key, beside it. The vault's mutex is held to the end, so no
    //    write reaches the old database after the copy is taken. The copy is read back in full (every page's HMAC
    //    under the new key) before the key file depends on it.
    removeRekeyCopy();
    auto copied = [&]() -> Result<void> {
        FC_TRY(writeFileAtomically(rekeyCopyPath(), {}));
        FC_TRY(m_session->connection.exportTo(rekeyCopyPath(), newKey));
        {
            auto copy = db::Connection::open(rekeyCopyPath(), newKey, db::Connection::Mode::OpenExisting);
            if (!copy) {
                return copy.error();
            }
            auto check = copy->queryText("PRAGMA quick_check");
            if (!check) {
                return check.error();
            }
            if (*check != QLatin1String("ok")) {
                return makeError(ErrorCode::Damaged,
                                 QCoreApplication::translate("Vault",
                                                             "The re-encrypted copy of the database does "
                                                             "not read back correctly; nothing was changed."));
            }
        }
        return step("rekey-copy-written");
    }();
    if (!copied) {
        removeRekeyCopy();
        return copied.error();
    }

    // 2. The commit point: the new key file, replaced atomically. Before it the old key opens the old database, and
    //    a copy left by a crash is removed on the next open; after it the new key opens the copy, and the next open
    //    puts it in place if this call does not get that far.
    if (auto written = writeFileAtomically(keyFilePath(), newKeys.serialize()); !written) {
        removeRekeyCopy();
        return written.error();
    }

    // 3. The copy replaces the database and the vault opens again under the new key.
    auto finished = [&]() -> Result<void> {
        FC_TRY(step("rekey-keys-written"));
        lock();
        FC_TRY(replaceDatabaseWithRekeyedCopy());
        return openDatabase(newKey, keys->vaultId());
    }();
    if (!finished) {
        // Nothing may write to a database that the key file no longer opens. The old recovery code no longer
        // works and the new one cannot be shown: say how to get one.
        lock();
        return makeError(finished.error().code,
                         QCoreApplication::translate("Vault",
                                                     "The vault has its new key but did not open again; unlock it "
                                                     "and make a new vault key once more to get a recovery code. %1")
                             .arg(finished.error().message));
    }
    return crypto::formatRecoveryCode(recoveryCode);
}

Result<void> Vault::destroyKeys() {
    FC_TRY(claim());
    // Closed first: nothing may write to a database whose key is about to go.
    lock();
    if (!exists()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Vault", "There is no vault in %1.").arg(m_dir));
    }
    // The whole file, header included: afterwards it is random bytes of the usual size, as unreadable as a damaged
    // file. A rekey's copy in progress is sealed under a key of that file too.
    const qint64 size =
        std::clamp<qint64>(QFileInfo(keyFilePath()).size(), crypto::KeyFile::kFileSize, kKeyFileReadLimit);
    FC_TRY(overwriteFileInPlace(keyFilePath(), crypto::randomBytes(static_cast<int>(size))));
    removeRekeyCopy();
    return {};
}

Result<VerifyReport> Vault::verify() {
    if (!m_session) {
        return lockedError();
    }
    VerifyReport report;
    auto keys = loadKeyFile();
    auto vaultId = db::readMeta(m_session->connection, "vault_id");
    report.keyFileOk = keys && vaultId && keys->vaultId() == *vaultId;

    QStringList problems;
    auto integrity = m_session->connection.prepare("PRAGMA integrity_check");
    if (!integrity) {
        problems << integrity.error().message;
    } else {
        for (;;) {
            auto row = integrity->step();
            if (!row) {
                problems << row.error().message;
                break;
            }
            if (!*row) break;
            const QString line = integrity->columnText(0);
            if (line != QLatin1String("ok")) problems << line;
        }
    }
    auto foreignKeys = m_session->connection.queryText("PRAGMA foreign_key_check");
    if (!foreignKeys) {
        problems << foreignKeys.error().message;
    } else if (!foreignKeys->isEmpty()) {
        problems << QCoreApplication::translate("Vault", "Some records point to records that do not exist.");
    }
    report.databaseOk = problems.isEmpty();
    auto audit = store::AuditLog(m_session->connection).verify();
    report.auditTrailOk = audit.ok();
    if (audit) {
        report.auditEntries = *audit;
    } else {
        problems << audit.error().message;
    }
    auto changes = store::verifyChangeLog(m_session->connection);
    report.changeLogOk = changes.ok();
    if (changes) {
        report.changesets = *changes;
    } else {
        problems << changes.error().message;
    }
    if (!report.keyFileOk) {
        problems.prepend(QCoreApplication::translate("Vault", "The key file does not belong to this database."));
    }
    report.detail = problems.join(QStringLiteral("; "));
    return report;
}

Result<qint64> Vault::measureUnlockTime(KdfStrength strength) {
    const SecretBytes throwaway = SecretBytes::fromText("a passphrase only for timing");
    QElapsedTimer timer;
    timer.start();
    auto key =
        crypto::derivePassphraseKey(throwaway, crypto::randomBytes(crypto::kKdfSaltSize), kdfParamsFor(strength));
    if (!key) {
        return key.error();
    }
    return timer.elapsed();
}

Result<VaultInfo> Vault::info() {
    if (!m_session) {
        return lockedError();
    }
    auto keys = loadKeyFile();
    if (!keys) {
        return keys.error();
    }
    VaultInfo result;
    result.vaultId = toHex(keys->vaultId());
    result.kdfName = kdfName(keys->kdfParams());
    result.kdfOps = keys->kdfParams().ops;
    result.kdfMemoryBytes = static_cast<std::uint64_t>(keys->kdfParams().memoryKiB) * 1024U;
    struct Field {
        const char* key;
        QString* text;
        bool hex;
    };
    const Field fields[] = {{"device_id", &result.deviceId, true},
                            {"device_name", &result.deviceName, false},
                            {"team_id", &result.teamId, true},
                            {"role", &result.role, false}};
    for (const auto& field : fields) {
        auto value = db::readMeta(m_session->connection, field.key);
        if (!value) {
            return value.error();
        }
        *field.text = field.hex ? toHex(*value) : QString::fromUtf8(*value);
    }
    auto version = db::schemaVersion(m_session->connection);
    if (!version) {
        return version.error();
    }
    result.schemaVersion = *version;
    auto cipher = m_session->connection.queryText("PRAGMA cipher_version");
    if (!cipher) {
        return cipher.error();
    }
    result.cipherVersion = *cipher;
    if (m_decoyClock) {
        result.duressPassphraseSet = m_decoyDuressSet;
        return result;
    }
    auto duressKdf = db::readMeta(m_session->connection, kDuressKdfMeta);
    auto duressUsed = db::readMeta(m_session->connection, kDuressUsedMeta);
    if (!duressKdf || !duressUsed) {
        return !duressKdf ? duressKdf.error() : duressUsed.error();
    }
    result.duressPassphraseSet = !duressKdf->isEmpty() && *duressKdf == kdfFingerprint(*keys);
    result.duressUsedAtMs = duressUsed->toLongLong();
    return result;
}

}  // namespace fieldcase::vault
