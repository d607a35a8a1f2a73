#pragma once

#include <QString>

namespace fieldcase::ui {

// How the person at this laptop set up the app itself: language, auto-lock, window title. Kept in a small INI file
// outside the vault because some of it is needed before the vault is open; it holds nothing about any record, team
// or person (docs/threat-model.md, "Outside the vault").
class Preferences {
public:
    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kMinAutoLockMinutes = 1;
    static constexpr int kMaxAutoLockMinutes = 60;
    // Wrong passphrases in a row after which the keys are destroyed; 0 is never (the default).
    static constexpr int kMinWrongUnlocksBeforeDestroy = 3;
    static constexpr int kMaxWrongUnlocksBeforeDestroy = 50;

    // filePath empty: preferences.ini in the user's configuration folder for Fieldcase.
    explicit Preferences(QString filePath = QString());

    // "ru", "en", or empty to follow the system's language.
    QString language() const;
    void setLanguage(const QString& language);
    // Minutes of no use after which an open vault locks itself, within the bounds above.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // Shows a plain "Documents" rather than "Fieldcase" in the window title and task bar.
    bool neutralTitle() const;
    void setNeutralTitle(bool neutral);
    // After this many wrong passphrases in a row the keys are destroyed; 0: never. Within the bounds above.
    int destroyAfterWrongUnlocks() const;
    void setDestroyAfterWrongUnlocks(int attempts);
    // Wrong passphrases typed since the last unlock, counted across restarts of the app.
    int wrongUnlocks() const;
    void setWrongUnlocks(int attempts);

private:
    QString m_filePath;
};

}  // namespace fieldcase::ui
