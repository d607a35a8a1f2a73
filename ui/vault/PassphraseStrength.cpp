#include "ui/vault/PassphraseStrength.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace fieldcase::ui {

namespace {
// Bits of guessing work at which the estimate moves up a level.
constexpr double kFairBits = 50.0;
constexpr double kStrongBits = 80.0;
}  // namespace

qsizetype passphraseLength(QStringView text) {
    return text.size() - std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

PassphraseStrength estimatePassphraseStrength(QStringView text) {
    const qsizetype length = passphraseLength(text);
    if (length < kMinimumPassphraseLength) {
        return PassphraseStrength::TooShort;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool space = false;
    bool other = false;
    QSet<char16_t> distinct;
    for (const QChar c : text) {
        distinct.insert(c.unicode());
        if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else if (c == u' ') {
            space = true;
        } else {
            other = true;
        }
    }
    // Alphabet sizes: Latin letters are 26, Cyrillic 33; taking the larger keeps Russian passphrases fair.
    // A space between words adds one symbol, not the whole punctuation set.
    const int pool = (lower ? 33 : 0) + (upper ? 33 : 0) + (digit ? 10 : 0) + (space ? 1 : 0) + (other ? 33 : 0);
    // "aaaaaaaaaaaa" is not twelve characters' worth of work: cap the length by the variety used.
    const qsizetype effectiveLength = std::min(length, 2 * distinct.size());
    const double bits = static_cast<double>(effectiveLength) * std::log2(std::max(pool, 2));
    if (bits < kFairBits) {
        return PassphraseStrength::Weak;
    }
    return bits < kStrongBits ? PassphraseStrength::Fair : PassphraseStrength::Strong;
}

}  // namespace fieldcase::ui
