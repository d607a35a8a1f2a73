#pragma once

#include "core/api/VaultService.h"
#include "core/base/Result.h"

#include <QFutureWatcher>
#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fieldcase {
class SyncService;
}

namespace fieldcase::ui {

class BackupSection;
class BusyIndicator;
class DuressSection;
class NewPassphraseFields;
class PassphraseEdit;
class Preferences;
class RetentionSection;

// Settings: this laptop's language, auto-lock and window title (Preferences), the passphrase and how slow its key
// derivation is (with times measured on this laptop), the duress passphrase, a new vault key after a seizure (with its
// new recovery code, shown once), backups, the name of the team's folder on USB sticks and the team's retention rules.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    // The services and preferences must outlive the page.
    SettingsPage(VaultService& vault, SyncService& sync, Preferences& preferences, QWidget* parent = nullptr);
    // Waits for a running measurement or passphrase change.
    ~SettingsPage() override;

    // Reads the current values again.
    void reload();
    // Times unlocking with each strength on a worker thread and shows the results.
    void measureUnlockTimes();
    // Changes the passphrase (and strength) to what the form holds, on a worker thread.
    void changePassphrase();
    // Gives the vault a new key with the passphrase the form holds, on a worker thread, then shows the new recovery
    // code until the person confirms writing it down.
    void makeNewVaultKey();
    // Reads the team's retention rules again (they arrive with exchanges).
    void reloadRetention();

signals:
    // Language, auto-lock or title changed; the window applies them.
    void preferencesChanged();
    // The stick folder name changed; the Sync screen reads it again.
    void syncSettingsChanged();
    // The person asked for the Sync screen (folders are kept there).
    void showSyncScreen();
    // A coordinator signed new retention rules here.
    void retentionRulesChanged();

private:
    using Timings = std::array<std::optional<qint64>, 3>;

    QWidget* buildLaptopSection();
    QWidget* buildPassphraseSection();
    QWidget* buildVaultKeySection();
    QWidget* buildSyncSection();
    void saveStickFolder();
    void finishMeasuring();
    void finishChange();
    void finishNewVaultKey();
    void confirmNewRecoveryCode();
    void updateVaultKeyButton();
    void showStrength();
    void updateChangeButton();
    QString strengthLabel(KdfStrength strength) const;

    VaultService& m_vault;
    SyncService& m_sync;
    Preferences& m_preferences;

    QComboBox* m_language = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QCheckBox* m_neutralTitle = nullptr;
    QSpinBox* m_destroyAfter = nullptr;

    QLabel* m_strength = nullptr;
    QLabel* m_timings = nullptr;
    QPushButton* m_measure = nullptr;
    PassphraseEdit* m_currentPassphrase = nullptr;
    NewPassphraseFields* m_newPassphrase = nullptr;
    QComboBox* m_newStrength = nullptr;
    QPushButton* m_change = nullptr;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_passphraseResult = nullptr;

    DuressSection* m_duress = nullptr;
    BackupSection* m_backups = nullptr;
    RetentionSection* m_retention = nullptr;

    PassphraseEdit* m_vaultKeyPassphrase = nullptr;
    QPushButton* m_newVaultKey = nullptr;
    BusyIndicator* m_vaultKeyBusy = nullptr;
    QLabel* m_vaultKeyError = nullptr;
    QWidget* m_newRecoveryCode = nullptr;
    QLabel* m_newRecoveryCodeLabel = nullptr;
    QCheckBox* m_writtenDown = nullptr;

    QLineEdit* m_stickFolder = nullptr;
    QLabel* m_syncResult = nullptr;

    Timings m_measured;
    QFutureWatcher<Timings> m_measuring;
    QFutureWatcher<Result<void>> m_changing;
    QFutureWatcher<Result<SecretBytes>> m_rekeying;
};

}  // namespace fieldcase::ui
