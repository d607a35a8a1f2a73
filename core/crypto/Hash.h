#pragma once

#include <QByteArray>

namespace fieldcase::crypto {

inline constexpr int kHashSize = 32;

// BLAKE2b-256 of the bytes (integrity and chaining, not passwords).
QByteArray hash(const QByteArray& data);

}  // namespace fieldcase::crypto
