#include "core/crypto/SecretStream.h"

#include <sodium.h>

namespace fieldcase::crypto {

namespace {
static_assert(SecretStream::kHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(SecretStream::kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);

const unsigned char* bytes(const QByteArray& array) {
    return reinterpret_cast<const unsigned char*>(array.constData());
}
}  // namespace

SecretStream::SecretStream() : m_state(crypto_secretstream_xchacha20poly1305_statebytes()) {}

// The state is an array of bytes (alignment 1), so it can live in a SecretBytes buffer.
static_assert(alignof(crypto_secretstream_xchacha20poly1305_state) == 1);

SecretStream SecretStream::forWriting(const SecretBytes& key) {
    SecretStream stream;
    stream.m_header = QByteArray(kHeaderSize, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(
        reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(stream.m_state.data()),
        reinterpret_cast<unsigned char*>(stream.m_header.data()), key.data());
    return stream;
}

std::optional<SecretStream> SecretStream::forReading(const SecretBytes& key, const char* header) {
    SecretStream stream;
    stream.m_header = QByteArray(header, kHeaderSize);
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(stream.m_state.data()),
            reinterpret_cast<const unsigned char*>(header), key.data()) != 0) {
        return std::nullopt;
    }
    return stream;
}

void SecretStream::encrypt(const unsigned char* plain, std::size_t size, const QByteArray& associatedData, bool final,
                           char* out) {
    crypto_secretstream_xchacha20poly1305_push(
        reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state.data()),
        reinterpret_cast<unsigned char*>(out), nullptr, plain, size, bytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
}

std::optional<SecretStream::Tag> SecretStream::decrypt(const char* cipher, std::size_t cipherSize,
                                                       const QByteArray& associatedData, unsigned char* plain) {
    if (cipherSize < static_cast<std::size_t>(kChunkOverhead)) {
        return std::nullopt;
    }
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state.data()), plain, nullptr, &tag,
            reinterpret_cast<const unsigned char*>(cipher), cipherSize, bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size())) != 0) {
        return std::nullopt;
    }
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        return Tag::Message;
    }
    return tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL ? Tag::Final : Tag::Other;
}

}  // namespace fieldcase::crypto
