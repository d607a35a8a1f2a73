// The travel lock (docs/threat-model.md, "Travel lock"): nothing the worker knows opens the laptop on the journey;
// afterwards the passphrase with a coordinator's release file does, or the office's recovery code. Attacked with the
// passphrase alone, the file alone, a file for another laptop, a file of a field worker, a forged signature and a
// used file.
#include "core/api/SyncService.h"
#include "core/db/Meta.h"
#include "core/sync/team/TravelRelease.h"
#include "tests/support/TeamHarness.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace fieldcase;
using fieldcase::test::Laptop;
using fieldcase::test::requireClean;
using fieldcase::test::secret;
using fieldcase::test::Team;

namespace {

const char* const kPassphrase = test::kLaptopPassphrase;

// The laptop's identity key, as a laptop in hostile hands has its own.
SecretBytes signingKeyOf(Laptop& laptop) {
    auto stored = db::readMeta(laptop.db(), "sign_secret_key");
    REQUIRE(stored.ok());
    return SecretBytes::fromText(std::string_view(stored->constData(), static_cast<std::size_t>(stored->size())));
}

QString idOf(Laptop& laptop) {
    return laptop.vault.info()->deviceId;
}

// The worker's laptop gives its release key in a bundle, and a bundle of the coordinator carries it back.
void deliverReleaseKey(Laptop& worker, Laptop& coordinator) {
    requireClean(coordinator.receive(worker));
    requireClean(worker.receive(coordinator));
}

QString releaseInto(Laptop& coordinator, const QString& deviceId, const QString& dir) {
    auto file = coordinator.sync.releaseTravelLock(deviceId, dir);
    INFO((file ? QString() : file.error().message).toStdString());
    REQUIRE(file.ok());
    return *file;
}

ErrorCode travelUnlock(Laptop& laptop, const char* passphrase, const QString& dir) {
    auto opened = laptop.vault.travelUnlock(secret(passphrase), dir);
    return opened ? ErrorCode::Failed : opened.error().code;  // Failed: stands for "it opened" here
}

}  // namespace

TEST_CASE("a travel-locked laptop opens with the passphrase and a coordinator's release file - neither alone",
          "[sync][travel]") {
    Team team(3);
    Laptop& coordinator = team[0];
    Laptop& worker = team[1];
    Laptop& otherWorker = team[2];
    const QString record = worker.add(QStringLiteral("Taken across the border"));
    const QString workerId = idOf(worker);
    const QString otherWorkerId = idOf(otherWorker);

    // Before any exchange nobody could release it: refused, and nothing changes.
    CHECK(test::errorCode(worker.vault.travelLock(secret(kPassphrase))) == ErrorCode::Usage);
    REQUIRE(worker.vault.isUnlocked());

    deliverReleaseKey(worker, coordinator);
    CHECK(test::errorCode(worker.vault.travelLock(secret("not the passphrase"))) == ErrorCode::WrongSecret);
    REQUIRE(worker.vault.travelLock(secret(kPassphrase)).ok());
    REQUIRE_FALSE(worker.vault.isUnlocked());

    // On the journey: the passphrase alone opens nothing.
    CHECK(test::errorCode(worker.vault.unlock(secret(kPassphrase))) == ErrorCode::WrongSecret);

    QTemporaryDir stick;
    auto byWorker = otherWorker.sync.releaseTravelLock(workerId, stick.path());
    INFO((byWorker ? QStringLiteral("written ") + *byWorker : QString()).toStdString());
    CHECK(test::errorCode(byWorker) == ErrorCode::Usage);
    const QString file = releaseInto(coordinator, workerId, stick.path());
    // The file alone (with a wrong passphrase) opens nothing either.
    CHECK(travelUnlock(worker, "not the passphrase", stick.path()) == ErrorCode::WrongSecret);
    REQUIRE_FALSE(worker.vault.isUnlocked());
    CHECK(QFile::exists(file));

    SECTION("both together open it, and the passphrase alone works again") {
        const QByteArray used = test::readAll(file);
        REQUIRE(travelUnlock(worker, kPassphrase, stick.path()) == ErrorCode::Failed);
        CHECK(worker.vault.isUnlocked());
        CHECK_FALSE(QFile::exists(file));  // used once, then removed
        CHECK(worker.field(record, QStringLiteral("title")) == QStringLiteral("Taken across the border"));
        worker.vault.lock();
        REQUIRE(worker.vault.unlock(secret(kPassphrase)).ok());
        // The used key is retired: no new travel lock until a coordinator holds the next one.
        CHECK(test::errorCode(worker.vault.travelLock(secret(kPassphrase))) == ErrorCode::Usage);

        // A copy of the used file opens nothing after the next lock: the laptop gave out a new key.
        QTemporaryDir copy;
        deliverReleaseKey(worker, coordinator);
        REQUIRE(worker.vault.travelLock(secret(kPassphrase)).ok());
        test::writeAll(QDir(copy.path()).filePath(QStringLiteral("old.fcrelease")), used);
        CHECK(travelUnlock(worker, kPassphrase, copy.path()) == ErrorCode::WrongSecret);
        releaseInto(coordinator, workerId, copy.path());
        REQUIRE(travelUnlock(worker, kPassphrase, copy.path()) == ErrorCode::Failed);
    }
    SECTION("a release file whose signature was altered is refused, and the lock stays") {
        QByteArray bytes = test::readAll(file);
        bytes[bytes.size() - 1] = static_cast<char>(bytes[bytes.size() - 1] ^ 0x01);
        test::writeAll(file, bytes);
        CHECK(travelUnlock(worker, kPassphrase, stick.path()) == ErrorCode::Rejected);
        REQUIRE_FALSE(worker.vault.isUnlocked());
        CHECK(test::errorCode(worker.vault.unlock(secret(kPassphrase))) == ErrorCode::WrongSecret);
    }
    SECTION("a release file for another laptop opens nothing") {
        deliverReleaseKey(otherWorker, coordinator);
        QTemporaryDir other;
        releaseInto(coordinator, otherWorkerId, other.path());
        CHECK(travelUnlock(worker, kPassphrase, other.path()) == ErrorCode::WrongSecret);
    }
    SECTION("a release file re-signed by a field worker is refused") {
        auto release = sync::TravelRelease::decode(test::readAll(file));
        REQUIRE(release.ok());
        release->coordinator = QByteArray::fromHex(otherWorkerId.toLatin1());
        test::writeAll(file, release->encode(signingKeyOf(otherWorker)));
        CHECK(travelUnlock(worker, kPassphrase, stick.path()) == ErrorCode::Rejected);
        REQUIRE_FALSE(worker.vault.isUnlocked());
    }
    SECTION("the office's recovery code opens it too") {
        // The harness's laptops were made from templates: a new vault key gives a recovery code to use here.
        REQUIRE(travelUnlock(worker, kPassphrase, stick.path()) == ErrorCode::Failed);
        auto code = worker.vault.rekey(secret(kPassphrase));
        REQUIRE(code.ok());
        deliverReleaseKey(worker, coordinator);
        REQUIRE(worker.vault.travelLock(secret(kPassphrase)).ok());
        REQUIRE(worker.vault.recover(*code, secret("the office's new passphrase")).ok());
        CHECK(worker.field(record, QStringLiteral("title")) == QStringLiteral("Taken across the border"));
    }
}
