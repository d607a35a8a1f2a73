#include "ui/settings/Preferences.h"

#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace fieldcase::ui {

namespace {

const QString kLanguageKey = QStringLiteral("language");
const QString kAutoLockKey = QStringLiteral("auto_lock_minutes");
const QString kNeutralTitleKey = QStringLiteral("neutral_title");
const QString kDestroyAfterKey = QStringLiteral("destroy_after_wrong_unlocks");
const QString kWrongUnlocksKey = QStringLiteral("wrong_unlocks");

}  // namespace

Preferences::Preferences(QString filePath) : m_filePath(std::move(filePath)) {
    if (m_filePath.isEmpty()) {
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                     QStringLiteral("/fieldcase/preferences.ini");
    }
}

QString Preferences::language() const {
    const QString language = QSettings(m_filePath, QSettings::IniFormat).value(kLanguageKey).toString();
    return language == QLatin1String("ru") || language == QLatin1String("en") ? language : QString();
}

void Preferences::setLanguage(const QString& language) {
    QSettings(m_filePath, QSettings::IniFormat).setValue(kLanguageKey, language);
}

int Preferences::autoLockMinutes() const {
    bool ok = false;
    const int minutes = QSettings(m_filePath, QSettings::IniFormat).value(kAutoLockKey).toInt(&ok);
    // A missing or edited value never switches the lock off or makes it absurdly long.
    return ok ? std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes) : kDefaultAutoLockMinutes;
}

void Preferences::setAutoLockMinutes(int minutes) {
    QSettings(m_filePath, QSettings::IniFormat)
        .setValue(kAutoLockKey, std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes));
}

bool Preferences::neutralTitle() const {
    return QSettings(m_filePath, QSettings::IniFormat).value(kNeutralTitleKey, false).toBool();
}

void Preferences::setNeutralTitle(bool neutral) {
    QSettings(m_filePath, QSettings::IniFormat).setValue(kNeutralTitleKey, neutral);
}

int Preferences::destroyAfterWrongUnlocks() const {
    const int attempts = QSettings(m_filePath, QSettings::IniFormat).value(kDestroyAfterKey, 0).toInt();
    // An edited file cannot make one wrong passphrase destroy the vault.
    if (attempts <= 0) return 0;
    return std::clamp(attempts, kMinWrongUnlocksBeforeDestroy, kMaxWrongUnlocksBeforeDestroy);
}

void Preferences::setDestroyAfterWrongUnlocks(int attempts) {
    QSettings(m_filePath, QSettings::IniFormat)
        .setValue(
            kDestroyAfterKey,
            attempts <= 0 ? 0 : std::clamp(attempts, kMinWrongUnlocksBeforeDestroy, kMaxWrongUnlocksBeforeDestroy));
}

int Preferences::wrongUnlocks() const {
    return std::max(0, QSettings(m_filePath, QSettings::IniFormat).value(kWrongUnlocksKey, 0).toInt());
}

void Preferences::setWrongUnlocks(int attempts) {
    QSettings settings(m_filePath, QSettings::IniFormat);
    if (attempts <= 0) {
        settings.remove(kWrongUnlocksKey);
    } else {
        settings.setValue(kWrongUnlocksKey, attempts);
    }
}

}  // namespace fieldcase::ui
