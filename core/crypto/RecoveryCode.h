#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

namespace fieldcase::crypto {

// The recovery code: 160 random bits written as 32 Crockford base32 characters in groups of
// four ("7K3M-QX9A-..."), which avoid letters that look like digits and tolerate lower case.
inline constexpr std::size_t kRecoveryCodeBytes = 20;

SecretBytes generateRecoveryCode();  // the raw bytes
SecretBytes formatRecoveryCode(const SecretBytes& raw);
// Accepts what a person types back: any case, spaces or dashes, O for 0, I and L for 1.
Result<SecretBytes> parseRecoveryCode(const SecretBytes& typed);

}  // namespace fieldcase::crypto
