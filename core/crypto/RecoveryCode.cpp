#include "core/crypto/RecoveryCode.h"

#include "core/crypto/Random.h"

#include <QCoreApplication>

namespace fieldcase::crypto {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kCharacters = kRecoveryCodeBytes * 8 / 5;
constexpr std::size_t kGroup = 4;

int decodeCharacter(unsigned char c) {
    if (c >= 'a' && c <= 'z') {
        c = static_cast<unsigned char>(c - 'a' + 'A');
    }
    if (c == 'O') return 0;
    if (c == 'I' || c == 'L') return 1;
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == static_cast<char>(c)) {
            return i;
        }
    }
    return -1;
}
}  // namespace

SecretBytes generateRecoveryCode() {
    return randomSecret(kRecoveryCodeBytes);
}

SecretBytes formatRecoveryCode(const SecretBytes& raw) {
    SecretBytes text;
    unsigned buffer = 0;
    int bits = 0;
    std::size_t written = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        buffer = (buffer << 8) | raw.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (written > 0 && written % kGroup == 0) {
                text.append('-');
            }
            text.append(static_cast<unsigned char>(kAlphabet[(buffer >> bits) & 31U]));
            ++written;
        }
    }
    buffer = 0;
    return text;
}

Result<SecretBytes> parseRecoveryCode(const SecretBytes& typed) {
    SecretBytes raw;
    unsigned buffer = 0;
    int bits = 0;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        const unsigned char c = typed.data()[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            continue;
        }
        const int value = decodeCharacter(c);
        if (value < 0 || characters == kCharacters) {
            return makeError(ErrorCode::WrongSecret,
                             QCoreApplication::translate("Vault",
                                                         "That is not a recovery code: it should be 32 "
                                                         "letters and digits in groups of four."));
        }
        ++characters;
        buffer = (buffer << 5) | static_cast<unsigned>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            raw.append(static_cast<unsigned char>((buffer >> bits) & 0xFFU));
        }
    }
    buffer = 0;
    if (characters != kCharacters) {
        return makeError(ErrorCode::WrongSecret,
                         QCoreApplication::translate("Vault",
                                                     "That is not a recovery code: it should be 32 letters "
                                                     "and digits in groups of four."));
    }
    return raw;
}

}  // namespace fieldcase::crypto
