// libFuzzer past the cryptography: the input is the inner plaintext before the signature record, which the harness
// signs as the golden sender and seals to the golden reader (tests/sync/ReferenceBundle), so every input reaches
// the record parser. Whatever the reader accepts must survive a round trip through the writer.
// Seeds: tests/data/bundles/inner/*.inner.
#include "core/sync/BundleReader.h"
#include "core/sync/BundleWriter.h"
#include "tests/sync/GoldenKeys.h"
#include "tests/sync/ReferenceBundle.h"

#include <cstdint>
#include <cstdlib>

using namespace fieldcase;
using namespace fieldcase::sync;
namespace golden = fieldcase::test::golden;
namespace ref = fieldcase::test::reference;

namespace {

struct Fixture {
    BoxKeyPair reader = golden::readerKeyPair();
    ref::KeyPair signing = golden::senderSigningKeys();
    SecretBytes signingSecret = golden::toSecret(signing.secretKey);
    BundleReader::SenderKeyLookup lookup = [this](const QByteArray& id) -> std::optional<QByteArray> {
        return id == golden::senderId() ? std::optional<QByteArray>(signing.publicKey) : std::nullopt;
    };
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Fixture fixture;
    const QByteArray inner(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArray file = ref::sealSigned(inner, fixture.signing.secretKey, {fixture.reader.publicKey});
    const BundleReadResult result = BundleReader::read(file, fixture.reader, fixture.lookup);
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
