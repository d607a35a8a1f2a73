#include "ui/vault/NewPassphraseFields.h"

#include "ui/vault/PassphraseEdit.h"
#include "ui/vault/PassphraseStrength.h"
#include "ui/widgets/PageLayout.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace fieldcase::ui {

NewPassphraseFields::NewPassphraseFields(QFormLayout* form, QObject* parent)
    : QObject(parent),
      m_passphraseEdit(new PassphraseEdit),
      m_strengthBar(new QProgressBar),
      m_strengthLabel(new QLabel),
      m_confirmEdit(new PassphraseEdit),
      m_mismatchLabel(makeErrorLabel()) {
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    // One step per level, plus zero for an empty field.
    m_strengthBar->setRange(0, static_cast<int>(PassphraseStrength::Strong) + 1);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(8);
    m_strengthBar->setAccessibleName(tr("Passphrase strength"));
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setWordWrap(true);
    m_strengthLabel->hide();
    m_confirmEdit->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_confirmEdit->setAccessibleName(tr("Repeat the passphrase"));
    m_mismatchLabel->setObjectName(QStringLiteral("mismatchLabel"));

    form->addRow(labelFor(tr("&Passphrase:"), m_passphraseEdit),
                 withHints(m_passphraseEdit, {m_strengthBar, m_strengthLabel}));
    form->addRow(labelFor(tr("&Repeat:"), m_confirmEdit), withHints(m_confirmEdit, {m_mismatchLabel}));

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
}

bool NewPassphraseFields::acceptable() const {
    return m_passphraseEdit->text() == m_confirmEdit->text() &&
           passphraseLength(m_passphraseEdit->text()) >= kMinimumPassphraseLength;
}

SecretBytes NewPassphraseFields::take() {
    SecretBytes passphrase = m_passphraseEdit->takeSecret();
    // Both fields held the same text; taking the second one wipes it too.
    m_confirmEdit->takeSecret();
    return passphrase;
}

void NewPassphraseFields::update() {
    const QString passphrase = m_passphraseEdit->text();
    const QString confirmation = m_confirmEdit->text();

    const PassphraseStrength strength = estimatePassphraseStrength(passphrase);
    m_strengthBar->setValue(passphrase.isEmpty() ? 0 : static_cast<int>(strength) + 1);
    QString strengthText;
    if (!passphrase.isEmpty()) {
        switch (strength) {
            case PassphraseStrength::TooShort:
                strengthText =
                    tr("Too short: use at least %n characters.", nullptr, static_cast<int>(kMinimumPassphraseLength));
                break;
            case PassphraseStrength::Weak:
                strengthText = tr("Weak: add more words.");
                break;
            case PassphraseStrength::Fair:
                strengthText = tr("Fair: one or two more words would make it strong.");
                break;
            case PassphraseStrength::Strong:
                strengthText = tr("Strong.");
                break;
        }
    }
    m_strengthLabel->setText(strengthText);
    m_strengthLabel->setVisible(!strengthText.isEmpty());
    m_strengthBar->setAccessibleDescription(strengthText);

    const bool matches = passphrase == confirmation;
    showError(m_mismatchLabel, !confirmation.isEmpty() && !matches ? tr("The passphrases do not match.") : QString());
    Q_EMIT changed();
}

}  // namespace fieldcase::ui
