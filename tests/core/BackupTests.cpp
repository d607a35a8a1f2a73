// Backups (docs/backup.md): what opens one, what a damaged or foreign one does, and that a restore is all or nothing.
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "core/crypto/KeyFile.h"
#include "core/services/LocalVault.h"
#include "tests/core/RecordsFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstring>
#include <memory>
#include <string>

using namespace fieldcase;
using fieldcase::test::errorCode;
using fieldcase::test::readAll;
using fieldcase::test::secret;

namespace {

constexpr const char* kPassphrase = "a long enough passphrase";
constexpr const char* kDuress = "the one they will hear";
const QString kTitle = QStringLiteral("Shelter placement for a survivor from the market");

struct Fixture {
    QTemporaryDir root;
    std::unique_ptr<Services> services = makeServices(root.filePath(QStringLiteral("vault")));
    QString recoveryCode;

    explicit Fixture(int cases = 1) {
        CreateVaultRequest request;
        request.passphrase = secret(kPassphrase);
        request.deviceName = QStringLiteral("Field laptop");
        request.strength = KdfStrength::Interactive;
        auto created = services->vault().create(std::move(request));
        REQUIRE(created.ok());
        recoveryCode = QString::fromUtf8(created->recoveryCode.view());
        for (int i = 0; i < cases; ++i) {
            const QString title = i == 0 ? kTitle : QStringLiteral("Case %1 with a longer summary").arg(i);
            REQUIRE(services->records()
                        .create(QStringLiteral("case"), {{QStringLiteral("title"), title},
                                                         {QStringLiteral("summary"), QString(400, QChar(u'ж'))}})
                        .ok());
        }
    }

    QString backup() {
        auto file = services->vault().backup(root.path());
        INFO((file ? std::string() : file.error().message.toStdString()));
        REQUIRE(file.ok());
        return *file;
    }

    // Restores file into a new folder; the services of the restored vault, or the error.
    Result<std::unique_ptr<Services>> restore(const QString& file, const char* secretText, bool recovery = false,
                                              const QString& name = QStringLiteral("restored")) {
        auto restored = makeServices(root.filePath(name));
        RestoreRequest request;
        request.backupFile = file;
        request.secret = secret(secretText);
        request.recoveryCode = recovery;
        if (recovery) request.newPassphrase = secret("a new passphrase for it");
        auto result = restored->vault().restore(std::move(request));
        if (!result) return result.error();
        return restored;
    }

    // Nothing of a failed restore is left beside the vaults.
    bool nothingRestored() const {
        return !QFileInfo::exists(root.filePath(QStringLiteral("restored"))) &&
               QDir(root.path())
                   .entryList({QStringLiteral(".restored.partial-*")}, QDir::Dirs | QDir::Hidden)
                   .isEmpty();
    }
};

QStringList titles(Services& services) {
    auto page = services.records().listCases({});
    REQUIRE(page.ok());
    QStringList result;
    for (const auto& row : page->rows)
        result << row.title;
    return result;
}

QString writeVariant(const QString& dir, const QString& name, const QByteArray& bytes) {
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

}  // namespace

TEST_CASE("a backup opens with the passphrase or the recovery code of its day and holds no plaintext", "[backup]") {
    Fixture fx;
    const QString file = fx.backup();
    CHECK(QFileInfo(file).fileName().endsWith(QStringLiteral(".fcbackup")));
    const QByteArray bytes = readAll(file);
    CHECK_FALSE(bytes.contains(kTitle.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("SQLite format 3")));
    const QString oldDevice = fx.services->vault().info()->deviceId;

    SECTION("the passphrase") {
        auto restored = fx.restore(file, kPassphrase);
        INFO((restored ? std::string() : restored.error().message.toStdString()));
        REQUIRE(restored.ok());
        CHECK(titles(**restored).contains(kTitle));
        CHECK((*restored)->vault().info()->deviceId != oldDevice);
        CHECK((*restored)->vault().verify()->ok());
        // It opens again later with the same passphrase.
        (*restored)->vault().lock();
        CHECK((*restored)->vault().unlock(secret(kPassphrase)).ok());
    }
    SECTION("the recovery code, with a new passphrase") {
        auto restored = fx.restore(file, fx.recoveryCode.toUtf8().constData(), true);
        REQUIRE(restored.ok());
        CHECK(titles(**restored).contains(kTitle));
        (*restored)->vault().lock();
        CHECK(errorCode((*restored)->vault().unlock(secret(kPassphrase))) == ErrorCode::WrongSecret);
        CHECK((*restored)->vault().unlock(secret("a new passphrase for it")).ok());
    }
    SECTION("a wrong passphrase opens nothing and leaves nothing") {
        CHECK(errorCode(fx.restore(file, "not the passphrase at all")) == ErrorCode::WrongSecret);
        CHECK(fx.nothingRestored());
    }
    SECTION("a folder that exists is not restored into") {
        QDir().mkpath(fx.root.filePath(QStringLiteral("restored")));
        CHECK(errorCode(fx.restore(file, kPassphrase)) == ErrorCode::AlreadyExists);
    }
}

TEST_CASE("a duress passphrase opens nothing from a backup, and the decoy's backup opens with nothing",
          "[backup][duress]") {
    Fixture fx;
    REQUIRE(fx.services->vault()
                .setDuressPassphrase(secret(kPassphrase), secret(kDuress), DuressDecoyLanguage::English)
                .ok());
    const QString real = fx.backup();
    CHECK(errorCode(fx.restore(real, kDuress)) == ErrorCode::WrongSecret);
    CHECK(fx.nothingRestored());

    // Opened under coercion, the laptop shows the decoy; a backup written from it looks like any other and opens
    // with neither passphrase nor the recovery code.
    fx.services->vault().lock();
    REQUIRE(fx.services->vault().unlock(secret(kDuress)).ok());
    const QString decoy = fx.backup();
    CHECK(QFileInfo(decoy).size() > 0);
    CHECK(fx.restore(decoy, kPassphrase).ok() == false);
    CHECK(fx.restore(decoy, kDuress).ok() == false);
    CHECK(fx.restore(decoy, fx.recoveryCode.toUtf8().constData(), true).ok() == false);
    CHECK(fx.nothingRestored());
}

TEST_CASE("a damaged, cut, extended or spliced backup is refused with one line and nothing is restored",
          "[backup][hostile]") {
    Fixture fx(150);  // a database of several chunks
    Fixture other;
    const QString file = fx.backup();
    const QByteArray bytes = readAll(file);
    REQUIRE(bytes.size() > 3 * 65536);
    const QByteArray foreign = readAll(other.backup());
    constexpr int kHeaderSize = 8 + 1 + 16 + 8 + crypto::KeyFile::kFileSize;  // magic, version, vault id, time, keys
    constexpr int kChunk = 65536 + 17;
    const int firstChunk = kHeaderSize + 24;

    const std::vector<std::pair<const char*, QByteArray>> variants = {
        {"empty", QByteArray()},
        {"header cut", bytes.left(20)},
        {"cut inside a chunk", bytes.left(firstChunk + kChunk + 1000)},
        {"cut at a chunk's end", bytes.left(firstChunk + 2 * kChunk)},
        {"last byte gone", bytes.chopped(1)},
        {"bytes appended", bytes + QByteArray(100, 'x')},
        {"a whole chunk appended", bytes + bytes.mid(firstChunk, kChunk)},
        {"a chunk repeated",
         bytes.left(firstChunk + kChunk) + bytes.mid(firstChunk, kChunk) + bytes.mid(firstChunk + kChunk)},
        {"two chunks swapped", bytes.left(firstChunk) + bytes.mid(firstChunk + kChunk, kChunk) +
                                   bytes.mid(firstChunk, kChunk) + bytes.mid(firstChunk + 2 * kChunk)},
        {"another vault's key file and header", foreign.left(kHeaderSize) + bytes.mid(kHeaderSize)},
        {"another vault's payload", bytes.left(kHeaderSize) + foreign.mid(kHeaderSize)},
        {"not a backup", QByteArray(5000, 'z')},
    };
    for (const auto& [what, variant] : variants) {
        INFO(what);
        auto restored =
            fx.restore(writeVariant(fx.root.path(), QStringLiteral("variant.fcbackup"), variant), kPassphrase);
        REQUIRE_FALSE(restored.ok());
        CHECK_FALSE(restored.error().message.contains(QLatin1Char('\n')));
        CHECK(fx.nothingRestored());
    }
    // A flipped bit anywhere: the header, the key file, the stream header, the first, a middle and the last chunk.
    for (const int at : {3, 9, 30, 40, 100, kHeaderSize - 10, kHeaderSize + 5, firstChunk + 10,
                         firstChunk + kChunk + 500, static_cast<int>(bytes.size()) - 5}) {
        INFO("bit flipped at " << at);
        QByteArray flipped = bytes;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
        auto restored =
            fx.restore(writeVariant(fx.root.path(), QStringLiteral("flipped.fcbackup"), flipped), kPassphrase);
        REQUIRE_FALSE(restored.ok());
        CHECK(fx.nothingRestored());
    }
    // The untouched file still restores.
    REQUIRE(fx.restore(file, kPassphrase).ok());
}

TEST_CASE("a backup is a moment of the vault: later work is not in it, and writing one again makes a new file",
          "[backup]") {
    Fixture fx;
    const QString first = fx.backup();
    REQUIRE(fx.services->records()
                .create(QStringLiteral("case"), {{QStringLiteral("title"), QStringLiteral("Later")}})
                .ok());
    const QString second = fx.backup();
    CHECK(first != second);
    CHECK(QFileInfo::exists(first));
    auto restored = fx.restore(first, kPassphrase);
    REQUIRE(restored.ok());
    CHECK_FALSE(titles(**restored).contains(QStringLiteral("Later")));
    auto again = fx.restore(second, kPassphrase, false, QStringLiteral("restored2"));
    REQUIRE(again.ok());
    CHECK(titles(**again).contains(QStringLiteral("Later")));
    fx.services->vault().lock();
    CHECK(errorCode(fx.services->vault().backup(fx.root.path())) == ErrorCode::Locked);
}

TEST_CASE("a restore that stops half-way leaves no vault, and what a killed one left is cleared by the next",
          "[backup][crash]") {
    Fixture fx;
    const QString file = fx.backup();
    for (const char* stop : {"restore-staging-created", "restore-vault-created", "restore-filled"}) {
        INFO(stop);
        LocalVault vault(fx.root.filePath(QStringLiteral("restored")), [stop](const char* step) -> Result<void> {
            if (std::strcmp(step, stop) == 0) return makeError(ErrorCode::Io, QStringLiteral("The disk is full."));
            return {};
        });
        RestoreRequest request;
        request.backupFile = file;
        request.secret = secret(kPassphrase);
        CHECK(errorCode(vault.restore(std::move(request))) == ErrorCode::Io);
        CHECK(fx.nothingRestored());
    }
    // A process killed mid-restore leaves its hidden folder behind; the next restore of that name clears it.
    REQUIRE(QDir().mkpath(fx.root.filePath(QStringLiteral(".restored.partial-AbC123/vault"))));
    REQUIRE(fx.restore(file, kPassphrase).ok());
    CHECK(QDir(fx.root.path()).entryList({QStringLiteral(".restored.partial-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
}

TEST_CASE("the schedule writes a backup when its folder is reachable and holds none recent of this vault",
          "[backup][schedule]") {
    test::RecordsFixture fx;
    QTemporaryDir stick;
    const QString folder = stick.filePath(QStringLiteral("backups"));
    CHECK(fx.vault.backupIfDue()->isEmpty());  // no schedule
    REQUIRE(fx.vault.setBackupSchedule({folder, 1}).ok());
    CHECK(fx.vault.backupSchedule()->folder == folder);
    CHECK(fx.vault.backupIfDue()->isEmpty());  // the stick is not plugged in
    REQUIRE(QDir().mkpath(folder));
    // Another vault's backup in the folder does not count as this one's.
    Fixture other;
    REQUIRE(other.services->vault().backup(folder).ok());
    CHECK(*fx.vault.lastBackupIn(folder) == 0);

    const QString first = *fx.vault.backupIfDue();
    CHECK(QFileInfo::exists(first));
    CHECK(*fx.vault.lastBackupIn(folder) == fx.clock.nowMs());
    fx.clock.advance(23LL * 60 * 60 * 1000);
    CHECK(fx.vault.backupIfDue()->isEmpty());  // one a day
    fx.clock.advance(2LL * 60 * 60 * 1000);
    const QString second = *fx.vault.backupIfDue();
    CHECK_FALSE(second.isEmpty());
    CHECK(second != first);
    REQUIRE(fx.vault.setBackupSchedule({folder, 0}).ok());
    fx.clock.advance(30LL * 24 * 60 * 60 * 1000);
    CHECK(fx.vault.backupIfDue()->isEmpty());  // switched off
    CHECK(errorCode(fx.vault.setBackupSchedule({folder, -1})) == ErrorCode::Usage);
}

TEST_CASE("backups written before and after a new vault key both restore with the passphrase", "[backup]") {
    Fixture fx;
    const QString before = fx.backup();
    auto newCode = fx.services->vault().rekey(secret(kPassphrase));
    REQUIRE(newCode.ok());
    const QString after = fx.backup();
    auto old = fx.restore(before, kPassphrase);
    REQUIRE(old.ok());
    CHECK(titles(**old).contains(kTitle));
    auto fresh = fx.restore(after, kPassphrase, false, QStringLiteral("restored2"));
    REQUIRE(fresh.ok());
    CHECK(titles(**fresh).contains(kTitle));
    // The old recovery code opens the old backup only; the new one opens the new backup.
    CHECK_FALSE(fx.restore(after, fx.recoveryCode.toUtf8().constData(), true, QStringLiteral("restored3")).ok());
    const std::string code(newCode->view());
    CHECK(fx.restore(after, code.c_str(), true, QStringLiteral("restored4")).ok());
}

TEST_CASE("a backup whose change log is longer than one replay slice restores whole", "[backup]") {
    // 2 100 cases, each its own change: the restore applies the log in slices of 2 048 changes.
    Fixture fx(2100);
    const QString file = fx.backup();
    auto restored = fx.restore(file, kPassphrase);
    INFO((restored ? std::string() : restored.error().message.toStdString()));
    REQUIRE(restored.ok());
    CHECK((*restored)->records().counts()->value(QStringLiteral("case")).toInt() == 2100);
    CHECK(*(*restored)->records().counts() == *fx.services->records().counts());
    CHECK((*restored)->vault().verify()->ok());
}
