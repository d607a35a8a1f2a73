#pragma once

#include "core/base/Result.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;

namespace fieldcase {
class VaultService;
}

namespace fieldcase::ui {

class BusyIndicator;
class PassphraseEdit;

// "Travel lock…": says what the lock does and what undoes it, asks for the passphrase, and locks the vault so that
// the passphrase alone no longer opens it (docs/threat-model.md, "Travel lock"). The key derivation runs on a worker
// thread; the dialog is accepted once the vault is travel-locked, and shows why when it is not.
class TravelLockDialog : public QDialog {
    Q_OBJECT

public:
    explicit TravelLockDialog(VaultService& vault, QWidget* parent = nullptr);
    ~TravelLockDialog() override;

    // Locks with the passphrase typed (the dialog's button).
    void lockForTravel();

private:
    void finish();

    VaultService& m_vault;
    PassphraseEdit* m_passphrase;
    QPushButton* m_lockButton;
    BusyIndicator* m_busy;
    QLabel* m_error;
    QFutureWatcher<Result<void>> m_working;
};

}  // namespace fieldcase::ui
