#include "core/sync/team/TravelRelease.h"

#include "core/base/Bytes.h"
#include "core/base/Hex.h"
#include "core/crypto/Signer.h"

#include <QCoreApplication>

namespace fieldcase::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("fieldcase travel release v1");
// Domain separation: a release signature can be taken for no other signature the coordinator makes.
const QByteArray kSignatureContext = QByteArrayLiteral("fieldcase travel release signature v1");
constexpr int kIdSize = 16;
constexpr int kSignatureSize = 64;

}  // namespace

QByteArray TravelRelease::body() const {
    ByteWriter out;
    out.raw(kMagic);
    out.raw(deviceId);
    out.u32(generation);
    out.raw(key);
    out.raw(coordinator);
    return out.bytes();
}

QByteArray TravelRelease::encode(const SecretBytes& signingKey) const {
    const QByteArray signedPart = body();
    return signedPart + crypto::sign(signingKey, kSignatureContext + signedPart);
}

Result<TravelRelease> TravelRelease::decode(const QByteArray& file) {
    ByteReader in(file);
    TravelRelease release;
    const bool magicOk = in.raw(kMagic.size()) == kMagic;
    release.deviceId = in.raw(kIdSize);
    release.generation = in.u32();
    release.key = in.raw(kKeySize);
    release.coordinator = in.raw(kIdSize);
    release.signature = in.raw(kSignatureSize);
    if (!magicOk || !in.ok() || !in.atEnd() || release.generation == 0) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Team", "This is not a travel release file of Fieldcase."));
    }
    return release;
}

bool TravelRelease::verifiedBy(const QByteArray& signPublicKey) const {
    return crypto::verifySignature(signPublicKey, kSignatureContext + body(), signature);
}

QString TravelRelease::fileName(const QByteArray& deviceId) {
    return QStringLiteral("fieldcase-release-%1.fcrelease").arg(toHex(deviceId).left(10));
}

}  // namespace fieldcase::sync
