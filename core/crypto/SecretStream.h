#pragma once

#include "core/base/SecretBytes.h"

#include <QByteArray>

#include <cstddef>
#include <optional>

namespace fieldcase::crypto {

// One crypto_secretstream_xchacha20poly1305 stream: chunks that are each authenticated, bound to their position
// in the stream, and closed by a chunk tagged final. The state lives in locked, wiped memory.
class SecretStream {
public:
    static constexpr int kHeaderSize = 24;
    static constexpr int kChunkOverhead = 17;

    enum class Tag { Message, Final, Other };

    // A stream to encrypt with key (32 bytes); header() must precede the chunks.
    static SecretStream forWriting(const SecretBytes& key);
    // A stream to decrypt with key, starting from the header that the writer put first.
    static std::optional<SecretStream> forReading(const SecretBytes& key, const char* header);

    const QByteArray& header() const { return m_header; }

    // Encrypts size bytes into out (size + kChunkOverhead bytes), with associatedData authenticated alongside.
    void encrypt(const unsigned char* plain, std::size_t size, const QByteArray& associatedData, bool final, char* out);
    // Decrypts one chunk of cipherSize bytes into plain (cipherSize - kChunkOverhead bytes); the chunk's tag,
    // or nothing when the chunk is not the next one of this stream or was altered.
    std::optional<Tag> decrypt(const char* cipher, std::size_t cipherSize, const QByteArray& associatedData,
                               unsigned char* plain);

private:
    SecretStream();

    SecretBytes m_state;
    QByteArray m_header;
};

}  // namespace fieldcase::crypto
