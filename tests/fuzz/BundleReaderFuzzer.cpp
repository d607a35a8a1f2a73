// libFuzzer: arbitrary bytes as a bundle file, read with a fixed key pair (the golden bundles' reader) and a sender
// lookup that knows the golden sender. Seeds: tests/data/bundles/*.bundle.
#include "core/sync/bundle/BundleReader.h"
#include "tests/sync/GoldenKeys.h"

#include <cstdint>
#include <cstdlib>

using namespace fieldcase;
using namespace fieldcase::sync;
namespace golden = fieldcase::test::golden;

namespace {

struct Fixture {
    crypto::BoxKeyPair reader = golden::readerKeyPair();
    QByteArray senderKey = golden::senderSigningKeys().publicKey;
    BundleReader::SenderKeyLookup lookup = [this](const QByteArray& id) -> std::optional<QByteArray> {
        return id == golden::senderId() ? std::optional<QByteArray>(senderKey) : std::nullopt;
    };
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Fixture fixture;
    const QByteArray file(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const BundleReadResult result = BundleReader::read(file, fixture.reader, fixture.lookup);
    // Content or a reason, never both and never neither.
    if (result.ok() != (result.problem() == BundleProblem::None) ||
        (!result.ok() && result.error().message.isEmpty())) {
        std::abort();
    }
    return 0;
}
