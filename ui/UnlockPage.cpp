#include "ui/UnlockPage.h"

#include "core/api/VaultService.h"
#include "ui/BusyIndicator.h"
#include "ui/PageLayout.h"
#include "ui/PassphraseEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fieldcase::ui {

UnlockPage::UnlockPage(VaultService& vault, QWidget* parent)
    : QWidget(parent),
      m_vault(vault),
      m_form(new QWidget),
      m_passphraseEdit(new PassphraseEdit),
      m_unlockButton(new QPushButton(tr("&Unlock"))),
      m_busy(new BusyIndicator),
      m_errorLabel(makeErrorLabel()) {
    setObjectName(QStringLiteral("unlockPage"));
    m_passphraseEdit->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_errorLabel->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));

    auto* fields = new QFormLayout;
    fields->addRow(tr("&Passphrase:"), m_passphraseEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlockButton);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(fields);
    formLayout->addLayout(buttons);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(makeHeading(tr("The vault is locked")));
    layout->addWidget(makeParagraph(tr("Enter your passphrase to open it.")));
    layout->addSpacing(8);
    layout->addWidget(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busy);
    centerInPage(this, content);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &UnlockPage::updateButton);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &UnlockPage::finishUnlock);
    updateButton();
}

UnlockPage::~UnlockPage() {
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
    }
}

void UnlockPage::reset() {
    m_passphraseEdit->takeSecret();
    showError(m_errorLabel, QString());
}

void UnlockPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_passphraseEdit->setFocus();
}

void UnlockPage::unlock() {
    if (m_watcher.isRunning() || m_passphraseEdit->text().isEmpty()) {
        return;
    }
    SecretBytes passphrase = m_passphraseEdit->takeSecret();
    showError(m_errorLabel, QString());
    setBusy(true);
    // The lambda owns the passphrase; it is wiped when the finished task is destroyed.
    m_watcher.setFuture(
        QtConcurrent::run([&vault = m_vault, secret = std::move(passphrase)]() { return vault.unlock(secret); }));
}

void UnlockPage::finishUnlock() {
    const Result<void> result = m_watcher.result();
    setBusy(false);
    if (!result) {
        showError(m_errorLabel, result.error().message);
        m_passphraseEdit->setFocus();
        return;
    }
    emit unlocked();
}

void UnlockPage::setBusy(bool busy) {
    // The vault is not thread-safe: nothing on this page may reach it while the worker runs.
    m_form->setEnabled(!busy);
    if (busy) {
        m_busy->start(tr("Opening the vault…"));
    } else {
        m_busy->stop();
    }
}

void UnlockPage::updateButton() {
    m_unlockButton->setEnabled(!m_passphraseEdit->text().isEmpty());
}

}  // namespace fieldcase::ui
