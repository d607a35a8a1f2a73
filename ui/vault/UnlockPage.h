#pragma once

#include "core/base/Result.h"
#include "ui/security/InactivityWatch.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace fieldcase {
class VaultService;
}

namespace fieldcase::ui {

class BusyIndicator;
class NewPassphraseFields;
class PassphraseEdit;

// Asks for the passphrase and opens the vault, or, for a forgotten passphrase, takes the recovery code and a new
// passphrase. The key derivation runs on a worker thread. After three wrong attempts each further one waits
// longer (5 s, 10 s, 20 s … up to 5 minutes), so a person at the keyboard cannot try passphrase after passphrase.
class UnlockPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kFirstDelayMs = 5 * 1000;
    static constexpr qint64 kLongestDelayMs = 5 * 60 * 1000;

    // clock: milliseconds from a steady clock, for the back-off; tests pass a fake one.
    explicit UnlockPage(VaultService& vault, InactivityWatch::Clock clock = {}, QWidget* parent = nullptr);
    // Waits for a running unlock: the worker uses the vault, which must outlive it.
    ~UnlockPage() override;

    // Forgets what was typed and the last error, ready for the next person at the keyboard; the back-off stays.
    void reset();
    // After a travel lock: opens the vault with the passphrase typed and a release file in dir (the "With a release
    // file…" button, after choosing the folder).
    void unlockWithReleaseFrom(const QString& dir);

signals:
    void unlocked();
    // A passphrase or recovery code was wrong.
    void wrongSecret();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildUnlockStep();
    QWidget* buildRecoveryStep();
    void showStep(QWidget* step);
    void unlock();
    void recover();
    void finishAttempt();
    void setBusy(bool busy);
    void updateButtons();
    void updateWait();
    bool waiting() const;

    VaultService& m_vault;
    InactivityWatch::Clock m_clock;
    QStackedWidget* m_steps;

    QWidget* m_unlockStep = nullptr;
    QWidget* m_unlockForm = nullptr;
    PassphraseEdit* m_passphraseEdit = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_releaseButton = nullptr;
    QLabel* m_errorLabel = nullptr;

    QWidget* m_recoveryStep = nullptr;
    QWidget* m_recoveryForm = nullptr;
    PassphraseEdit* m_recoveryCodeEdit = nullptr;
    NewPassphraseFields* m_newPassphrase = nullptr;
    QPushButton* m_recoverButton = nullptr;
    QLabel* m_recoveryErrorLabel = nullptr;

    BusyIndicator* m_busy;
    QLabel* m_waitLabel;
    QTimer m_waitTimer;
    int m_failures = 0;
    qint64 m_waitUntil = 0;
    QFutureWatcher<Result<void>> m_watcher;
};

}  // namespace fieldcase::ui
