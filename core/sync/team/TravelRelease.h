#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QByteArray>

namespace fieldcase::sync {

// The file a coordinator writes to release a travel-locked laptop (docs/threat-model.md, "Travel lock"): the
// laptop's release key, as the laptop gave it to its coordinators, signed by the coordinator who releases it. With
// the worker's passphrase it opens the laptop; without it, it opens nothing.
struct TravelRelease {
    static constexpr int kKeySize = 32;
    static constexpr qint64 kMaxFileSize = 4096;

    QByteArray deviceId;     // the laptop it releases, 16 bytes
    quint32 generation = 0;  // of the laptop's release key
    QByteArray key;          // the release key, 32 bytes
    QByteArray coordinator;  // who signed it, 16 bytes
    QByteArray signature;    // Ed25519 over a fixed context and every byte before it

    QByteArray encode(const SecretBytes& signingKey) const;
    // Refused for anything that is not a well-formed release file (its signature is checked by verifiedBy()).
    static Result<TravelRelease> decode(const QByteArray& file);
    bool verifiedBy(const QByteArray& signPublicKey) const;
    // The file name a release for this device gets.
    static QString fileName(const QByteArray& deviceId);

private:
    QByteArray body() const;
};

}  // namespace fieldcase::sync
