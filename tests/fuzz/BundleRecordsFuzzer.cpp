// libFuzzer past the cryptography: the input is the inner plaintext before the signature record, which the harness
// signs as the golden sender and seals to the golden reader (tests/sync/ReferenceBundle), so every input reaches
// the record parser. Whatever the reader accepts must survive a round trip through the writer.
// The same file is also opened as a welcome from a sender not yet known (readIntroduced), whose membership records
// are parsed before any key is known: it must accept exactly what read() accepts, and keep its membership records.
// Seeds: tests/data/bundles/inner/*.inner.
#include "core/sync/bundle/BundleReader.h"
#include "core/sync/bundle/BundleWriter.h"
#include "tests/sync/GoldenKeys.h"
#include "tests/sync/ReferenceBundle.h"

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <vector>

using namespace fieldcase;
using namespace fieldcase::sync;
namespace golden = fieldcase::test::golden;
namespace ref = fieldcase::test::reference;

namespace {

struct Fixture {
    crypto::BoxKeyPair reader = golden::readerKeyPair();
    ref::KeyPair signing = golden::senderSigningKeys();
    SecretBytes signingSecret = golden::toSecret(signing.secretKey);
    BundleReader::SenderKeyLookup lookup = [this](const QByteArray& id) -> std::optional<QByteArray> {
        return id == golden::senderId() ? std::optional<QByteArray>(signing.publicKey) : std::nullopt;
    };
};

// The golden sender's key, taken as a welcome would take it: from the bundle's own, still unverified, content.
// That content must hold the header and the membership records only.
std::optional<QByteArray> introducedKey(const Fixture& fixture, const BundleContent& content) {
    for (const BundleRecord& record : content.records) {
        if (record.type != RecordType::MembershipEvent) {
            std::abort();
        }
    }
    return content.header.senderDeviceId == golden::senderId() ? std::optional(fixture.signing.publicKey)
                                                               : std::nullopt;
}

// readIntroduced, whole and for the membership records only, agrees with read() on what it accepts and what it
// returns.
void checkIntroducedRead(const Fixture& fixture, const QByteArray& file, const BundleReadResult& read) {
    const auto key = [&](const BundleContent& content) { return introducedKey(fixture, content); };
    const BundleReadResult whole = BundleReader::readIntroduced(file, fixture.reader, key);
    const BundleReadResult membership =
        BundleReader::readIntroduced(file, fixture.reader, key, RecordType::MembershipEvent);
    if (whole.ok() != read.ok() || membership.ok() != read.ok()) {
        std::abort();
    }
    if (!read.ok()) {
        return;
    }
    BundleContent expected = *read;
    if (!(*whole == expected)) {
        std::abort();
    }
    std::erase_if(expected.records,
                  [](const BundleRecord& record) { return record.type != RecordType::MembershipEvent; });
    if (!(*membership == expected)) {
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Fixture fixture;
    const QByteArray inner(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArray file = ref::sealSigned(inner, fixture.signing.secretKey, {fixture.reader.publicKey});
    const BundleReadResult result = BundleReader::read(file, fixture.reader, fixture.lookup);
    checkIntroducedRead(fixture, file, result);
    if (result.ok() != (result.problem() == BundleProblem::None)) {
        std::abort();
    }
    if (!result.ok()) {
        // Only what follows the signature check may go wrong here: the envelope is always valid.
        const BundleProblem problem = result.problem();
        if (problem != BundleProblem::Malformed && problem != BundleProblem::NeedsNewerVersion &&
            problem != BundleProblem::Damaged && problem != BundleProblem::UnknownSender) {
            std::abort();
        }
        return 0;
    }
    const BundleContent& content = *result;
    const std::vector<QByteArray> keys(content.header.recipientDeviceIds.size(), fixture.reader.publicKey);
    const auto rewritten = BundleWriter::write(content, fixture.signingSecret, keys);
    if (!rewritten.ok()) {
        std::abort();  // the reader accepted something the writer cannot write
    }
    const BundleReadResult again = BundleReader::read(*rewritten, fixture.reader, fixture.lookup);
    if (!again.ok() || !(*again == content)) {
        std::abort();
    }
    return 0;
}
