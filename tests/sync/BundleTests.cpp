// Bundle files v1: what a lost, copied or tampered stick can and cannot do (SYNC.md, guarantee 5).
#include "core/crypto/BoxKeys.h"
#include "core/crypto/Random.h"
#include "core/crypto/Signer.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleReader.h"
#include "core/sync/bundle/BundleWriter.h"
#include "core/sync/bundle/InnerRecords.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/ReferenceBundle.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <random>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace fieldcase;
using namespace fieldcase::sync;
namespace ref = fieldcase::test::reference;

namespace Catch {
template <>
struct StringMaker<BundleProblem> {
    static std::string convert(BundleProblem problem) { return std::to_string(static_cast<int>(problem)); }
};
}  // namespace Catch

namespace {

[[maybe_unused]] const bool kCryptoReady = [] {
    crypto::initialiseCrypto();
    return true;
}();

struct Device {
    QByteArray id = crypto::randomBytes(kIdSize);
    crypto::SigningKeyPair signing = crypto::generateSigningKeyPair();
    crypto::BoxKeyPair box = crypto::generateBoxKeyPair();
};

// The devices a reader knows: their signing keys by id.
class Directory {
public:
    void add(const Device& device) { m_keys[device.id] = device.signing.publicKey; }
    BundleReader::SenderKeyLookup lookup() const {
        return [this](const QByteArray& id) -> std::optional<QByteArray> {
            const auto it = m_keys.find(id);
            return it == m_keys.end() ? std::nullopt : std::optional<QByteArray>(it->second);
        };
    }

private:
    std::map<QByteArray, QByteArray> m_keys;
};

// Deterministic bytes, so a failure repeats.
QByteArray pseudoRandom(qsizetype size, unsigned seed) {
    std::mt19937 generator(seed);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes) {
        byte = static_cast<char>(generator() & 0xFF);
    }
    return bytes;
}

// A header and records of about payloadSize bytes: a version vector, a membership event and changesets.
BundleContent sampleContent(const Device& sender, const std::vector<const Device*>& recipients, qsizetype payloadSize,
                            unsigned seed = 1) {
    BundleContent content;
    content.header.teamId = QByteArray(kIdSize, '\x07');
    content.header.senderDeviceId = sender.id;
    content.header.sequence = 42;
    content.header.createdMs = 1'790'000'000'000;
    content.header.kind = BundleKind::Changes;
    for (const Device* device : recipients) {
        content.header.recipientDeviceIds.push_back(device->id);
    }
    content.records.push_back({RecordType::VersionVector, pseudoRandom(48, seed)});
    content.records.push_back({RecordType::MembershipEvent, pseudoRandom(120, seed + 1)});
    for (qsizetype written = 0, part = 0; written < payloadSize; ++part) {
        const qsizetype size = std::min<qsizetype>(payloadSize - written, 50'000);
        content.records.push_back({RecordType::Changeset, pseudoRandom(size, seed + 2 + static_cast<unsigned>(part))});
        written += size;
    }
    content.records.push_back({RecordType::StateDigest, pseudoRandom(32, seed + 99)});
    return content;
}

std::vector<QByteArray> boxKeysOf(const std::vector<const Device*>& devices) {
    std::vector<QByteArray> keys;
    for (const Device* device : devices) {
        keys.push_back(device->box.publicKey);
    }
    return keys;
}

QByteArray writeBundle(const BundleContent& content, const Device& sender, const std::vector<const Device*>& to) {
    auto file = BundleWriter::write(content, sender.signing.secretKey, boxKeysOf(to));
    REQUIRE(file.ok());
    return *file;
}

BundleProblem problemOf(const BundleReadResult& result) {
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().code == ErrorCode::Rejected);
    REQUIRE_FALSE(result.error().message.isEmpty());
    REQUIRE(result.problem() != BundleProblem::None);
    return result.problem();
}

ref::KeyPair referenceKeys(const crypto::BoxKeyPair& keys) {
    return {keys.publicKey, QByteArray(reinterpret_cast<const char*>(keys.secretKey.data()),
                                       static_cast<qsizetype>(keys.secretKey.size()))};
}

QByteArray secretOf(const SecretBytes& secret) {
    return {reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size())};
}

// The size of everything before the first payload chunk.
qsizetype prefixSize(int stanzaCount) {
    return kOuterHeaderSize + qsizetype{stanzaCount} * kStanzaSize + kMacSize + kStreamHeaderSize;
}

// One sender, one reader, one bundle of a given size: the subject of the tamper tests.
struct Scene {
    Device sender;
    Device reader;
    Directory directory;
    BundleContent content;
    QByteArray file;

    explicit Scene(qsizetype payloadSize) {
        directory.add(sender);
        content = sampleContent(sender, {&reader}, payloadSize);
        file = writeBundle(content, sender, {&reader});
    }
    BundleReadResult read(const QByteArray& bytes) const {
        return BundleReader::read(bytes, reader.box, directory.lookup());
    }
};

// A reader-side plaintext of inner bytes built by hand, sealed and correctly signed by the scene's sender.
QByteArray handMade(const Scene& scene, const QByteArray& innerRecords, const ref::SealOptions& options = {}) {
    const QByteArray header =
        ref::innerHeader(scene.content.header.teamId, scene.sender.id, 1, 0, 1, {scene.reader.id});
    return ref::sealSigned(ref::record(RecordType::InnerHeader, header) + innerRecords,
                           secretOf(scene.sender.signing.secretKey), {scene.reader.box.publicKey}, options);
}

// AddressSanitizer reserves terabytes of address space, so no limit can be put on it.
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
constexpr bool kMemoryLimited = true;
#else
constexpr bool kMemoryLimited = false;
#endif

// Runs check where the address space may grow by at most headroom bytes, so a length taken from the input and
// allocated before it is checked fails the test instead of quietly succeeding on a large machine.
bool withinMemory(qint64 headroom, const std::function<bool()>& check) {
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        QFile status(QStringLiteral("/proc/self/status"));
        qint64 virtualSize = 0;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmSize:")) {
                    virtualSize = line.mid(7).trimmed().split(' ').first().toLongLong() * 1024;
                }
            }
        }
        const rlimit limit{static_cast<rlim_t>(virtualSize + headroom), static_cast<rlim_t>(virtualSize + headroom)};
        bool passed = false;
        if (virtualSize > 0 && setrlimit(RLIMIT_AS, &limit) == 0) {
            try {
                passed = check();
            } catch (...) {
                passed = false;  // an allocation the limit refused
            }
        }
        _exit(passed ? 0 : 1);
    }
    int status = 0;
    return child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
#else
    (void)headroom;  // no limit here (see kMemoryLimited): run the check as it is
    return check();
#endif
}

}  // namespace

TEST_CASE("a bundle opens for each of 1 3 and 40 recipients and for nobody else", "[bundle]") {
    for (const int count : {1, 3, 40}) {
        CAPTURE(count);
        Device sender;
        Device outsider;
        std::vector<Device> devices(static_cast<std::size_t>(count));
        std::vector<const Device*> recipients;
        for (const Device& device : devices) {
            recipients.push_back(&device);
        }
        Directory directory;
        directory.add(sender);
        const BundleContent content = sampleContent(sender, recipients, 3000, static_cast<unsigned>(count));
        const QByteArray file = writeBundle(content, sender, recipients);

        for (const Device& device : devices) {
            const auto opened = BundleReader::read(file, device.box, directory.lookup());
            REQUIRE(opened.ok());
            REQUIRE(opened.problem() == BundleProblem::None);
            REQUIRE(*opened == content);
        }
        const auto refused = BundleReader::read(file, outsider.box, directory.lookup());
        REQUIRE(problemOf(refused) == BundleProblem::NotForThisDevice);
        REQUIRE(refused.error().message == bundleProblemMessage(BundleProblem::NotForThisDevice));
        // The sender is not a recipient of its own bundle unless it says so.
        REQUIRE(problemOf(BundleReader::read(file, sender.box, directory.lookup())) == BundleProblem::NotForThisDevice);
    }
}

TEST_CASE("the stanza count is a power of two of at least four", "[bundle]") {
    Device sender;
    std::vector<Device> devices(257);
    for (const auto& [recipients, stanzas] :
         std::vector<std::pair<int, int>>{{1, 4}, {3, 4}, {4, 4}, {5, 8}, {9, 16}, {40, 64}, {129, 256}, {256, 256}}) {
        CAPTURE(recipients);
        std::vector<const Device*> to;
        for (int i = 0; i < recipients; ++i) {
            to.push_back(&devices[static_cast<std::size_t>(i)]);
        }
        const QByteArray file = writeBundle(sampleContent(sender, to, 100), sender, to);
        const ref::OuterFields outer = ref::readOuter(file);
        REQUIRE(outer.stanzaCount == stanzas);
        REQUIRE(outer.totalLength == static_cast<quint64>(file.size()));
        REQUIRE(stanzaCountFor(recipients) == stanzas);
    }
    std::vector<const Device*> tooMany;
    for (const Device& device : devices) {
        tooMany.push_back(&device);
    }
    const auto refused =
        BundleWriter::write(sampleContent(sender, tooMany, 100), sender.signing.secretKey, boxKeysOf(tooMany));
    REQUIRE(test::errorCode(refused) == ErrorCode::Usage);
}

TEST_CASE("sizes are padded with Padme so similar contents give equal files", "[bundle]") {
    // The library's Padmé agrees with the paper's definition, computed the slow way.
    for (quint64 length = 0; length < 70'000; ++length) {
        REQUIRE(padme(length) == ref::padme(length));
    }
    std::mt19937_64 generator(7);
    for (int i = 0; i < 2000; ++i) {
        const quint64 length = generator() % (quint64{1} << 40);
        REQUIRE(padme(length) == ref::padme(length));
    }
    REQUIRE(padme(1000) == 1024);
    REQUIRE(padme(1025) == 1088);
    REQUIRE(padme(10'000) == 10'240);
    REQUIRE(padme(65'600) == 67'584);

    Device sender;
    Device reader;
    const QByteArray a = writeBundle(sampleContent(sender, {&reader}, 10'000), sender, {&reader});
    const QByteArray b = writeBundle(sampleContent(sender, {&reader}, 10'100), sender, {&reader});
    const QByteArray c = writeBundle(sampleContent(sender, {&reader}, 10'300), sender, {&reader});
    REQUIRE(a.size() == b.size());
    REQUIRE(b.size() == c.size());
    // Tiny bundles all pad to the floor: an acknowledgement looks like a small edit.
    const QByteArray ack = writeBundle(sampleContent(sender, {&reader}, 0), sender, {&reader});
    const QByteArray edit = writeBundle(sampleContent(sender, {&reader}, 3000), sender, {&reader});
    REQUIRE(ack.size() == edit.size());
    REQUIRE(static_cast<quint64>(ack.size()) == fileSizeFor(4, kMinPaddedPlaintext));

    // The padding is what makes the size: the plaintext is exactly the Padmé length of the unpadded records.
    const auto opened = ref::open(a, referenceKeys(reader.box));
    REQUIRE(opened.has_value());
    const QByteArray& plain = opened->plaintext;
    qsizetype at = 0;
    qsizetype paddingSize = -1;
    while (at < plain.size()) {
        const auto type = qFromLittleEndian<quint16>(plain.constData() + at);
        const auto length = qFromLittleEndian<quint32>(plain.constData() + at + 2);
        if (type == RecordType::Padding) {
            paddingSize = length;
            REQUIRE(plain.mid(at + kRecordHeaderSize, length) == QByteArray(static_cast<qsizetype>(length), '\0'));
        }
        at += kRecordHeaderSize + length;
    }
    REQUIRE(at == plain.size());
    REQUIRE(paddingSize >= 0);
    REQUIRE(static_cast<quint64>(plain.size()) == ref::padme(static_cast<quint64>(plain.size() - paddingSize)));
}

TEST_CASE("a bundle shows no fixed bytes and none of its content", "[bundle]") {
    Device sender;
    Device reader;
    BundleContent content = sampleContent(sender, {&reader}, 500);
    const QByteArray marker = test::uniqueMarker().toUtf8();
    content.records.push_back({RecordType::Changeset, marker});
    std::vector<QByteArray> files;
    for (int i = 0; i < 48; ++i) {
        files.push_back(writeBundle(content, sender, {&reader}));
    }
    // Not even the version byte repeats: every position of the header varies between files of equal content.
    for (int position = 0; position < kOuterHeaderSize + kStanzaSize; ++position) {
        CAPTURE(position);
        QSet<char> values;
        for (const QByteArray& file : files) {
            values.insert(file[position]);
        }
        REQUIRE(values.size() > 1);
    }
    for (const QByteArray& file : files) {
        REQUIRE(file.size() == files.front().size());
        REQUIRE_FALSE(file.contains(marker));
        REQUIRE_FALSE(file.contains(content.header.teamId));
        REQUIRE_FALSE(file.contains(sender.id));
        REQUIRE_FALSE(file.contains(reader.id));
        REQUIRE_FALSE(file.contains(sender.signing.publicKey));
        REQUIRE_FALSE(file.contains(reader.box.publicKey));
    }
}

TEST_CASE("every flipped bit of the header stanzas and MAC is rejected", "[bundle]") {
    const Scene scene(1000);
    REQUIRE(scene.read(scene.file).ok());
    const qsizetype macEnd = prefixSize(4) - kStreamHeaderSize;
    for (qsizetype position = 0; position < prefixSize(4); ++position) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray damaged = scene.file;
            damaged[position] = static_cast<char>(damaged[position] ^ (1 << bit));
            CAPTURE(position, bit);
            const BundleProblem problem = problemOf(scene.read(damaged));
            if (position >= macEnd - kMacSize) {
                REQUIRE(problem == BundleProblem::Damaged);  // the MAC, and the stream header behind it
            }
        }
    }
}

TEST_CASE("random flipped bits of the payload are rejected", "[bundle]") {
    const Scene scene(150'000);  // three chunks
    const qsizetype payloadStart = prefixSize(4);
    std::mt19937 generator(20'260'101);
    for (int i = 0; i < 400; ++i) {
        const auto position = payloadStart + static_cast<qsizetype>(generator() % (scene.file.size() - payloadStart));
        const int bit = static_cast<int>(generator() % 8);
        QByteArray damaged = scene.file;
        damaged[position] = static_cast<char>(damaged[position] ^ (1 << bit));
        CAPTURE(position, bit);
        REQUIRE(problemOf(scene.read(damaged)) == BundleProblem::Damaged);
    }
}

TEST_CASE("a truncated bundle is rejected as incomplete at every boundary and any length", "[bundle]") {
    const Scene scene(200'000);  // four chunks
    std::vector<qsizetype> lengths{0, 1, kSaltSize, kOuterHeaderSize - 1, kOuterHeaderSize};
    for (int stanza = 1; stanza <= 4; ++stanza) {
        lengths.push_back(kOuterHeaderSize + qsizetype{stanza} * kStanzaSize);
    }
    lengths.push_back(prefixSize(4) - kStreamHeaderSize);  // after the MAC
    lengths.push_back(prefixSize(4));                      // after the stream header
    for (qsizetype end = prefixSize(4) + kChunkCipherSize; end < scene.file.size(); end += kChunkCipherSize) {
        lengths.push_back(end);  // after each chunk but the last
        lengths.push_back(end - 1);
        lengths.push_back(end + 1);
    }
    lengths.push_back(scene.file.size() - 1);
    std::mt19937 generator(99);
    for (int i = 0; i < 300; ++i) {
        lengths.push_back(static_cast<qsizetype>(generator() % scene.file.size()));
    }
    for (const qsizetype length : lengths) {
        CAPTURE(length);
        const auto refused = scene.read(scene.file.left(length));
        REQUIRE(problemOf(refused) == BundleProblem::Truncated);
    }
}

TEST_CASE("a bundle cut short by someone who fixed its length is rejected as altered", "[bundle]") {
    const Scene scene(200'000);
    // An outsider cannot make the header MAC fit the new length.
    const qsizetype cut = prefixSize(4) + 2 * qsizetype{kChunkCipherSize};
    ref::OuterFields outer = ref::readOuter(scene.file);
    outer.totalLength = static_cast<quint64>(cut);
    const QByteArray relabelled = ref::writeOuter(outer) + scene.file.mid(kOuterHeaderSize, cut - kOuterHeaderSize);
    REQUIRE(problemOf(scene.read(relabelled)) == BundleProblem::Damaged);

    // A recipient holding the file key can; the stream still ends without its final chunk.
    const auto opened = ref::open(scene.file, referenceKeys(scene.reader.box));
    REQUIRE(opened.has_value());
    ref::SealOptions options;
    options.finalChunk = 99;
    const ref::Envelope envelope = ref::envelope({scene.reader.box.publicKey}, 2 * kChunkPlainSize, options);
    const QByteArray cutStream = ref::encrypt(envelope, opened->plaintext.left(2 * kChunkPlainSize), options);
    REQUIRE(problemOf(scene.read(cutStream)) == BundleProblem::Damaged);
}

TEST_CASE("trailing bytes are rejected", "[bundle]") {
    const Scene scene(1000);
    for (const qsizetype extra : {qsizetype{1}, qsizetype{kChunkOverhead}, qsizetype{kChunkCipherSize}}) {
        CAPTURE(extra);
        REQUIRE(problemOf(scene.read(scene.file + QByteArray(extra, '\0'))) == BundleProblem::Damaged);
        // Relabelling the length does not help an outsider.
        ref::OuterFields outer = ref::readOuter(scene.file);
        outer.totalLength += static_cast<quint64>(extra);
        const QByteArray relabelled =
            ref::writeOuter(outer) + scene.file.mid(kOuterHeaderSize) + QByteArray(extra, '\x01');
        REQUIRE(problemOf(scene.read(relabelled)) == BundleProblem::Damaged);
    }
    // Nor does a recipient's extra chunk after the final one.
    const auto opened = ref::open(scene.file, referenceKeys(scene.reader.box));
    REQUIRE(opened.has_value());
    ref::SealOptions options;
    options.extraChunkAfterFinal = true;
    const ref::Envelope envelope =
        ref::envelope({scene.reader.box.publicKey}, static_cast<quint64>(opened->plaintext.size()), options);
    REQUIRE(problemOf(scene.read(ref::encrypt(envelope, opened->plaintext, options))) == BundleProblem::Damaged);
}

TEST_CASE("swapped stanzas are rejected", "[bundle]") {
    const Scene scene(1000);
    for (int a = 0; a < 4; ++a) {
        for (int b = a + 1; b < 4; ++b) {
            CAPTURE(a, b);
            QByteArray swapped = scene.file;
            const qsizetype at = kOuterHeaderSize + qsizetype{a} * kStanzaSize;
            const qsizetype bt = kOuterHeaderSize + qsizetype{b} * kStanzaSize;
            swapped.replace(at, kStanzaSize, scene.file.mid(bt, kStanzaSize));
            swapped.replace(bt, kStanzaSize, scene.file.mid(at, kStanzaSize));
            REQUIRE(problemOf(scene.read(swapped)) == BundleProblem::Damaged);
        }
    }
}

TEST_CASE("swapped reordered and duplicated payload chunks are rejected", "[bundle]") {
    const Scene scene(250'000);  // four full chunks and a short one
    const qsizetype start = prefixSize(4);
    const auto chunk = [&](int index) {
        return scene.file.mid(start + qsizetype{index} * kChunkCipherSize, kChunkCipherSize);
    };
    const auto withChunks = [&](const std::vector<int>& order) {
        QByteArray file = scene.file.left(start);
        for (const int index : order) {
            file += chunk(index);
        }
        return file + scene.file.mid(start + 4 * qsizetype{kChunkCipherSize});
    };
    REQUIRE(scene.read(withChunks({0, 1, 2, 3})).ok());
    for (const auto& order : std::vector<std::vector<int>>{
             {1, 0, 2, 3}, {0, 2, 1, 3}, {3, 1, 2, 0}, {1, 2, 3, 0}, {0, 0, 2, 3}, {0, 1, 1, 3}, {0, 1, 2, 2}}) {
        CAPTURE(order);
        REQUIRE(problemOf(scene.read(withChunks(order))) == BundleProblem::Damaged);
    }
    // A chunk repeated at the end (length relabelled) and a chunk dropped (length relabelled).
    for (const auto& order : std::vector<std::vector<int>>{{0, 1, 2, 3, 3}, {0, 1, 3}}) {
        CAPTURE(order);
        QByteArray file = withChunks(order);
        ref::OuterFields outer = ref::readOuter(file);
        outer.totalLength = static_cast<quint64>(file.size());
        file.replace(0, kOuterHeaderSize, ref::writeOuter(outer));
        REQUIRE(problemOf(scene.read(file)) == BundleProblem::Damaged);
    }
}

TEST_CASE("a bundle forwarded by a recipient to another device is rejected", "[bundle]") {
    Device sender;
    Device insider;
    Device victim;
    Directory directory;
    directory.add(sender);
    directory.add(insider);
    const BundleContent content = sampleContent(sender, {&insider}, 2000);
    const QByteArray file = writeBundle(content, sender, {&insider});
    REQUIRE(problemOf(BundleReader::read(file, victim.box, directory.lookup())) == BundleProblem::NotForThisDevice);

    // The insider opens it and seals the same plaintext, signature and all, to the victim: new stanzas, a new
    // header MAC, the payload re-encrypted under it.
    const auto opened = ref::open(file, referenceKeys(insider.box));
    REQUIRE(opened.has_value());
    const QByteArray signature = opened->plaintext.right(kSignatureRecordSize);
    const QByteArray inner = opened->plaintext.left(opened->plaintext.size() - kSignatureRecordSize);
    for (const bool keepFileKey : {false, true}) {
        CAPTURE(keepFileKey);
        ref::SealOptions options;
        if (keepFileKey) {
            options.fileKey = opened->fileKey;
        }
        const ref::Envelope envelope = ref::envelope({victim.box.publicKey, insider.box.publicKey},
                                                     static_cast<quint64>(opened->plaintext.size()), options);
        const QByteArray forwarded = ref::encrypt(envelope, inner + signature, options);
        REQUIRE(problemOf(BundleReader::read(forwarded, victim.box, directory.lookup())) ==
                BundleProblem::BadSignature);
        // The same re-sealing with a signature made for the new envelope is accepted: only the binding refused it.
        const QByteArray resigned = ref::encrypt(
            envelope, inner + ref::signatureRecord(envelope.bytes, inner, secretOf(sender.signing.secretKey)), options);
        const auto accepted = BundleReader::read(resigned, victim.box, directory.lookup());
        REQUIRE(accepted.ok());
        REQUIRE(*accepted == content);
    }
}

TEST_CASE("a changed outer header invalidates the signature even with a valid MAC", "[bundle]") {
    const Scene scene(1000);
    const auto opened = ref::open(scene.file, referenceKeys(scene.reader.box));
    REQUIRE(opened.has_value());
    // A recipient rebuilds the envelope around the same plaintext and file key with more stanzas: it holds the
    // MAC key, so the MAC fits; only the signature notices.
    ref::SealOptions options;
    options.fileKey = opened->fileKey;
    options.stanzaCount = 8;
    const ref::Envelope envelope =
        ref::envelope({scene.reader.box.publicKey}, static_cast<quint64>(opened->plaintext.size()), options);
    REQUIRE(problemOf(scene.read(ref::encrypt(envelope, opened->plaintext, options))) == BundleProblem::BadSignature);
}

TEST_CASE("a forged sender and an unknown sender are rejected", "[bundle]") {
    Device alice;
    Device mallory;
    Device reader;
    Directory directory;
    directory.add(alice);
    directory.add(mallory);
    // Mallory names Alice as the sender and signs with her own key.
    const BundleContent content = sampleContent(alice, {&reader}, 1000);
    auto forged = BundleWriter::write(content, mallory.signing.secretKey, {reader.box.publicKey});
    REQUIRE(forged.ok());
    const auto refused = BundleReader::read(*forged, reader.box, directory.lookup());
    REQUIRE(problemOf(refused) == BundleProblem::BadSignature);
    REQUIRE(refused.error().message ==
            QStringLiteral("The signature of this bundle does not match the device it names."));

    // Signed correctly by a device the reader does not know.
    Device stranger;
    const QByteArray file = writeBundle(sampleContent(stranger, {&reader}, 1000), stranger, {&reader});
    QByteArray askedFor;
    const auto unknown = BundleReader::read(file, reader.box, [&](const QByteArray& id) -> std::optional<QByteArray> {
        askedFor = id;
        return directory.lookup()(id);
    });
    REQUIRE(problemOf(unknown) == BundleProblem::UnknownSender);
    REQUIRE(askedFor == stranger.id);
    REQUIRE(unknown.error().message == QStringLiteral("This bundle is from an unknown device."));
}

TEST_CASE("the signature must be present and last", "[bundle]") {
    const Scene scene(500);
    const QByteArray header =
        ref::record(RecordType::InnerHeader,
                    ref::innerHeader(scene.content.header.teamId, scene.sender.id, 1, 0, 1, {scene.reader.id}));
    const QByteArray padding = ref::record(RecordType::Padding, QByteArray(100, '\0'));
    const ref::Envelope envelope =
        ref::envelope({scene.reader.box.publicKey}, static_cast<quint64>(header.size() + padding.size()), {});
    // No signature record at all.
    REQUIRE(problemOf(scene.read(ref::encrypt(envelope, header + padding, {}))) == BundleProblem::BadSignature);
    // A record after the signature.
    const QByteArray inner = header + padding;
    const QByteArray signature = ref::signatureRecord(envelope.bytes, inner, secretOf(scene.sender.signing.secretKey));
    const QByteArray after = ref::record(RecordType::StateDigest, QByteArray(10, 'x'));
    const ref::Envelope longer = ref::envelope(
        {scene.reader.box.publicKey}, static_cast<quint64>(inner.size() + signature.size() + after.size()), {});
    REQUIRE(problemOf(scene.read(ref::encrypt(longer, inner + signature + after, {}))) == BundleProblem::BadSignature);
    // A signature over other bytes, and a correct one in the same envelope.
    const ref::Envelope signedEnvelope =
        ref::envelope({scene.reader.box.publicKey}, static_cast<quint64>(inner.size() + kSignatureRecordSize), {});
    const QByteArray key = secretOf(scene.sender.signing.secretKey);
    const QByteArray other = ref::signatureRecord(signedEnvelope.bytes, inner + "x", key);
    REQUIRE(problemOf(scene.read(ref::encrypt(signedEnvelope, inner + other, {}))) == BundleProblem::BadSignature);
    const QByteArray right = ref::signatureRecord(signedEnvelope.bytes, inner, key);
    REQUIRE(scene.read(ref::encrypt(signedEnvelope, inner + right, {})).ok());
}

TEST_CASE("a final tag in the middle or a missing one is rejected", "[bundle]") {
    const Scene scene(150'000);
    const auto opened = ref::open(scene.file, referenceKeys(scene.reader.box));
    REQUIRE(opened.has_value());
    for (const int finalChunk : {0, 1, 7}) {
        CAPTURE(finalChunk);
        ref::SealOptions options;
        options.fileKey = opened->fileKey;
        options.finalChunk = finalChunk;
        const ref::Envelope envelope =
            ref::envelope({scene.reader.box.publicKey}, static_cast<quint64>(opened->plaintext.size()), options);
        REQUIRE(problemOf(scene.read(ref::encrypt(envelope, opened->plaintext, options))) == BundleProblem::Damaged);
    }
}

TEST_CASE("unknown critical records reject and unknown ignorable ones are skipped", "[bundle]") {
    Device sender;
    Device reader;
    Directory directory;
    directory.add(sender);
    BundleContent content = sampleContent(sender, {&reader}, 100);
    const BundleContent expected = content;
    content.records.insert(content.records.begin() + 1, BundleRecord{0x0F00, QByteArray(300, 'i')});
    content.records.push_back(BundleRecord{0x7FFE, {}});
    const auto skipped = BundleReader::read(writeBundle(content, sender, {&reader}), reader.box, directory.lookup());
    REQUIRE(skipped.ok());
    REQUIRE(*skipped == expected);

    content.records.push_back(BundleRecord{0x8F00, QByteArray(3, 'c')});
    const auto refused = BundleReader::read(writeBundle(content, sender, {&reader}), reader.box, directory.lookup());
    REQUIRE(problemOf(refused) == BundleProblem::NeedsNewerVersion);

    // An unknown kind of bundle is a newer version's too.
    const Scene scene(100);
    const QByteArray header =
        ref::innerHeader(scene.content.header.teamId, scene.sender.id, 1, 0, 9, {scene.reader.id});
    const QByteArray newKind =
        ref::sealSigned(ref::record(RecordType::InnerHeader, header) + ref::record(RecordType::Padding, {}),
                        secretOf(scene.sender.signing.secretKey), {scene.reader.box.publicKey});
    REQUIRE(problemOf(scene.read(newKind)) == BundleProblem::NeedsNewerVersion);
}

TEST_CASE("records that break the format are rejected after the signature holds", "[bundle]") {
    const Scene scene(100);
    const QByteArray padding = ref::record(RecordType::Padding, QByteArray(40, '\0'));
    const QByteArray changeset = ref::record(RecordType::Changeset, "abc");
    const auto read = [&](const QByteArray& records) { return problemOf(scene.read(handMade(scene, records))); };
    REQUIRE(scene.read(handMade(scene, changeset + padding)).ok());
    REQUIRE(read(changeset) == BundleProblem::Malformed);                      // no padding
    REQUIRE(read(padding + changeset) == BundleProblem::Malformed);            // padding not last
    REQUIRE(read(changeset + changeset.left(4)) == BundleProblem::Malformed);  // a cut record header
    REQUIRE(read(ref::record(RecordType::InnerHeader, {}) + padding) == BundleProblem::Malformed);  // two headers
    REQUIRE(read(ref::record(RecordType::Signature, QByteArray(64, 's')) + padding) == BundleProblem::Malformed);

    // The inner header must come first.
    const QByteArray header =
        ref::innerHeader(scene.content.header.teamId, scene.sender.id, 1, 0, 1, {scene.reader.id});
    const QByteArray notFirst = ref::sealSigned(changeset + ref::record(RecordType::InnerHeader, header) + padding,
                                                secretOf(scene.sender.signing.secretKey), {scene.reader.box.publicKey});
    REQUIRE(problemOf(scene.read(notFirst)) == BundleProblem::Damaged);  // no sender to check the signature against
}

TEST_CASE("lengths of 2^32 in a hand-made bundle are refused without allocating", "[bundle]") {
    const Scene scene(100);
    const QByteArray padding = ref::record(RecordType::Padding, QByteArray(40, '\0'));
    const QByteArray header =
        ref::innerHeader(scene.content.header.teamId, scene.sender.id, 1, 0, 1, {scene.reader.id});

    std::vector<std::pair<QByteArray, BundleProblem>> cases;
    // Records claiming 4 GiB - 1 and a little over 16 MiB, in a small file that is signed and sealed correctly.
    cases.emplace_back(handMade(scene, ref::u16(RecordType::Changeset) + ref::u32(0xFFFF'FFFF) + padding),
                       BundleProblem::Malformed);
    cases.emplace_back(handMade(scene, ref::u16(0x0F00) + ref::u32(0xFFFF'FFFF) + padding), BundleProblem::Malformed);
    cases.emplace_back(handMade(scene, ref::u16(RecordType::Changeset) + ref::u32(16 * 1024 * 1024 + 1) + padding),
                       BundleProblem::Malformed);
    // A record really 16 MiB + 1 long: over the record limit even though it is all there.
    cases.emplace_back(
        handMade(scene, ref::record(RecordType::Changeset, QByteArray(kMaxRecordSize + 1, 'z')) + padding),
        BundleProblem::Malformed);
    // An inner header claiming 65535 recipients.
    QByteArray manyRecipients = header;
    manyRecipients.replace(kInnerHeaderFixedSize - 2, 2, ref::u16(0xFFFF));
    cases.emplace_back(ref::sealSigned(ref::record(RecordType::InnerHeader, manyRecipients) + padding,
                                       secretOf(scene.sender.signing.secretKey), {scene.reader.box.publicKey}),
                       BundleProblem::Malformed);
    // Outer headers claiming 2^32 and 2^63 bytes, and 65535 or other counts of stanzas that are not there.
    for (const quint64 total : {quint64{1} << 32, quint64{1} << 63, ~quint64{0}}) {
        ref::OuterFields outer = ref::readOuter(scene.file);
        outer.totalLength = total;
        cases.emplace_back(ref::writeOuter(outer) + scene.file.mid(kOuterHeaderSize), BundleProblem::Truncated);
    }
    for (const int stanzas : {0, 1, 3, 5, 512, 1024, 0xFFFF}) {
        ref::OuterFields outer = ref::readOuter(scene.file);
        outer.stanzaCount = stanzas;
        cases.emplace_back(ref::writeOuter(outer) + scene.file.mid(kOuterHeaderSize), BundleProblem::Damaged);
    }
    // A header whose length matches the file, with 256 stanzas that cannot all fit.
    {
        ref::OuterFields outer = ref::readOuter(scene.file);
        outer.stanzaCount = 256;
        cases.emplace_back(ref::writeOuter(outer) + scene.file.mid(kOuterHeaderSize), BundleProblem::Damaged);
    }

    for (std::size_t i = 0; i < cases.size(); ++i) {
        CAPTURE(i);
        const auto& [file, expected] = cases[i];
        REQUIRE(problemOf(scene.read(file)) == expected);
        // Under a 64 MiB allowance: reading any of these must not try to make room for what they claim.
        REQUIRE(withinMemory(qint64{64} * 1024 * 1024, [&] { return scene.read(file).problem() == expected; }));
    }
    // The check can fail: a 4 GiB allocation under the same allowance does.
    if (kMemoryLimited) {
        REQUIRE_FALSE(withinMemory(qint64{64} * 1024 * 1024, [] {
            const QByteArray huge(qsizetype{1} << 32, '\0');
            return huge.size() > 0;
        }));
    }
}

TEST_CASE("a file over the size limit is refused before anything is read", "[bundle]") {
    const Scene scene(100);
    QByteArray large(kMaxBundleFileSize + 1, Qt::Uninitialized);
    large.replace(0, scene.file.size(), scene.file);
    const auto refused = scene.read(large);
    REQUIRE(problemOf(refused) == BundleProblem::TooLarge);
}

TEST_CASE("random files and foreign versions are rejected", "[bundle]") {
    const Scene scene(100);
    for (unsigned seed = 0; seed < 50; ++seed) {
        problemOf(scene.read(pseudoRandom(5000 + seed, seed)));
    }
    for (const auto& [version, suite, flags] :
         std::vector<std::tuple<int, int, int>>{{3, 1, 0}, {0, 1, 0}, {1, 2, 0}, {1, 1, 1}, {1, 1, 0x8000}}) {
        CAPTURE(version, suite, flags);
        ref::OuterFields outer = ref::readOuter(scene.file);
        outer.version = static_cast<std::uint8_t>(version);
        outer.suite = static_cast<std::uint8_t>(suite);
        outer.flags = static_cast<quint16>(flags);
        REQUIRE(problemOf(scene.read(ref::writeOuter(outer) + scene.file.mid(kOuterHeaderSize))) ==
                BundleProblem::Unsupported);
    }
}

TEST_CASE("the reader and the spec agree in both directions", "[bundle]") {
    const Scene scene(70'000);
    // A file built from docs/sync-protocol.md alone opens with the reader.
    const BundleContent& content = scene.content;
    QByteArray inner =
        ref::record(RecordType::InnerHeader,
                    ref::innerHeader(content.header.teamId, content.header.senderDeviceId, content.header.sequence,
                                     content.header.createdMs, 1, content.header.recipientDeviceIds));
    for (const BundleRecord& record : content.records) {
        inner += ref::record(record.type, record.body);
    }
    inner += ref::record(RecordType::Padding, QByteArray(33, '\0'));
    const auto opened =
        scene.read(ref::sealSigned(inner, secretOf(scene.sender.signing.secretKey), {scene.reader.box.publicKey}));
    REQUIRE(opened.ok());
    REQUIRE(*opened == content);

    // A file from the writer opens with the spec's reading, and its inner bytes are these records.
    const auto fromWriter = ref::open(scene.file, referenceKeys(scene.reader.box));
    REQUIRE(fromWriter.has_value());
    REQUIRE(fromWriter->outer.version == kFormatVersion);
    REQUIRE(fromWriter->outer.suite == kSuite);
    REQUIRE(fromWriter->outer.flags == 0);
    REQUIRE(fromWriter->plaintext.startsWith(inner.left(inner.size() - 33 - kRecordHeaderSize)));
    const QByteArray signedInner = fromWriter->plaintext.left(fromWriter->plaintext.size() - kSignatureRecordSize);
    REQUIRE(fromWriter->plaintext.right(kSignatureRecordSize) ==
            ref::signatureRecord(fromWriter->envelope, signedInner, secretOf(scene.sender.signing.secretKey)));
    REQUIRE(fromWriter->chunkEnds.size() == 2);
}

TEST_CASE("the writer refuses what the format cannot carry", "[bundle]") {
    Device sender;
    Device reader;
    const auto write = [&](const BundleContent& content, const std::vector<QByteArray>& keys,
                           const SecretBytes& signingKey) {
        return test::errorCode(BundleWriter::write(content, signingKey, keys));
    };
    const BundleContent good = sampleContent(sender, {&reader}, 10);
    const std::vector<QByteArray> keys{reader.box.publicKey};
    REQUIRE(BundleWriter::write(good, sender.signing.secretKey, keys).ok());

    BundleContent content = good;
    content.header.teamId.chop(1);
    REQUIRE(write(content, keys, sender.signing.secretKey) == ErrorCode::Usage);
    content = good;
    content.header.senderDeviceId = {};
    REQUIRE(write(content, keys, sender.signing.secretKey) == ErrorCode::Usage);
    content = good;
    content.header.recipientDeviceIds.push_back(QByteArray(kIdSize, 'r'));
    REQUIRE(write(content, keys, sender.signing.secretKey) == ErrorCode::Usage);  // two ids, one key
    content = good;
    content.header.recipientDeviceIds.clear();
    REQUIRE(write(content, {}, sender.signing.secretKey) == ErrorCode::Usage);
    content = good;
    content.header.kind = static_cast<BundleKind>(9);
    REQUIRE(write(content, keys, sender.signing.secretKey) == ErrorCode::Usage);
    REQUIRE(write(good, {QByteArray(31, 'k')}, sender.signing.secretKey) == ErrorCode::Usage);
    REQUIRE(write(good, {QByteArray(32, '\0')}, sender.signing.secretKey) == ErrorCode::Usage);  // a low-order point
    REQUIRE(write(good, keys, SecretBytes(32)) == ErrorCode::Usage);
    for (const quint16 reserved : {RecordType::InnerHeader, RecordType::Padding, RecordType::Signature}) {
        content = good;
        content.records.push_back({reserved, {}});
        REQUIRE(write(content, keys, sender.signing.secretKey) == ErrorCode::Usage);
    }
    content = good;
    content.records.push_back({RecordType::Changeset, QByteArray(kMaxRecordSize + 1, 'x')});
    REQUIRE(write(content, keys, sender.signing.secretKey) == ErrorCode::Usage);
    // Records of 16 MiB each, 17 of them: more than a bundle may hold.
    content = good;
    const QByteArray big(kMaxRecordSize, 'y');
    for (int i = 0; i < 17; ++i) {
        content.records.push_back({RecordType::Changeset, big});
    }
    REQUIRE(write(content, keys, sender.signing.secretKey) == ErrorCode::Usage);
}

TEST_CASE("every rejection has its own plain message", "[bundle]") {
    QSet<QString> messages;
    for (const BundleProblem problem :
         {BundleProblem::TooLarge, BundleProblem::Truncated, BundleProblem::Unsupported,
          BundleProblem::NotForThisDevice, BundleProblem::Damaged, BundleProblem::UnknownSender,
          BundleProblem::BadSignature, BundleProblem::Malformed, BundleProblem::NeedsNewerVersion}) {
        const BundleReadResult result(problem);
        REQUIRE(result.error().code == ErrorCode::Rejected);
        REQUIRE(result.problem() == problem);
        messages.insert(result.error().message);
    }
    REQUIRE(messages.size() == 9);
    REQUIRE_FALSE(messages.contains(QString()));
}

TEST_CASE("more records than a bundle may hold are refused - by a parse for the membership log alone too",
          "[bundle][hostile]") {
    BundleHeader header;
    header.teamId = QByteArray(kIdSize, 't');
    header.senderDeviceId = QByteArray(kIdSize, 's');
    header.recipientDeviceIds = {QByteArray(kIdSize, 'r')};
    header.kind = BundleKind::Changes;
    const QByteArray headerBody = InnerRecords::encodeHeader(header);
    const auto recordsIn = [&](qint64 count) {
        QByteArray inner(
            static_cast<qsizetype>(kRecordHeaderSize + headerBody.size() + (count + 1) * kRecordHeaderSize), '\0');
        auto* out = reinterpret_cast<unsigned char*>(inner.data());
        std::size_t at = InnerRecords::put(out, RecordType::InnerHeader, headerBody.constData(),
                                           static_cast<std::size_t>(headerBody.size()));
        for (qint64 i = 0; i < count; ++i)
            at += InnerRecords::put(out + at, RecordType::Changeset, nullptr, 0);
        InnerRecords::put(out + at, RecordType::Padding, nullptr, 0);
        return inner;
    };
    const auto parsed = [](const QByteArray& inner, std::optional<quint16> onlyType) {
        return InnerRecords::parse(reinterpret_cast<const unsigned char*>(inner.constData()),
                                   static_cast<std::size_t>(inner.size()), onlyType);
    };
    const QByteArray atLimit = recordsIn(kMaxRecords);
    CHECK(parsed(atLimit, std::nullopt).ok());
    CHECK(parsed(atLimit, RecordType::MembershipEvent).ok());
    const QByteArray overLimit = recordsIn(kMaxRecords + 1);
    CHECK(parsed(overLimit, std::nullopt).problem() == BundleProblem::Malformed);
    CHECK(parsed(overLimit, RecordType::MembershipEvent).problem() == BundleProblem::Malformed);
}
