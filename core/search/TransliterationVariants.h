#pragma once

#include <string>

namespace fieldcase::search {

// Reduces a lower-case ASCII rendering of a Russian (or Central Asian) name to one spelling shared by the common
// romanisations: BGN/PCGN (what ICU gives for Cyrillic), the ICAO passport standard, older passports, English and
// German habits. Private to core/search; TextAnalyzer::nameKey() is the way in.
std::string reduceTransliterationVariants(std::string ascii);

// The last step of reduceTransliterationVariants(), and the whole difference between name keys of rules 1 and 2
// (kNameKeyRules): a key of rules 1, passed through it, is the key of rules 2 — which is how the keys stored in a
// vault's search index are brought up to date (SearchIndex::upgradeNameKeys).
std::string reduceLatinRenderings(std::string key);

}  // namespace fieldcase::search
