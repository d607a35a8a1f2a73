#pragma once

#include <QString>

namespace fieldcase {

// Picks the interface language: "ru" or "en" when asked for by name, otherwise Russian on a Russian
// system and English elsewhere. Returns an empty string for a language Fieldcase does not have.
QString chooseLanguage(const QString& requested);

// Installs Fieldcase's catalogue (compiled into the executable under :/i18n) and Qt's own for language on
// the running QCoreApplication. English is the source language: its catalogue holds only plural forms. Returns false if
// a catalogue of Fieldcase could not be loaded; Qt's own is optional (its dialogs stay English without it).
// Dates and numbers follow the language too, unless the system's locale already speaks it (then its regional
// formats are kept).
bool installTranslations(const QString& language);

}  // namespace fieldcase
