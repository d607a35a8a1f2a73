#pragma once

#include <QStringView>

namespace fieldcase::ui {

// A rough guide for the person choosing a passphrase; it cannot know how guessable the words are.
enum class PassphraseStrength { TooShort, Weak, Fair, Strong };

// The core refuses shorter passphrases, counted in characters.
inline constexpr qsizetype kMinimumPassphraseLength = 8;

// Characters as a person counts them: a surrogate pair (e.g. an emoji) is one.
qsizetype passphraseLength(QStringView text);

// Estimates strength from length and variety of characters; repeating a few characters does not help.
PassphraseStrength estimatePassphraseStrength(QStringView text);

}  // namespace fieldcase::ui
