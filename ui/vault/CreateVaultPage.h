#pragma once

#include "core/api/VaultService.h"
#include "core/base/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace fieldcase::ui {

class BusyIndicator;
class NewPassphraseFields;
class RestoreBackupPage;

// First start: chooses the passphrase and the device name, creates the vault on a worker thread (or restores one from
// a backup: RestoreBackupPage), then shows the recovery code once.
class CreateVaultPage : public QWidget {
    Q_OBJECT

public:
    explicit CreateVaultPage(VaultService& vault, QWidget* parent = nullptr);
    // Waits for a running creation: the worker uses the vault, which must outlive it.
    ~CreateVaultPage() override;

signals:
    // The vault exists and is unlocked, and the person has confirmed writing down the recovery code.
    void vaultOpened();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildForm();
    QWidget* buildRecoveryPage();
    void updateForm();
    void create();
    void finishCreate();
    void setBusy(bool busy);
    void confirmRecoveryCode();
    void showRestore();
    void finishRestore();

    VaultService& m_vault;
    QStackedWidget* m_steps;

    QWidget* m_formPage = nullptr;
    QWidget* m_fields = nullptr;
    NewPassphraseFields* m_passphrase = nullptr;
    QLineEdit* m_deviceNameEdit = nullptr;
    QCheckBox* m_joinCheck = nullptr;
    QPushButton* m_createButton = nullptr;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_errorLabel = nullptr;

    QWidget* m_recoveryPage = nullptr;
    QLabel* m_recoveryCodeLabel = nullptr;
    QLabel* m_restoredNote = nullptr;
    RestoreBackupPage* m_restorePage = nullptr;
    QCheckBox* m_writtenDownCheck = nullptr;
    QPushButton* m_continueButton = nullptr;

    QFutureWatcher<Result<CreatedVault>> m_watcher;
};

}  // namespace fieldcase::ui
