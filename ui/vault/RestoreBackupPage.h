#pragma once

#include "core/api/VaultService.h"
#include "core/base/Result.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fieldcase::ui {

class BusyIndicator;
class NewPassphraseFields;
class PassphraseEdit;

// First start, instead of a new vault: a vault made from a backup (docs/backup.md), opened with the backup's
// passphrase or its recovery code (with a new passphrase then), on a worker thread.
class RestoreBackupPage : public QWidget {
    Q_OBJECT

public:
    explicit RestoreBackupPage(VaultService& vault, QWidget* parent = nullptr);
    // Waits for a running restore: the worker uses the vault, which must outlive it.
    ~RestoreBackupPage() override;

    void setBackupFile(const QString& path);
    void restore();
    // After restored(): what the restore gave (the new recovery code among it), once.
    std::optional<RestoredVault> takeResult();

signals:
    // The vault exists and is unlocked.
    void restored();
    // The person would rather make a new vault.
    void back();

private:
    void updateForm();
    void finishRestore();
    void setBusy(bool busy);

    VaultService& m_vault;
    QWidget* m_fields;
    QLineEdit* m_file;
    PassphraseEdit* m_secret;
    QLabel* m_secretLabel;
    QCheckBox* m_useRecoveryCode;
    QWidget* m_newPassphraseRows;
    NewPassphraseFields* m_newPassphrase;
    QPushButton* m_restoreButton;
    BusyIndicator* m_busy;
    QLabel* m_errorLabel;
    std::optional<RestoredVault> m_result;
    QFutureWatcher<Result<RestoredVault>> m_watcher;
};

}  // namespace fieldcase::ui
