#pragma once

#include <string>

namespace fieldcase::search {

// Reduces a lower-case ASCII rendering of a Russian (or Central Asian) name to one spelling shared by the common
// romanisations: BGN/PCGN (what ICU gives for Cyrillic), the ICAO passport standard, older passports, English and
// German habits. Private to core/search; TextAnalyzer::nameKey() is the way in.
std::string reduceTransliterationVariants(std::string ascii);

}  // namespace fieldcase::search
