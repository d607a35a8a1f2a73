// The duress passphrase (docs/threat-model.md, "The duress passphrase"): what it opens, what it destroys, what the
// two paths leave on the disk, and the way back through the recovery code.
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/SyncService.h"
#include "core/api/VaultService.h"
#include "core/crypto/KeyFile.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <map>

using namespace fieldcase;
using fieldcase::test::errorCode;
using fieldcase::test::readAll;
using fieldcase::test::secret;

namespace {

constexpr const char* kPassphrase = "a long enough passphrase";
constexpr const char* kDuress = "the one they will hear";
const QString kRealTitle = QStringLiteral("Shelter placement for a survivor from the market");

struct Fixture {
    QTemporaryDir root;
    QString dir = root.filePath(QStringLiteral("vault"));
    std::unique_ptr<Services> services = makeServices(dir);
    QString recoveryCode;

    Fixture() {
        CreateVaultRequest request;
        request.passphrase = secret(kPassphrase);
        request.deviceName = QStringLiteral("Field laptop");
        request.strength = KdfStrength::Interactive;
        auto created = services->vault().create(std::move(request));
        REQUIRE(created.ok());
        recoveryCode = QString::fromUtf8(created->recoveryCode.view());
        REQUIRE(services->records().create(QStringLiteral("case"), {{QStringLiteral("title"), kRealTitle}}).ok());
        REQUIRE(services->vault()
                    .setDuressPassphrase(secret(kPassphrase), secret(kDuress), DuressDecoyLanguage::Russian)
                    .ok());
        services->vault().lock();
    }

    QString keyFile() const { return QDir(dir).filePath(QStringLiteral("vault.keys")); }

    QStringList caseTitles() {
        auto page = services->records().listCases({});
        REQUIRE(page.ok());
        QStringList titles;
        for (const auto& row : page->rows)
            titles << row.title;
        return titles;
    }
};

// Every file in the folder, with its bytes.
std::map<QString, QByteArray> folderFiles(const QString& dir) {
    std::map<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files[QDir(dir).relativeFilePath(path)] = readAll(path);
    }
    return files;
}

QByteArray slotOf(const QByteArray& keyFile, crypto::KeyFile::Slot slot) {
    return keyFile.mid(crypto::KeyFile::kHeaderSize + slot * crypto::KeyFile::kSlotSize, crypto::KeyFile::kSlotSize);
}

// The slots whose bytes differ between two versions of the key file.
std::vector<int> changedSlots(const QByteArray& before, const QByteArray& after) {
    std::vector<int> changed;
    for (int slot = 0; slot < crypto::KeyFile::kSlotCount; ++slot) {
        const auto which = static_cast<crypto::KeyFile::Slot>(slot);
        if (slotOf(before, which) != slotOf(after, which)) changed.push_back(slot);
    }
    return changed;
}

// Opens the vault with a passphrase, saying why when it does not.
void open(VaultService& vault, const char* passphrase) {
    auto opened = vault.unlock(secret(passphrase));
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
}

ino_t inodeOf(const QString& path) {
    struct stat status {};
    REQUIRE(::stat(path.toLocal8Bit().constData(), &status) == 0);
    return status.st_ino;
}

}  // namespace

TEST_CASE("the duress passphrase opens a decoy and leaves nothing the worker knows that opens the vault",
          "[vault][duress]") {
    Fixture fx;
    VaultService& vault = fx.services->vault();
    open(vault, kPassphrase);
    REQUIRE(vault.info()->duressPassphraseSet);
    REQUIRE(fx.caseTitles() == QStringList{kRealTitle});
    const QString realDevice = vault.info()->deviceId;
    vault.lock();

    open(vault, kDuress);
    REQUIRE(vault.isUnlocked());
    const QStringList decoyTitles = fx.caseTitles();
    CHECK(decoyTitles.size() == 5);
    CHECK_FALSE(decoyTitles.contains(kRealTitle));
    CHECK(decoyTitles.join(QString()).contains(QStringLiteral("а")));  // Russian, as chosen when it was set
    SearchQuery query;
    query.text = QStringLiteral("shelter");
    CHECK(fx.services->records().search(query)->isEmpty());
    auto decoyInfo = vault.info();
    REQUIRE(decoyInfo.ok());
    CHECK_FALSE(decoyInfo->duressPassphraseSet);  // the decoy does not say it is one
    CHECK(decoyInfo->deviceId != realDevice);
    CHECK(vault.verify()->ok());
    vault.lock();

    // Nothing the worker knows opens the vault now; the duress passphrase opens the same decoy again.
    CHECK(errorCode(vault.unlock(secret(kPassphrase))) == ErrorCode::WrongSecret);
    open(vault, kDuress);
    CHECK(fx.caseTitles() == decoyTitles);
    CHECK(vault.info()->deviceId == decoyInfo->deviceId);
    vault.lock();
}

TEST_CASE("both passphrases change only the key file, in place and one slot each - the database stays as it was",
          "[vault][duress]") {
    Fixture fx;
    VaultService& vault = fx.services->vault();
    // A first unlock and lock settle what opening writes once (the database's journal files come and go).
    open(vault, kPassphrase);
    vault.lock();

    auto before = folderFiles(fx.dir);
    const ino_t inode = inodeOf(fx.keyFile());
    open(vault, kPassphrase);
    vault.lock();
    auto afterPassphrase = folderFiles(fx.dir);
    CHECK(inodeOf(fx.keyFile()) == inode);
    CHECK(changedSlots(before[QStringLiteral("vault.keys")], afterPassphrase[QStringLiteral("vault.keys")]) ==
          std::vector<int>{crypto::KeyFile::SpareSlot});

    open(vault, kDuress);
    const QStringList filesWhileDecoyOpen = [&] {
        QStringList names;
        for (const auto& [name, bytes] : folderFiles(fx.dir))
            names << name;
        return names;
    }();
    vault.lock();
    auto afterDuress = folderFiles(fx.dir);
    CHECK(inodeOf(fx.keyFile()) == inode);
    CHECK(changedSlots(afterPassphrase[QStringLiteral("vault.keys")], afterDuress[QStringLiteral("vault.keys")]) ==
          std::vector<int>{crypto::KeyFile::PassphraseSlot});

    // Apart from the key file, the folder is the same after either path, byte for byte, and no file came or went.
    for (auto* files : {&afterPassphrase, &afterDuress}) {
        files->erase(QStringLiteral("vault.keys"));
    }
    before.erase(QStringLiteral("vault.keys"));
    CHECK(afterPassphrase == before);
    CHECK(afterDuress == before);
    CHECK(filesWhileDecoyOpen.size() == static_cast<int>(before.size()) + 1);
}

TEST_CASE("the recovery code opens the vault after a duress, tells the team, and the duress passphrase opens nothing",
          "[vault][duress]") {
    Fixture fx;
    VaultService& vault = fx.services->vault();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    open(vault, kDuress);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    vault.lock();

    REQUIRE(vault.recover(secret(fx.recoveryCode.toUtf8().constData()), secret("the office's new passphrase")).ok());
    CHECK(fx.caseTitles() == QStringList{kRealTitle});
    auto info = vault.info();
    REQUIRE(info.ok());
    CHECK(info->duressUsedAtMs >= before);
    CHECK(info->duressUsedAtMs <= after);
    CHECK_FALSE(info->duressPassphraseSet);
    auto team = fx.services->sync().team();
    REQUIRE(team.ok());
    REQUIRE(team->size() == 1);
    CHECK(team->front().duressAtMs == info->duressUsedAtMs);  // the signed report the next exchange carries
    vault.lock();

    CHECK(errorCode(vault.unlock(secret(kDuress))) == ErrorCode::WrongSecret);
    REQUIRE(vault.unlock(secret("the office's new passphrase")).ok());
    CHECK(fx.caseTitles() == QStringList{kRealTitle});
}

TEST_CASE("a recovery without a duress reports none and keeps the duress passphrase", "[vault][duress]") {
    Fixture fx;
    VaultService& vault = fx.services->vault();
    REQUIRE(vault.recover(secret(fx.recoveryCode.toUtf8().constData()), secret("a forgotten one replaced")).ok());
    CHECK(vault.info()->duressUsedAtMs == 0);
    CHECK(vault.info()->duressPassphraseSet);
    CHECK(fx.services->sync().team()->front().duressAtMs == 0);
    vault.lock();
    open(vault, kDuress);
    CHECK_FALSE(fx.caseTitles().contains(kRealTitle));
}

TEST_CASE("inside the decoy the passphrase can be changed - the new one opens the decoy and the office still learns",
          "[vault][duress]") {
    Fixture fx;
    VaultService& vault = fx.services->vault();
    open(vault, kDuress);
    const QStringList decoyTitles = fx.caseTitles();
    CHECK(errorCode(vault.changePassphrase(secret("not it at all"), secret("what they chose"))) ==
          ErrorCode::WrongSecret);
    REQUIRE(vault.changePassphrase(secret(kDuress), secret("what they chose"), KdfStrength::Sensitive).ok());
    CHECK(vault.info()->kdfName == QStringLiteral("interactive"));  // the cost is bound to the real key
    CHECK(errorCode(vault.rekey(secret("what they chose"))) == ErrorCode::Io);
    REQUIRE(
        vault.setDuressPassphrase(secret("what they chose"), secret("their own duress"), DuressDecoyLanguage::English)
            .ok());
    CHECK(vault.info()->duressPassphraseSet);
    vault.lock();
    CHECK(errorCode(vault.unlock(secret(kDuress))) == ErrorCode::WrongSecret);
    REQUIRE(vault.unlock(secret("what they chose")).ok());
    CHECK(fx.caseTitles() == decoyTitles);
    vault.lock();

    REQUIRE(vault.recover(secret(fx.recoveryCode.toUtf8().constData()), secret("the office's new passphrase")).ok());
    CHECK(vault.info()->duressUsedAtMs > 0);
    CHECK(fx.caseTitles() == QStringList{kRealTitle});
}

TEST_CASE("a duress passphrase that is the passphrase, too short or set with a wrong passphrase is refused",
          "[vault][duress]") {
    Fixture fx;
    VaultService& vault = fx.services->vault();
    const QByteArray keysBefore = readAll(fx.keyFile());
    CHECK(errorCode(vault.setDuressPassphrase(secret(kPassphrase), secret("another one"),
                                              DuressDecoyLanguage::English)) == ErrorCode::Locked);
    open(vault, kPassphrase);
    const QByteArray keysUnlocked = readAll(fx.keyFile());
    CHECK(errorCode(vault.setDuressPassphrase(secret(kPassphrase), secret(kPassphrase),
                                              DuressDecoyLanguage::English)) == ErrorCode::Usage);
    CHECK(errorCode(vault.setDuressPassphrase(secret(kPassphrase), secret("short"), DuressDecoyLanguage::English)) ==
          ErrorCode::Usage);
    CHECK(errorCode(vault.setDuressPassphrase(secret("not the passphrase"), secret("another long one"),
                                              DuressDecoyLanguage::English)) == ErrorCode::WrongSecret);
    CHECK(readAll(fx.keyFile()) == keysUnlocked);
    // Nor may the passphrase become the duress passphrase.
    CHECK(errorCode(vault.changePassphrase(secret(kPassphrase), secret(kDuress))) == ErrorCode::Usage);
    CHECK(readAll(fx.keyFile()) == keysUnlocked);
    CHECK(keysBefore.size() == keysUnlocked.size());
}

TEST_CASE("changing the key derivation cost, a new vault key or removing it ends the duress passphrase - and says so",
          "[vault][duress]") {
    Fixture fx;
    VaultService& vault = fx.services->vault();
    open(vault, kPassphrase);
    SECTION("a new cost") {
        REQUIRE(vault.changePassphrase(secret(kPassphrase), secret(kPassphrase), KdfStrength::Moderate).ok());
    }
    SECTION("the same cost keeps it") {
        REQUIRE(vault.changePassphrase(secret(kPassphrase), secret("a new long passphrase")).ok());
        CHECK(vault.info()->duressPassphraseSet);
        vault.lock();
        open(vault, kDuress);
        CHECK_FALSE(fx.caseTitles().contains(kRealTitle));
        return;
    }
    SECTION("a new vault key") {
        REQUIRE(vault.rekey(secret(kPassphrase)).ok());
    }
    SECTION("removed") {
        CHECK(errorCode(vault.removeDuressPassphrase(secret("not the passphrase"))) == ErrorCode::WrongSecret);
        REQUIRE(vault.removeDuressPassphrase(secret(kPassphrase)).ok());
    }
    CHECK_FALSE(vault.info()->duressPassphraseSet);
    vault.lock();
    CHECK(errorCode(vault.unlock(secret(kDuress))) == ErrorCode::WrongSecret);
}
