// The vault through its service: create, unlock, lock, passphrase changes, recovery, damage.
#include "core/api/Services.h"
#include "core/base/Clock.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/Random.h"
#include "core/crypto/RecoveryCode.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/services/LocalRecords.h"
#include "core/services/LocalVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/TestVaults.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

using namespace fieldcase;
using fieldcase::test::errorCode;
using fieldcase::test::secret;

namespace {

constexpr const char* kPassphrase = "a long enough passphrase";

struct Fixture {
    QTemporaryDir root;
    QString dir = root.filePath(QStringLiteral("vault"));

    CreatedVault create(LocalVault& vault, const QString& deviceName = QStringLiteral("Laptop 1")) {
        CreateVaultRequest request;
        request.passphrase = secret(kPassphrase);
        request.deviceName = deviceName;
        request.strength = KdfStrength::Interactive;
        auto created = vault.create(std::move(request));
        REQUIRE(created.ok());
        return std::move(*created);
    }
};

QByteArray flipped(QByteArray data, qsizetype at) {
    data[at] = static_cast<char>(data[at] ^ 0x01);
    return data;
}

// Rewrites the checksum, as someone who edits the key file on purpose would.
QByteArray withValidChecksum(QByteArray bytes) {
    const int body = crypto::KeyFile::kFileSize - crypto::KeyFile::kChecksumSize;
    crypto_generichash(reinterpret_cast<unsigned char*>(bytes.data()) + body, crypto::KeyFile::kChecksumSize,
                       reinterpret_cast<const unsigned char*>(bytes.constData()), body, nullptr, 0);
    return bytes;
}

// The key file with other Argon2id settings written into its header (the weakest the format accepts).
QByteArray withWeakestKdf(QByteArray bytes) {
    qToLittleEndian<quint32>(crypto::kKdfMinimum.ops, bytes.data() + 20);
    qToLittleEndian<quint32>(crypto::kKdfMinimum.memoryKiB, bytes.data() + 24);
    return withValidChecksum(bytes);
}

// The database key the passphrase slot of a key file holds.
SecretBytes databaseKeyOf(const QByteArray& keyFile, const char* passphrase) {
    auto keys = crypto::KeyFile::parse(keyFile);
    REQUIRE(keys.ok());
    auto slotKey = keys->passphraseKey(secret(passphrase));
    REQUIRE(slotKey.ok());
    auto databaseKey = keys->openSlot(crypto::KeyFile::PassphraseSlot, *slotKey);
    REQUIRE(databaseKey.ok());
    return std::move(*databaseKey);
}

// The key file as Fieldcase wrote it before the header MAC (format version 1), both slots sealed again that way.
QByteArray asVersion1(const QByteArray& keyFile, const char* passphrase, const SecretBytes& recoveryCode) {
    const SecretBytes databaseKey = databaseKeyOf(keyFile, passphrase);
    QByteArray bytes = keyFile;
    bytes[0] = 1;
    bytes.replace(44, crypto::KeyFile::kHeaderMacSize, QByteArray(crypto::KeyFile::kHeaderMacSize, '\0'));
    auto keys = crypto::KeyFile::parse(withValidChecksum(bytes));
    REQUIRE(keys.ok());
    REQUIRE(keys->formatVersion() == 1);
    keys->sealSlot(crypto::KeyFile::PassphraseSlot, *keys->passphraseKey(secret(passphrase)), databaseKey);
    keys->sealSlot(crypto::KeyFile::RecoverySlot, keys->recoveryKey(*crypto::parseRecoveryCode(recoveryCode)),
                   databaseKey);
    return keys->serialize();
}

QString titleOf(LocalRecords& records, const QString& caseId) {
    auto record = records.get(QStringLiteral("case"), caseId);
    REQUIRE(record.ok());
    return record->fields.value(QStringLiteral("title")).toString();
}

QString newCase(LocalRecords& records, const QString& title) {
    auto id = records.create(QStringLiteral("case"), {{QStringLiteral("title"), title}});
    REQUIRE(id.ok());
    return *id;
}

}  // namespace

TEST_CASE("a new vault is open - and opens again only with its passphrase", "[vault]") {
    Fixture fx;
    QString deviceId;
    {
        LocalVault vault(fx.dir);
        REQUIRE_FALSE(vault.exists());
        const auto created = fx.create(vault);
        deviceId = created.deviceId;
        REQUIRE(vault.exists());
        REQUIRE(vault.isUnlocked());
        REQUIRE(deviceId.size() == 32);

        auto info = vault.info();
        REQUIRE(info.ok());
        REQUIRE(info->deviceId == deviceId);
        REQUIRE(info->deviceName == QStringLiteral("Laptop 1"));
        REQUIRE(info->role == QStringLiteral("coordinator"));
        REQUIRE(info->teamId.size() == 32);
        REQUIRE(info->kdfName == QStringLiteral("interactive"));
        REQUIRE(info->kdfMemoryBytes == 64U * 1024 * 1024);
        REQUIRE(info->schemaVersion >= 1);
        REQUIRE(info->cipherVersion.startsWith(QLatin1Char('3')) | info->cipherVersion.startsWith(QLatin1Char('4')));

        vault.lock();
        REQUIRE_FALSE(vault.isUnlocked());
        REQUIRE(errorCode(vault.info()) == ErrorCode::Locked);
        REQUIRE(errorCode(vault.unlock(secret("not the passphrase"))) == ErrorCode::WrongSecret);
        REQUIRE_FALSE(vault.isUnlocked());
        REQUIRE(vault.unlock(secret(kPassphrase)).ok());
        REQUIRE(vault.isUnlocked());
    }
    LocalVault again(fx.dir);
    REQUIRE(again.unlock(secret(kPassphrase)).ok());
    REQUIRE(again.info()->deviceId == deviceId);
    auto report = again.verify();
    REQUIRE(report.ok());
    REQUIRE(report->keyFileOk);
    REQUIRE(report->databaseOk);
}

TEST_CASE("a joining device's vault has no team until it is welcomed", "[vault]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    CreateVaultRequest request;
    request.passphrase = secret(kPassphrase);
    request.deviceName = QStringLiteral("Field laptop");
    request.strength = KdfStrength::Interactive;
    request.joinExistingTeam = true;
    REQUIRE(vault.create(std::move(request)).ok());
    REQUIRE(vault.info()->teamId.isEmpty());
    REQUIRE(vault.info()->role.isEmpty());
}

TEST_CASE("creating a vault refuses bad requests and existing vaults without touching anything", "[vault]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    auto attempt = [&](const char* passphrase, const QString& name) {
        CreateVaultRequest request;
        request.passphrase = secret(passphrase);
        request.deviceName = name;
        request.strength = KdfStrength::Interactive;
        return vault.create(std::move(request));
    };
    REQUIRE(errorCode(attempt("short", QStringLiteral("Laptop"))) == ErrorCode::Usage);
    // Seven Cyrillic letters are fourteen bytes but still too short.
    REQUIRE(errorCode(attempt("\xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x8C", QStringLiteral("Laptop"))) ==
            ErrorCode::Usage);
    REQUIRE(errorCode(attempt(kPassphrase, QStringLiteral("   "))) == ErrorCode::Usage);
    REQUIRE(errorCode(attempt(kPassphrase, QString(65, QLatin1Char('x')))) == ErrorCode::Usage);
    REQUIRE(errorCode(attempt(kPassphrase, QStringLiteral("bad\x01name"))) == ErrorCode::Usage);
    REQUIRE_FALSE(QFileInfo::exists(fx.dir));

    REQUIRE(QDir().mkpath(fx.dir));
    test::writeAll(QDir(fx.dir).filePath(QStringLiteral("notes.txt")), "someone's file");
    REQUIRE(errorCode(attempt(kPassphrase, QStringLiteral("Laptop"))) == ErrorCode::AlreadyExists);
    REQUIRE(test::readAll(QDir(fx.dir).filePath(QStringLiteral("notes.txt"))) == "someone's file");
    QFile::remove(QDir(fx.dir).filePath(QStringLiteral("notes.txt")));

    // An empty folder is fine.
    fx.create(vault);
    const QByteArray keys = test::readAll(vault.keyFilePath());
    REQUIRE(errorCode(attempt(kPassphrase, QStringLiteral("Laptop"))) == ErrorCode::AlreadyExists);
    REQUIRE(test::readAll(vault.keyFilePath()) == keys);
}

TEST_CASE("an interrupted create leaves no vault behind - and the next create works", "[vault]") {
    const char* steps[] = {"staging-created", "keys-written", "database-written", "before-rename"};
    for (const char* failAt : steps) {
        INFO("failing at " << failAt);
        Fixture fx;
        {
            LocalVault vault(fx.dir, [&](const char* step) -> Result<void> {
                if (QLatin1String(step) == QLatin1String(failAt)) {
                    return makeError(ErrorCode::Io, QStringLiteral("simulated full disk"));
                }
                return {};
            });
            CreateVaultRequest request;
            request.passphrase = secret(kPassphrase);
            request.deviceName = QStringLiteral("Laptop");
            request.strength = KdfStrength::Interactive;
            REQUIRE(errorCode(vault.create(std::move(request))) == ErrorCode::Io);
            REQUIRE_FALSE(vault.exists());
            REQUIRE_FALSE(vault.isUnlocked());
        }
        REQUIRE_FALSE(QFileInfo::exists(fx.dir));
        // Only the lock file is left beside where the vault would be.
        REQUIRE(QDir(fx.root.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .filter(QStringLiteral("partial"))
                    .isEmpty());
        LocalVault vault(fx.dir);
        fx.create(vault);
        REQUIRE(vault.isUnlocked());
    }
}

TEST_CASE("a create killed before its rename leaves only a hidden partial folder - removed by the next create",
          "[vault]") {
    Fixture fx;
    const QString stale = fx.root.filePath(QStringLiteral(".vault.partial-AbC123"));
    REQUIRE(QDir().mkpath(stale));
    test::writeAll(QDir(stale).filePath(QStringLiteral("vault.keys")), "half written");
    LocalVault vault(fx.dir);
    REQUIRE_FALSE(vault.exists());
    fx.create(vault);
    REQUIRE_FALSE(QFileInfo::exists(stale));
}

TEST_CASE("one process per vault: a second opener is told the vault is in use", "[vault]") {
    Fixture fx;
    LocalVault first(fx.dir);
    fx.create(first);
    LocalVault second(fx.dir);
    REQUIRE(errorCode(second.claim()) == ErrorCode::VaultInUse);
    REQUIRE(errorCode(second.unlock(secret(kPassphrase))) == ErrorCode::VaultInUse);
    REQUIRE(errorCode(second.changePassphrase(secret(kPassphrase), secret("another passphrase"), std::nullopt)) ==
            ErrorCode::VaultInUse);
}

TEST_CASE("a lock left by a process that died does not keep the vault closed", "[vault]") {
    Fixture fx;
    {
        LocalVault vault(fx.dir);
        fx.create(vault);
    }
    LocalVault probe(fx.dir);
    // A lock file naming a process id that cannot be running.
    test::writeAll(probe.lockFilePath(),
                   QStringLiteral("999999999\nfieldcase\n%1\n").arg(QSysInfo::machineHostName()).toUtf8());
    REQUIRE(probe.unlock(secret(kPassphrase)).ok());
}

TEST_CASE("changing the passphrase rewrites only its slot - and the recovery code keeps working", "[vault]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    const auto created = fx.create(vault);
    vault.lock();
    const QByteArray before = test::readAll(vault.keyFilePath());

    REQUIRE(errorCode(vault.changePassphrase(secret("wrong passphrase"), secret("new passphrase 1"), std::nullopt)) ==
            ErrorCode::WrongSecret);
    REQUIRE(errorCode(vault.changePassphrase(secret(kPassphrase), secret("short"), std::nullopt)) == ErrorCode::Usage);
    REQUIRE(test::readAll(vault.keyFilePath()) == before);

    REQUIRE(vault.changePassphrase(secret(kPassphrase), secret("new passphrase 1"), KdfStrength::Interactive).ok());
    const QByteArray after = test::readAll(vault.keyFilePath());
    REQUIRE(after.size() == before.size());
    // Header and the recovery and spare slots are byte for byte the same; the passphrase slot is new.
    const int slot = 72;
    REQUIRE(after.left(64) == before.left(64));
    REQUIRE(after.mid(64, slot) != before.mid(64, slot));
    REQUIRE(after.mid(64 + slot, 3 * slot) == before.mid(64 + slot, 3 * slot));

    REQUIRE(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::WrongSecret);
    REQUIRE(vault.unlock(secret("new passphrase 1")).ok());
    vault.lock();

    SECTION("a stronger key derivation is recorded and the recovery code still opens the vault") {
        REQUIRE(
            vault.changePassphrase(secret("new passphrase 1"), secret("new passphrase 2"), KdfStrength::Moderate).ok());
        REQUIRE(vault.unlock(secret("new passphrase 2")).ok());
        REQUIRE(vault.info()->kdfName == QStringLiteral("moderate"));
        vault.lock();
        REQUIRE(vault.recover(created.recoveryCode, secret("after recovery")).ok());
        REQUIRE(vault.isUnlocked());
        vault.lock();
        REQUIRE(vault.unlock(secret("after recovery")).ok());
    }
}

TEST_CASE("the recovery code opens the vault and sets a new passphrase - and a wrong one changes nothing", "[vault]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    const auto created = fx.create(vault);
    vault.lock();
    const QByteArray before = test::readAll(vault.keyFilePath());

    REQUIRE(errorCode(vault.recover(secret("0000-0000-0000-0000-0000-0000-0000-0000"), secret("new passphrase"))) ==
            ErrorCode::WrongSecret);
    REQUIRE(errorCode(vault.recover(secret("not a code"), secret("new passphrase"))) == ErrorCode::WrongSecret);
    REQUIRE(test::readAll(vault.keyFilePath()) == before);
    REQUIRE_FALSE(vault.isUnlocked());

    REQUIRE(vault.recover(created.recoveryCode, secret("new passphrase")).ok());
    REQUIRE(vault.isUnlocked());
    vault.lock();
    REQUIRE(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::WrongSecret);
    REQUIRE(vault.unlock(secret("new passphrase")).ok());
}

TEST_CASE(
    "every flipped byte and every truncation of vault.keys gives a clear error, and the vault opens once it "
    "is restored",
    "[vault]") {
    Fixture fx;
    QString keyPath;
    {
        LocalVault vault(fx.dir);
        fx.create(vault);
        keyPath = vault.keyFilePath();
    }
    const QByteArray good = test::readAll(keyPath);
    LocalVault vault(fx.dir);
    for (qsizetype i = 0; i < good.size(); ++i) {
        test::writeAll(keyPath, flipped(good, i));
        auto result = vault.unlock(secret(kPassphrase));
        INFO("byte " << i);
        REQUIRE(errorCode(result) == ErrorCode::Damaged);
        REQUIRE(result.error().message.contains(QStringLiteral("damaged")));
        REQUIRE_FALSE(vault.isUnlocked());
    }
    for (qsizetype length : {qsizetype{0}, qsizetype{1}, qsizetype{63}, qsizetype{64}, qsizetype{200}, good.size() - 32,
                             good.size() - 1}) {
        test::writeAll(keyPath, good.left(length));
        INFO("length " << length);
        REQUIRE(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::Damaged);
    }
    test::writeAll(keyPath, good + QByteArray(100 * 1024, 'x'));
    REQUIRE(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::Damaged);

    QFile::remove(keyPath);
    REQUIRE(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::Io);

    test::writeAll(keyPath, good);
    REQUIRE(vault.unlock(secret(kPassphrase)).ok());
    REQUIRE(vault.verify()->databaseOk);
}

TEST_CASE("a damaged database is reported as damaged - not as a wrong passphrase", "[vault]") {
    Fixture fx;
    QString dbPath;
    {
        LocalVault vault(fx.dir);
        fx.create(vault);
        dbPath = vault.databasePath();
    }
    const QByteArray good = test::readAll(dbPath);
    REQUIRE(good.size() >= 2 * 4096);

    SECTION("a flipped byte in the first page") {
        test::writeAll(dbPath, flipped(good, 100));
        LocalVault vault(fx.dir);
        auto result = vault.unlock(secret(kPassphrase));
        REQUIRE(errorCode(result) == ErrorCode::Damaged);
        REQUIRE(result.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("a flipped byte in a later page") {
        test::writeAll(dbPath, flipped(good, 4096 + 2000));
        LocalVault vault(fx.dir);
        auto result = vault.unlock(secret(kPassphrase));
        if (result.ok()) {
            // The page was not needed to open the vault: verify finds it.
            auto report = vault.verify();
            REQUIRE(report.ok());
            REQUIRE_FALSE(report->databaseOk);
            REQUIRE_FALSE(report->detail.isEmpty());
        } else {
            REQUIRE(errorCode(result) == ErrorCode::Damaged);
        }
    }
    SECTION("a missing database") {
        QFile::remove(dbPath);
        LocalVault vault(fx.dir);
        REQUIRE(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::Damaged);
    }
    SECTION("another vault's database") {
        Fixture other;
        LocalVault otherVault(other.dir);
        other.create(otherVault);
        otherVault.lock();
        test::writeAll(dbPath, test::readAll(otherVault.databasePath()));
        LocalVault vault(fx.dir);
        REQUIRE(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::Damaged);
    }
}

TEST_CASE("no plaintext reaches the disk - and plain SQLite cannot read the database", "[vault][security]") {
    const qint64 started = QDateTime::currentMSecsSinceEpoch() - 1000;
    Fixture fx;
    const QString marker = test::uniqueMarker();
    {
        LocalVault vault(fx.dir);
        fx.create(vault, marker.left(40));
        REQUIRE(vault.info()->deviceName == marker.left(40));
        vault.lock();
        REQUIRE(vault.unlock(secret(kPassphrase)).ok());
        REQUIRE(vault.info()->deviceName == marker.left(40));
    }
    const QByteArray needle = marker.left(40).toUtf8();
    REQUIRE(test::filesContaining(fx.root.path(), needle).isEmpty());
    // Anything written to the temporary folder while the test ran.
    QStringList leaks;
    for (const QString& path : test::filesContaining(QDir::tempPath(), needle)) {
        if (QFileInfo(path).lastModified().toMSecsSinceEpoch() >= started) leaks << path;
    }
    REQUIRE(leaks.isEmpty());
    // The passphrase is not on disk either.
    REQUIRE(test::filesContaining(fx.root.path(), QByteArray(kPassphrase)).isEmpty());

    const QString dbPath = QDir(fx.dir).filePath(QStringLiteral("vault.db"));
    REQUIRE_FALSE(test::readAll(dbPath).startsWith("SQLite format 3"));
    REQUIRE(errorCode(db::Connection::openUnencrypted(dbPath)) == ErrorCode::Damaged);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty());  // build.sh installs it
    QProcess process;
    process.start(sqlite3, {dbPath, QStringLiteral("SELECT * FROM sqlite_master;")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() != 0);
    REQUIRE(process.readAllStandardError().contains("not a database"));
}

TEST_CASE("the database runs with the pinned SQLCipher settings", "[vault][security]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    fx.create(vault);
    db::Connection* connection = vault.connection();
    REQUIRE(connection != nullptr);
    auto value = [&](const char* pragma) {
        auto text = connection->queryText(pragma);
        REQUIRE(text.ok());
        return *text;
    };
    REQUIRE(value("PRAGMA cipher_page_size") == QStringLiteral("4096"));
    REQUIRE(value("PRAGMA cipher_use_hmac") == QStringLiteral("1"));
    REQUIRE(value("PRAGMA secure_delete") == QStringLiteral("1"));
    REQUIRE(value("PRAGMA temp_store") == QStringLiteral("2"));
    REQUIRE(value("PRAGMA foreign_keys") == QStringLiteral("1"));
    REQUIRE(value("PRAGMA journal_mode") == QStringLiteral("wal"));
    REQUIRE(value("PRAGMA synchronous") == QStringLiteral("2"));
}

TEST_CASE("the vault's files are private to the user", "[vault][security]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    fx.create(vault);
    vault.lock();
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                              QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& path : {fx.dir, vault.keyFilePath(), vault.databasePath()}) {
        INFO(path.toStdString());
        REQUIRE((QFileInfo(path).permissions() & groupOrOther) == 0);
    }
}

TEST_CASE("rekey: records survive - an old key file opens nothing - only the new recovery code works",
          "[vault][rekey]") {
    Fixture fx;
    const SystemClock clock;
    LocalVault vault(fx.dir);
    const auto created = fx.create(vault);
    LocalRecords records(vault, clock);
    const QString before = newCase(records, QStringLiteral("Рынок на Садовой"));
    const QByteArray oldKeys = test::readAll(vault.keyFilePath());

    auto newCode = vault.rekey(secret(kPassphrase));
    INFO((newCode ? std::string() : newCode.error().message.toStdString()));
    REQUIRE(newCode.ok());
    REQUIRE(vault.isUnlocked());
    REQUIRE_FALSE(newCode->equals(created.recoveryCode));
    REQUIRE_FALSE(QFileInfo::exists(vault.rekeyCopyPath()));
    REQUIRE(titleOf(records, before) == QStringLiteral("Рынок на Садовой"));
    const QString after = newCase(records, QStringLiteral("Written after the new key"));
    REQUIRE(vault.verify()->ok());
    vault.lock();

    // The passphrase stays; the database key does not.
    const QByteArray newKeys = test::readAll(vault.keyFilePath());
    REQUIRE_FALSE(databaseKeyOf(newKeys, kPassphrase).equals(databaseKeyOf(oldKeys, kPassphrase)));
    REQUIRE(vault.unlock(secret(kPassphrase)).ok());
    REQUIRE(titleOf(records, before) == QStringLiteral("Рынок на Садовой"));
    REQUIRE(titleOf(records, after) == QStringLiteral("Written after the new key"));
    vault.lock();

    SECTION("the old recovery code no longer opens the vault") {
        const QByteArray keysNow = test::readAll(vault.keyFilePath());  // unlocking renewed the spare slot
        REQUIRE(errorCode(vault.recover(created.recoveryCode, secret("another passphrase"))) == ErrorCode::WrongSecret);
        REQUIRE(test::readAll(vault.keyFilePath()) == keysNow);
    }
    SECTION("the new recovery code does") {
        REQUIRE(vault.recover(*newCode, secret("another passphrase")).ok());
        vault.lock();
        REQUIRE(vault.unlock(secret("another passphrase")).ok());
        REQUIRE(titleOf(records, after) == QStringLiteral("Written after the new key"));
    }
    SECTION("an old copy of vault.keys with the old passphrase or the old recovery code opens nothing") {
        test::writeAll(vault.keyFilePath(), oldKeys);
        REQUIRE(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::Damaged);
        REQUIRE(errorCode(vault.recover(created.recoveryCode, secret("another passphrase"))) == ErrorCode::Damaged);
        REQUIRE_FALSE(vault.isUnlocked());
        REQUIRE(test::readAll(vault.keyFilePath()) == oldKeys);  // recover wrote nothing
        // Nor does the old database key, used directly.
        REQUIRE_FALSE(db::Connection::open(vault.databasePath(), databaseKeyOf(oldKeys, kPassphrase),
                                           db::Connection::Mode::OpenExisting)
                          .ok());
        test::writeAll(vault.keyFilePath(), newKeys);
        REQUIRE(vault.unlock(secret(kPassphrase)).ok());
    }
}

TEST_CASE("rekey with a wrong passphrase changes nothing", "[vault][rekey]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    const auto created = fx.create(vault);
    vault.lock();
    const QByteArray keys = test::readAll(vault.keyFilePath());
    const QByteArray database = test::readAll(vault.databasePath());

    REQUIRE(errorCode(vault.rekey(secret("not the passphrase"))) == ErrorCode::WrongSecret);
    REQUIRE_FALSE(vault.isUnlocked());
    REQUIRE(test::readAll(vault.keyFilePath()) == keys);
    REQUIRE(test::readAll(vault.databasePath()) == database);
    REQUIRE_FALSE(QFileInfo::exists(vault.rekeyCopyPath()));
    REQUIRE(vault.recover(created.recoveryCode, secret("another passphrase")).ok());
}

TEST_CASE("a rekey interrupted at any step leaves a vault the passphrase opens - with nothing lost", "[vault][rekey]") {
    const char* steps[] = {"rekey-copy-written", "rekey-keys-written"};
    for (const char* failAt : steps) {
        DYNAMIC_SECTION("interrupted at " << failAt) {
            Fixture fx;
            const QString crashed = fx.root.filePath(QStringLiteral("crashed"));
            const SystemClock clock;
            CreatedVault created;
            QString caseId;
            {
                // At the step, the folder is copied as a crash there would leave it, and the rekey stops.
                LocalVault vault(fx.dir, [&](const char* step) -> Result<void> {
                    if (QLatin1String(step) != QLatin1String(failAt)) return {};
                    test::copyFolder(fx.dir, crashed);
                    return makeError(ErrorCode::Io, QStringLiteral("simulated failure"));
                });
                created = fx.create(vault);
                LocalRecords records(vault, clock);
                caseId = newCase(records, QStringLiteral("Рынок на Садовой"));
                REQUIRE_FALSE(vault.rekey(secret(kPassphrase)).ok());
                REQUIRE(QFileInfo::exists(QDir(crashed).filePath(QStringLiteral("vault.db.rekey"))));
            }
            const bool committed = QLatin1String(failAt) == QLatin1String("rekey-keys-written");
            // The failed call's own folder, and the folder as the crash left it.
            for (const QString& dir : {fx.dir, crashed}) {
                INFO(dir.toStdString());
                LocalVault vault(dir);
                LocalRecords records(vault, clock);
                REQUIRE(vault.unlock(secret(kPassphrase)).ok());
                REQUIRE(titleOf(records, caseId) == QStringLiteral("Рынок на Садовой"));
                REQUIRE(vault.verify()->ok());
                REQUIRE_FALSE(QFileInfo::exists(vault.rekeyCopyPath()));
                vault.lock();
                // Before the new key file was written the old key stands, after it the new one.
                auto recovered = vault.recover(created.recoveryCode, secret("another passphrase"));
                REQUIRE(recovered.ok() == !committed);
                vault.lock();
            }
        }
    }
}

TEST_CASE("a rekey copy that a crash left empty or cut short is never taken for the database", "[vault][rekey]") {
    Fixture fx;
    const SystemClock clock;
    LocalVault vault(fx.dir);
    fx.create(vault);
    LocalRecords records(vault, clock);
    const QString caseId = newCase(records, QStringLiteral("Рынок на Садовой"));
    vault.lock();
    // An empty file opens as an empty database with any key; random bytes with none.
    for (const QByteArray& leftover : {QByteArray(), crypto::randomBytes(3 * 4096)}) {
        INFO("leftover of " << leftover.size() << " bytes");
        test::writeAll(vault.rekeyCopyPath(), leftover);
        REQUIRE(vault.unlock(secret(kPassphrase)).ok());
        REQUIRE(titleOf(records, caseId) == QStringLiteral("Рынок на Садовой"));
        REQUIRE_FALSE(QFileInfo::exists(vault.rekeyCopyPath()));
        vault.lock();
    }
}

TEST_CASE("edited Argon2id settings in vault.keys are refused by unlock - recover - passwd and rekey",
          "[vault][rekey]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    const auto created = fx.create(vault);
    vault.lock();
    const QByteArray edited = withWeakestKdf(test::readAll(vault.keyFilePath()));
    test::writeAll(vault.keyFilePath(), edited);

    auto unlocked = vault.unlock(secret(kPassphrase));
    REQUIRE(errorCode(unlocked) == ErrorCode::WrongSecret);
    REQUIRE(unlocked.error().message.contains(QStringLiteral("settings")));
    // The recovery slot does not depend on the settings and opens, but the header it authenticates was changed:
    // recover must not seal the new passphrase with the weakened settings.
    auto recovered = vault.recover(created.recoveryCode, secret("another passphrase"));
    REQUIRE(errorCode(recovered) == ErrorCode::Damaged);
    REQUIRE(recovered.error().message.contains(QStringLiteral("settings")));
    REQUIRE(errorCode(vault.changePassphrase(secret(kPassphrase), secret("another passphrase"), std::nullopt)) ==
            ErrorCode::WrongSecret);
    REQUIRE(errorCode(vault.rekey(secret(kPassphrase))) == ErrorCode::WrongSecret);
    REQUIRE_FALSE(vault.isUnlocked());
    REQUIRE(test::readAll(vault.keyFilePath()) == edited);
}

TEST_CASE("a version-1 key file still opens - and recover upgrades it without lowering its cost", "[vault][rekey]") {
    Fixture fx;
    LocalVault vault(fx.dir);
    const auto created = fx.create(vault);
    vault.lock();
    const QByteArray version1 = asVersion1(test::readAll(vault.keyFilePath()), kPassphrase, created.recoveryCode);
    test::writeAll(vault.keyFilePath(), version1);
    REQUIRE(vault.unlock(secret(kPassphrase)).ok());
    vault.lock();
    REQUIRE(vault.changePassphrase(secret(kPassphrase), secret("second passphrase"), std::nullopt).ok());
    REQUIRE(crypto::KeyFile::parse(test::readAll(vault.keyFilePath()))->formatVersion() == 1);

    SECTION("recover on an unedited file") {
        REQUIRE(vault.recover(created.recoveryCode, secret("third passphrase")).ok());
    }
    SECTION("recover on a file whose settings were weakened, which version 1 cannot detect") {
        test::writeAll(vault.keyFilePath(), withWeakestKdf(test::readAll(vault.keyFilePath())));
        REQUIRE(vault.recover(created.recoveryCode, secret("third passphrase")).ok());
    }
    auto upgraded = crypto::KeyFile::parse(test::readAll(vault.keyFilePath()));
    REQUIRE(upgraded->formatVersion() == crypto::KeyFile::kFormatVersion);
    REQUIRE(upgraded->kdfParams() == crypto::kKdfModerate);
    vault.lock();
    REQUIRE(vault.unlock(secret("third passphrase")).ok());
    vault.lock();
    REQUIRE(vault.recover(created.recoveryCode, secret("fourth passphrase")).ok());
}
