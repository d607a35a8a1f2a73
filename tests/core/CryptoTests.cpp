// Key file, key derivation, recovery codes and signatures, below the vault.
#include "core/crypto/KeyFile.h"
#include "core/crypto/Passphrase.h"
#include "core/crypto/Random.h"
#include "core/crypto/RecoveryCode.h"
#include "core/crypto/SecretHex.h"
#include "core/crypto/Signer.h"
#include "tests/support/TestSupport.h"

#include <sodium.h>

#include <algorithm>
#include <iterator>

using namespace fieldcase;
using namespace fieldcase::crypto;
using fieldcase::test::errorCode;
using fieldcase::test::secret;

namespace {

// The cheapest cost the key file accepts, so these tests stay quick.
constexpr KdfParams kFast = kKdfMinimum;

struct SealedFile {
    QByteArray bytes;
    SecretBytes databaseKey;
};

SealedFile sealedFile(const char* passphrase, const SecretBytes& recoveryCode) {
    initialiseCrypto();
    auto file = KeyFile::create(randomBytes(KeyFile::kVaultIdSize), kFast);
    SealedFile result{{}, randomSecret(KeyFile::kDatabaseKeySize)};
    auto key = file.passphraseKey(secret(passphrase));
    REQUIRE(key.ok());
    file.sealSlot(KeyFile::PassphraseSlot, *key, result.databaseKey);
    file.sealSlot(KeyFile::RecoverySlot, file.recoveryKey(recoveryCode), result.databaseKey);
    result.bytes = file.serialize();
    return result;
}

// Rewrites the checksum, as someone who edits the file on purpose would.
QByteArray withValidChecksum(QByteArray bytes) {
    const int body = KeyFile::kFileSize - KeyFile::kChecksumSize;
    crypto_generichash(reinterpret_cast<unsigned char*>(bytes.data()) + body, KeyFile::kChecksumSize,
                       reinterpret_cast<const unsigned char*>(bytes.constData()), body, nullptr, 0);
    return bytes;
}

}  // namespace

TEST_CASE("a key file opens with its passphrase and its recovery code - and with nothing else", "[crypto]") {
    const SecretBytes code = generateRecoveryCode();
    const auto sealed = sealedFile("correct horse battery", code);
    REQUIRE(sealed.bytes.size() == KeyFile::kFileSize);

    auto parsed = KeyFile::parse(sealed.bytes);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->kdfParams() == kFast);

    auto key = parsed->passphraseKey(secret("correct horse battery"));
    REQUIRE(key.ok());
    auto opened = parsed->openSlot(KeyFile::PassphraseSlot, *key);
    REQUIRE(opened.ok());
    REQUIRE(opened->equals(sealed.databaseKey));

    auto recovered = parsed->openSlot(KeyFile::RecoverySlot, parsed->recoveryKey(code));
    REQUIRE(recovered.ok());
    REQUIRE(recovered->equals(sealed.databaseKey));

    auto wrongKey = parsed->passphraseKey(secret("correct horse battery!"));
    REQUIRE(wrongKey.ok());
    REQUIRE(errorCode(parsed->openSlot(KeyFile::PassphraseSlot, *wrongKey)) == ErrorCode::WrongSecret);
    // The passphrase's key does not open the recovery slot, nor the reverse.
    REQUIRE(errorCode(parsed->openSlot(KeyFile::RecoverySlot, *key)) == ErrorCode::WrongSecret);
    REQUIRE(errorCode(parsed->openSlot(KeyFile::PassphraseSlot, parsed->recoveryKey(code))) == ErrorCode::WrongSecret);
    REQUIRE(errorCode(parsed->openSlot(KeyFile::RecoverySlot, parsed->recoveryKey(generateRecoveryCode()))) ==
            ErrorCode::WrongSecret);
}

TEST_CASE("a key file is fixed-size and its unused slots look like used ones", "[crypto]") {
    const auto a = sealedFile("passphrase one", generateRecoveryCode());
    const auto b = sealedFile("passphrase one", generateRecoveryCode());
    REQUIRE(a.bytes.size() == b.bytes.size());
    // Two files for the same passphrase share no slot bytes: fresh salts, nonces and spare slots.
    for (int slot = 0; slot < KeyFile::kSlotCount; ++slot) {
        const int offset = KeyFile::kHeaderSize + slot * KeyFile::kSlotSize;
        REQUIRE(a.bytes.mid(offset, KeyFile::kSlotSize) != b.bytes.mid(offset, KeyFile::kSlotSize));
    }
}

TEST_CASE("every flipped byte and every truncation of a key file is reported as damage", "[crypto]") {
    const auto sealed = sealedFile("passphrase two", generateRecoveryCode());
    for (int i = 0; i < sealed.bytes.size(); ++i) {
        for (const char mask : {'\x01', '\x80'}) {
            QByteArray flipped = sealed.bytes;
            flipped[i] = static_cast<char>(flipped[i] ^ mask);
            INFO("byte " << i);
            REQUIRE(errorCode(KeyFile::parse(flipped)) == ErrorCode::Damaged);
        }
    }
    for (int length = 0; length < sealed.bytes.size(); ++length) {
        INFO("length " << length);
        REQUIRE(errorCode(KeyFile::parse(sealed.bytes.left(length))) == ErrorCode::Damaged);
    }
    REQUIRE(errorCode(KeyFile::parse(sealed.bytes + QByteArray(1, '\0'))) == ErrorCode::Damaged);
    REQUIRE(KeyFile::parse(sealed.bytes).ok());
}

TEST_CASE("a deliberately edited key file with a valid checksum still does not open", "[crypto]") {
    const auto sealed = sealedFile("passphrase three", generateRecoveryCode());

    SECTION("an edited vault id makes every slot fail to open") {
        QByteArray edited = sealed.bytes;
        edited[5] = static_cast<char>(edited[5] ^ 0x01);
        auto parsed = KeyFile::parse(withValidChecksum(edited));
        REQUIRE(parsed.ok());
        auto key = parsed->passphraseKey(secret("passphrase three"));
        REQUIRE(key.ok());
        REQUIRE(errorCode(parsed->openSlot(KeyFile::PassphraseSlot, *key)) == ErrorCode::WrongSecret);
    }
    SECTION("an edited salt derives another key") {
        QByteArray edited = sealed.bytes;
        edited[30] = static_cast<char>(edited[30] ^ 0x01);
        auto parsed = KeyFile::parse(withValidChecksum(edited));
        REQUIRE(parsed.ok());
        auto key = parsed->passphraseKey(secret("passphrase three"));
        REQUIRE(key.ok());
        REQUIRE(errorCode(parsed->openSlot(KeyFile::PassphraseSlot, *key)) == ErrorCode::WrongSecret);
    }
    SECTION("an oversized memory cost is refused before any memory is taken") {
        QByteArray edited = sealed.bytes;
        edited[24] = '\xFF';
        edited[25] = '\xFF';
        edited[26] = '\xFF';
        edited[27] = '\x7F';
        REQUIRE(errorCode(KeyFile::parse(withValidChecksum(edited))) == ErrorCode::Damaged);
    }
    SECTION("a newer format version asks for a newer Fieldcase") {
        QByteArray edited = sealed.bytes;
        edited[0] = KeyFile::kFormatVersion + 1;
        REQUIRE(errorCode(KeyFile::parse(withValidChecksum(edited))) == ErrorCode::NewerVersion);
    }
    SECTION("a spare slot swapped into the passphrase slot does not open") {
        QByteArray edited = sealed.bytes;
        const int slot0 = KeyFile::kHeaderSize;
        const int slot1 = KeyFile::kHeaderSize + KeyFile::kSlotSize;
        const QByteArray first = edited.mid(slot0, KeyFile::kSlotSize);
        edited.replace(slot0, KeyFile::kSlotSize, edited.mid(slot1, KeyFile::kSlotSize));
        edited.replace(slot1, KeyFile::kSlotSize, first);
        auto parsed = KeyFile::parse(withValidChecksum(edited));
        REQUIRE(parsed.ok());
        auto key = parsed->passphraseKey(secret("passphrase three"));
        REQUIRE(key.ok());
        // Each slot is bound to its position.
        REQUIRE(errorCode(parsed->openSlot(KeyFile::RecoverySlot, *key)) == ErrorCode::WrongSecret);
        REQUIRE(errorCode(parsed->openSlot(KeyFile::PassphraseSlot, *key)) == ErrorCode::WrongSecret);
    }
}

TEST_CASE("edited key derivation settings are caught by whichever slot opens", "[crypto]") {
    const SecretBytes code = generateRecoveryCode();
    const auto sealed = sealedFile("passphrase four", code);
    REQUIRE(KeyFile::parse(sealed.bytes)->formatVersion() == KeyFile::kFormatVersion);
    for (const int offset : {20, 24}) {  // Argon2id passes, memory
        QByteArray edited = sealed.bytes;
        edited[offset] = static_cast<char>(edited[offset] + 1);
        auto parsed = KeyFile::parse(withValidChecksum(edited));
        REQUIRE(parsed.ok());
        INFO("offset " << offset);
        // The passphrase derives another key...
        auto key = parsed->passphraseKey(secret("passphrase four"));
        REQUIRE(key.ok());
        auto opened = parsed->openSlot(KeyFile::PassphraseSlot, *key);
        REQUIRE(errorCode(opened) == ErrorCode::WrongSecret);
        REQUIRE(opened.error().message.contains(QStringLiteral("settings")));
        // ...and the recovery slot, which does not depend on them, opens but finds the header MAC wrong.
        auto recovered = parsed->openSlot(KeyFile::RecoverySlot, parsed->recoveryKey(code));
        REQUIRE(errorCode(recovered) == ErrorCode::Damaged);
        REQUIRE(recovered.error().message.contains(QStringLiteral("settings")));
    }
}

TEST_CASE("a version-2 key file cannot be passed off as version 1 - which has no header MAC", "[crypto]") {
    const SecretBytes code = generateRecoveryCode();
    const auto sealed = sealedFile("passphrase five", code);
    QByteArray downgraded = sealed.bytes;
    downgraded[0] = 1;
    downgraded.replace(44, KeyFile::kHeaderMacSize, QByteArray(KeyFile::kHeaderMacSize, '\0'));
    downgraded[20] = 1;  // and the weakest passes, which version 1 cannot authenticate
    auto parsed = KeyFile::parse(withValidChecksum(downgraded));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->formatVersion() == 1);
    // The slots were sealed with the version in their associated data.
    REQUIRE(errorCode(parsed->openSlot(KeyFile::RecoverySlot, parsed->recoveryKey(code))) == ErrorCode::WrongSecret);
}

TEST_CASE("a passphrase opens the vault however its letters were composed", "[crypto]") {
    initialiseCrypto();
    const QByteArray salt = randomBytes(kKdfSaltSize);
    // "йод" with the precomposed letter, and with и + combining breve.
    const auto composed = derivePassphraseKey(secret("\xD0\xB9\xD0\xBE\xD0\xB4 password"), salt, kFast);
    const auto decomposed = derivePassphraseKey(secret("\xD0\xB8\xCC\x86\xD0\xBE\xD0\xB4 password"), salt, kFast);
    REQUIRE(composed.ok());
    REQUIRE(decomposed.ok());
    REQUIRE(composed->equals(*decomposed));

    const auto other = derivePassphraseKey(secret("\xD0\xB8\xD0\xBE\xD0\xB4 password"), salt, kFast);
    REQUIRE(other.ok());
    REQUIRE_FALSE(other->equals(*composed));

    REQUIRE(errorCode(derivePassphraseKey(secret("bad \xFF utf8"), salt, kFast)) == ErrorCode::Usage);
    REQUIRE(passphraseLength(secret("\xD0\xB9\xD0\xBE\xD0\xB4")) == 3);
}

TEST_CASE("the KDF presets are the documented ones and in bounds", "[crypto]") {
    REQUIRE(kKdfInteractive == KdfParams{2, 64 * 1024});
    REQUIRE(kKdfModerate == KdfParams{3, 256 * 1024});
    REQUIRE(kKdfSensitive == KdfParams{4, 1024 * 1024});
    for (const auto& params : {kKdfInteractive, kKdfModerate, kKdfSensitive}) {
        REQUIRE(kdfParamsInBounds(params));
    }
    REQUIRE_FALSE(kdfParamsInBounds({0, 64 * 1024}));
    REQUIRE_FALSE(kdfParamsInBounds({3, 4 * 1024}));
    REQUIRE_FALSE(kdfParamsInBounds({3, 4 * 1024 * 1024}));
}

TEST_CASE("a recovery code survives being written down and typed back", "[crypto]") {
    initialiseCrypto();
    const SecretBytes raw = generateRecoveryCode();
    const SecretBytes text = formatRecoveryCode(raw);
    const std::string written(text.view());
    REQUIRE(written.size() == 32 + 7);
    for (std::size_t i = 4; i < written.size(); i += 5) {
        REQUIRE(written[i] == '-');
    }

    auto parsed = parseRecoveryCode(text);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->equals(raw));

    // Typed in lower case, with spaces instead of dashes, and with O for 0 and l for 1.
    std::string typed;
    for (char c : written) {
        if (c == '-')
            typed += ' ';
        else if (c == '0')
            typed += 'o';
        else if (c == '1')
            typed += 'l';
        else
            typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    auto retyped = parseRecoveryCode(SecretBytes::fromText(typed));
    REQUIRE(retyped.ok());
    REQUIRE(retyped->equals(raw));

    REQUIRE(errorCode(parseRecoveryCode(SecretBytes::fromText(written.substr(0, written.size() - 1)))) ==
            ErrorCode::WrongSecret);
    REQUIRE(errorCode(parseRecoveryCode(SecretBytes::fromText(written + "A"))) == ErrorCode::WrongSecret);
    REQUIRE(errorCode(parseRecoveryCode(SecretBytes::fromText("UUUU-" + written.substr(5)))) == ErrorCode::WrongSecret);
}

TEST_CASE("a signature verifies only for its message and its key", "[crypto]") {
    initialiseCrypto();
    const auto pair = generateSigningKeyPair();
    const QByteArray message("changeset 1");
    const QByteArray signature = sign(pair.secretKey, message);
    REQUIRE(verifySignature(pair.publicKey, message, signature));
    REQUIRE_FALSE(verifySignature(pair.publicKey, QByteArray("changeset 2"), signature));
    REQUIRE_FALSE(verifySignature(generateSigningKeyPair().publicKey, message, signature));
    REQUIRE_FALSE(verifySignature(pair.publicKey, message, signature.left(10)));
}

TEST_CASE("a secret's hex digits are lower case - SQLCipher's raw key spec takes exactly those", "[crypto]") {
    SecretBytes secret(4);
    const unsigned char bytes[] = {0x00, 0xab, 0x7f, 0xff};
    std::copy(std::begin(bytes), std::end(bytes), secret.data());
    const SecretBytes hex = secretToHex(secret);
    REQUIRE(hex.view() == "00ab7fff");
    REQUIRE(secretToHex(SecretBytes()).empty());
}
