#pragma once

#include <QByteArray>

namespace fieldcase::crypto {

inline constexpr int kHashSize = 32;

inline constexpr int kLongHashSize = 64;

// BLAKE2b-256 of the bytes (integrity and chaining, not passwords).
QByteArray hash(const QByteArray& data);
// BLAKE2b-512 of the bytes (the safety numbers' iterated digest).
QByteArray longHash(const QByteArray& data);

// The same hash over data that arrives in pieces (files read in chunks).
class StreamHash {
public:
    StreamHash();
    ~StreamHash();
    StreamHash(const StreamHash&) = delete;
    StreamHash& operator=(const StreamHash&) = delete;
    void add(const QByteArray& data);
    QByteArray result();

private:
    struct State;
    State* m_state;
};

}  // namespace fieldcase::crypto
