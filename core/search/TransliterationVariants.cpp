#include "core/search/TransliterationVariants.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace fieldcase::search {

namespace {

// Longer spellings first: "tsch" must become ч before "sch" is read as ш, "schtsch" before either.
constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
    {"schtsch", "sh"},  // щ in German; щ and ш are merged because people write Sherbakova for Щербакова
    {"tsch", "ch"},     // ч in German
    {"shch", "sh"},     // щ in BGN and ICAO
    {"shh", "sh"},      // щ in GOST 7.79
    {"sch", "sh"},      // щ in English habit (Scherbakova), ш in German
    {"tch", "ch"},      // ч in French
    {"dzh", "j"},       // дж: Джамшид and the Uzbek passport's Jamshid meet (j then becomes i like й)
    {"dj", "j"},        // дж in French
    {"kh", "h"},        // х: Khabibullina, Habibullina, Shakhnoza, Shahnoza
    {"tz", "ts"},       // ц in German
    {"ck", "k"},        // Vicky
    {"ph", "f"},        // Sophia, София
    {"w", "v"},         // в in German and Polish
    {"x", "ks"},        // Alexandr, Oxana
};

void replaceAll(std::string& text, std::string_view from, std::string_view to) {
    // Built into a new string: in-place std::string::replace trips g++ 12's false -Wrestrict (GCC bug 105329) in
    // optimised builds.
    std::string result;
    result.reserve(text.size());
    std::size_t start = 0;
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, start)) {
        result.append(text, start, at - start);
        result.append(to);
        start = at + from.size();
    }
    result.append(text, start, std::string::npos);
    text = std::move(result);
}

// A "c" outside "ch" is the English hard c before a, o, u, k, t and at the end (Victoria, Nicolai, Veronica, Marc)
// and ц elsewhere, as in Central European spellings (Cvetkova).
void reduceC(std::string& text) {
    constexpr std::string_view kHardAfter = "aoukt";
    std::string reduced;
    reduced.reserve(text.size() + 4);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != 'c') {
            reduced.push_back(text[i]);
            continue;
        }
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (next == 'h') {
            reduced.push_back('c');
        } else if (next == '\0' || kHardAfter.find(next) != std::string_view::npos) {
            reduced.push_back('k');
        } else {
            reduced.append("ts");
        }
    }
    text = std::move(reduced);
}

// Doubled letters are kept or dropped at whim (Khabibullina, Habibulina, Anna, Ana) and the same reduction gives
// the ий/ый endings (iy, yi, ij, ii, yy → i). Digits stay as they are.
void collapseDoubledLetters(std::string& text) {
    auto doubledLetter = [](char a, char b) { return a == b && a >= 'a' && a <= 'z'; };
    text.erase(std::unique(text.begin(), text.end(), doubledLetter), text.end());
}

// z is з, but a Spanish, Portuguese or Basque z is said and written in Russian as с (Mendoza, Мендоса; Gonzalez,
// Гонсалес; Lopez, Лопес): z and s are one letter, except in zh (ж).
void reduceZ(std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == 'z' && (i + 1 == text.size() || text[i + 1] != 'h')) text[i] = 's';
    }
}

}  // namespace

std::string reduceLatinRenderings(std::string key) {
    replaceAll(key, "th", "t");   // т: Smith, Смит; Thomas, Томас; Matthew, Мэтью
    replaceAll(key, "qu", "kv");  // кв: Quentin, Квентин; Enrique is Энрике, a loss taken
    reduceZ(key);
    collapseDoubledLetters(key);  // Mozzarella: ss
    return key;
}

std::string reduceTransliterationVariants(std::string ascii) {
    for (const auto& [from, to] : kSpellings) {
        replaceAll(ascii, from, to);
    }
    reduceC(ascii);
    // й, ы and the y/j of ю, я, е, ё (yu, ju, iu; ya, ja, ia) are written y, j or i.
    std::replace(ascii.begin(), ascii.end(), 'y', 'i');
    std::replace(ascii.begin(), ascii.end(), 'j', 'i');
    collapseDoubledLetters(ascii);
    // е after a vowel or at the start is ye (BGN) or e (ICAO); ё is ye, yo, jo or e: Yelena, Elena; Yolkina, Elkina;
    // Fyodor, Fedor; Sergeyevich, Sergeevich.
    replaceAll(ascii, "ie", "e");
    replaceAll(ascii, "io", "e");
    collapseDoubledLetters(ascii);
    return reduceLatinRenderings(std::move(ascii));
}

}  // namespace fieldcase::search
