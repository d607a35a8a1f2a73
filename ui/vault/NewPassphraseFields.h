#pragma once

#include "core/base/SecretBytes.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QProgressBar;
class QWidget;

namespace fieldcase::ui {

class PassphraseEdit;

// The two rows every "choose a new passphrase" form shares: the passphrase with its strength meter and advice,
// and the repetition with a mismatch warning. Used on the first-run page, for recovery and for a change.
class NewPassphraseFields : public QObject {
    Q_OBJECT

public:
    // Adds the rows to form; the widgets belong to the form's widget from then on.
    explicit NewPassphraseFields(QFormLayout* form, QObject* parent = nullptr);

    PassphraseEdit* passphraseEdit() const { return m_passphraseEdit; }
    PassphraseEdit* confirmEdit() const { return m_confirmEdit; }
    // Long enough and typed the same twice.
    bool acceptable() const;
    // The new passphrase, wiped from both fields.
    SecretBytes take();

Q_SIGNALS:
    void changed();

private:
    void update();

    PassphraseEdit* m_passphraseEdit;
    QProgressBar* m_strengthBar;
    QLabel* m_strengthLabel;
    PassphraseEdit* m_confirmEdit;
    QLabel* m_mismatchLabel;
};

}  // namespace fieldcase::ui
