#pragma once

#include "core/api/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;

namespace fieldcase {
class VaultService;
}

namespace fieldcase::ui {

class BusyIndicator;
class PassphraseEdit;

// Asks for the passphrase and opens the vault; the key derivation runs on a worker thread.
class UnlockPage : public QWidget {
    Q_OBJECT

public:
    explicit UnlockPage(VaultService& vault, QWidget* parent = nullptr);
    // Waits for a running unlock: the worker uses the vault, which must outlive it.
    ~UnlockPage() override;

    // Forgets the last error, ready for the next person at the keyboard.
    void reset();

signals:
    void unlocked();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void unlock();
    void finishUnlock();
    void setBusy(bool busy);
    void updateButton();

    VaultService& m_vault;
    QWidget* m_form;
    PassphraseEdit* m_passphraseEdit;
    QPushButton* m_unlockButton;
    BusyIndicator* m_busy;
    QLabel* m_errorLabel;
    QFutureWatcher<Result<void>> m_watcher;
};

}  // namespace fieldcase::ui
