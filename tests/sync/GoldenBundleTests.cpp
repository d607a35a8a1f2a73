// Golden bundles: files written by an earlier build must keep opening (the format is a promise to every stick in a
// drawer). They double as the fuzzer's seed corpus. A missing file is written once and reported, to be committed.
#include "core/crypto/Random.h"
#include "core/sync/bundle/BundleReader.h"
#include "core/sync/bundle/BundleWriter.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/GoldenKeys.h"
#include "tests/sync/ReferenceBundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace fieldcase;
using namespace fieldcase::sync;
namespace golden = fieldcase::test::golden;
namespace ref = fieldcase::test::reference;

namespace {

struct Golden {
    QString name;
    BundleContent written;   // what the writer was given
    BundleContent expected;  // what a reader returns (unknown ignorable records skipped)
    std::vector<QByteArray> recipientKeys;
};

QByteArray text(const char* content, int repeat = 1) {
    return QByteArray(content).repeated(repeat);
}

std::vector<Golden> goldenBundles() {
    std::vector<Golden> bundles;
    BundleHeader header;
    header.teamId = golden::teamId();
    header.senderDeviceId = golden::senderId();
    header.sequence = 7;
    header.createdMs = 1'790'000'000'000;
    header.recipientDeviceIds = {golden::readerId()};

    Golden small{QStringLiteral("changes-small"), {header, {}}, {}, {golden::readerBoxKeys().publicKey}};
    small.written.records = {{RecordType::VersionVector, text("vector:0123456789abcdef")},
                             {RecordType::Changeset, text("changeset one ", 12)},
                             {RecordType::Changeset, text("changeset two ", 20)}};
    small.expected = small.written;
    bundles.push_back(small);

    Golden welcome{QStringLiteral("welcome-three-recipients"), {header, {}}, {}, {}};
    welcome.written.header.kind = BundleKind::Welcome;
    welcome.written.header.sequence = 8;
    welcome.written.header.recipientDeviceIds = {QByteArray(16, '\x43'), golden::readerId(), QByteArray(16, '\x44')};
    welcome.recipientKeys = {ref::boxKeyPairFromSeed(0x43).publicKey, golden::readerBoxKeys().publicKey,
                             ref::boxKeyPairFromSeed(0x44).publicKey};
    welcome.written.records = {{RecordType::MembershipEvent, text("add device 42 ", 4)},
                               {RecordType::MembershipEvent, text("add device 43 ", 4)},
                               {RecordType::VersionVector, text("vector:fedcba")},
                               {RecordType::Changeset, text("snapshot row ", 40)},
                               {RecordType::StateDigest, QByteArray(32, '\x01')}};
    welcome.expected = welcome.written;
    welcome.written.records.insert(welcome.written.records.begin() + 2, {0x0F00, text("ignorable by v1 readers")});
    bundles.push_back(welcome);

    Golden snapshot{QStringLiteral("snapshot-two-chunks"), {header, {}}, {}, {golden::readerBoxKeys().publicKey}};
    snapshot.written.header.kind = BundleKind::Snapshot;
    snapshot.written.header.sequence = 9;
    for (int i = 0; i < 14; ++i) {
        snapshot.written.records.push_back({RecordType::Changeset, text("row of a snapshot ", 280)});
    }
    snapshot.expected = snapshot.written;
    bundles.push_back(snapshot);
    return bundles;
}

QString dataDir() {
    return QStringLiteral(FIELDCASE_SOURCE_DIR "/tests/data/bundles");
}

// Writes bytes to path unless it exists; returns the bytes at path.
QByteArray existingOrWritten(const QString& path, const QByteArray& bytes) {
    if (!QFile::exists(path)) {
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        test::writeAll(path, bytes);
        WARN("wrote " << path.toStdString() << ": commit it");
    }
    return test::readAll(path);
}

}  // namespace

TEST_CASE("golden bundles in tests/data/bundles still open", "[bundle]") {
    crypto::initialiseCrypto();
    const auto signing = golden::senderSigningKeys();
    const SecretBytes signingSecret = golden::toSecret(signing.secretKey);
    const crypto::BoxKeyPair reader = golden::readerKeyPair();
    const auto lookup = [&](const QByteArray& id) -> std::optional<QByteArray> {
        return id == golden::senderId() ? std::optional<QByteArray>(signing.publicKey) : std::nullopt;
    };
    for (const Golden& bundle : goldenBundles()) {
        CAPTURE(bundle.name.toStdString());
        auto fresh = BundleWriter::write(bundle.written, signingSecret, bundle.recipientKeys);
        REQUIRE(fresh.ok());
        const QByteArray file =
            existingOrWritten(dataDir() + QLatin1Char('/') + bundle.name + QStringLiteral(".bundle"), *fresh);
        REQUIRE(file.size() == fresh->size());
        const auto opened = BundleReader::read(file, reader, lookup);
        REQUIRE(opened.ok());
        REQUIRE(*opened == bundle.expected);

        // The inner bytes (before the signature) seed the fuzzer's sealed-records mode.
        const auto parts = ref::open(file, golden::readerBoxKeys());
        REQUIRE(parts.has_value());
        const QByteArray inner = parts->plaintext.left(parts->plaintext.size() - kSignatureRecordSize);
        REQUIRE(existingOrWritten(dataDir() + QStringLiteral("/inner/") + bundle.name + QStringLiteral(".inner"),
                                  inner) == inner);
    }
}
