#include "core/crypto/Hash.h"

#include <sodium.h>

namespace fieldcase::crypto {

QByteArray hash(const QByteArray& data) {
    QByteArray digest(kHashSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), kHashSize,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return digest;
}

}  // namespace fieldcase::crypto
