#pragma once

#include "core/base/Result.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;

namespace fieldcase {
class VaultService;
}

namespace fieldcase::ui {

class BusyIndicator;
class NewPassphraseFields;
class PassphraseEdit;

// Settings, "Duress passphrase": sets, replaces or removes the passphrase that opens a decoy under coercion
// (docs/threat-model.md, "The duress passphrase"), says whether one is set and whether this laptop was opened with
// it. The slow key derivations run on a worker thread.
class DuressSection : public QGroupBox {
    Q_OBJECT

public:
    // The vault service must outlive the section.
    explicit DuressSection(VaultService& vault, QWidget* parent = nullptr);
    ~DuressSection() override;

    // Reads whether a duress passphrase is set again.
    void reload();
    // Sets the duress passphrase the form holds; the passphrase field confirms it is the owner.
    void setDuress();
    // Removes the duress passphrase; the passphrase field confirms it is the owner.
    void removeDuress();

private:
    void start(const QString& what, std::function<Result<void>()> work);
    void finish();
    void updateButtons();

    VaultService& m_vault;
    QLabel* m_status;
    PassphraseEdit* m_passphrase;
    NewPassphraseFields* m_duress;
    QComboBox* m_language;
    QPushButton* m_set;
    QPushButton* m_remove;
    BusyIndicator* m_busy;
    QLabel* m_result;
    QString m_doneText;
    QFutureWatcher<Result<void>> m_working;
};

}  // namespace fieldcase::ui
