#include "ui/vault/UnlockPage.h"

#include "core/api/VaultService.h"
#include "ui/vault/NewPassphraseFields.h"
#include "ui/vault/PassphraseEdit.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/PageLayout.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace fieldcase::ui {

UnlockPage::UnlockPage(VaultService& vault, InactivityWatch::Clock clock, QWidget* parent)
    : QWidget(parent),
      m_vault(vault),
      m_clock(orSteadyClock(std::move(clock))),
      m_steps(new QStackedWidget),
      m_busy(new BusyIndicator),
      m_waitLabel(new QLabel) {
    setObjectName(QStringLiteral("unlockPage"));
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_waitLabel->setObjectName(QStringLiteral("unlockWaitLabel"));
    m_waitLabel->setWordWrap(true);
    m_waitLabel->hide();
    m_steps->addWidget(buildUnlockStep());
    m_steps->addWidget(buildRecoveryStep());

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    layout->addWidget(m_waitLabel);
    layout->addWidget(m_busy);
    centerInPage(this, content);

    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &UnlockPage::updateWait);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &UnlockPage::finishAttempt);
    updateButtons();
}

UnlockPage::~UnlockPage() {
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
    }
}

QWidget* UnlockPage::buildUnlockStep() {
    m_unlockStep = new QWidget;
    m_unlockStep->setObjectName(QStringLiteral("unlockStep"));
    m_unlockForm = new QWidget;
    m_passphraseEdit = new PassphraseEdit;
    m_passphraseEdit->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_unlockButton = new QPushButton(tr("&Unlock"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    auto* forgotButton = new QPushButton(tr("&Forgot your passphrase?"));
    forgotButton->setObjectName(QStringLiteral("forgotButton"));
    forgotButton->setFlat(true);
    m_releaseButton = new QPushButton(tr("With a &release file…"));
    m_releaseButton->setObjectName(QStringLiteral("releaseFileButton"));
    m_releaseButton->setFlat(true);
    m_releaseButton->setToolTip(
        tr("After a travel lock: your passphrase and the release file a coordinator sent you."));
    m_errorLabel = makeErrorLabel();
    m_errorLabel->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));

    auto* fields = new QFormLayout;
    fields->addRow(tr("&Passphrase:"), m_passphraseEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(forgotButton);
    buttons->addWidget(m_releaseButton);
    buttons->addStretch();
    buttons->addWidget(m_unlockButton);
    auto* formLayout = new QVBoxLayout(m_unlockForm);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(fields);
    formLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(m_unlockStep);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHeading(tr("The vault is locked")));
    layout->addWidget(makeParagraph(tr("Enter your passphrase to open it.")));
    layout->addSpacing(8);
    layout->addWidget(m_unlockForm);
    layout->addWidget(m_errorLabel);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &UnlockPage::updateButtons);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(forgotButton, &QPushButton::clicked, this, [this] { showStep(m_recoveryStep); });
    connect(m_releaseButton, &QPushButton::clicked, this, [this] {
        const QString dir = chooseFolder(this, tr("The folder with the release file"));
        if (!dir.isEmpty()) unlockWithReleaseFrom(dir);
    });
    return m_unlockStep;
}

QWidget* UnlockPage::buildRecoveryStep() {
    m_recoveryStep = new QWidget;
    m_recoveryStep->setObjectName(QStringLiteral("recoveryStep"));
    m_recoveryForm = new QWidget;
    m_recoveryCodeEdit = new PassphraseEdit;
    m_recoveryCodeEdit->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_recoveryCodeEdit->setAccessibleName(tr("Recovery code"));
    // Typed from paper: the person must see what they type to find a slip.
    m_recoveryCodeEdit->setEchoMode(QLineEdit::Normal);
    m_recoverButton = new QPushButton(tr("&Open and set the new passphrase"));
    m_recoverButton->setObjectName(QStringLiteral("recoverButton"));
    m_recoverButton->setDefault(true);
    auto* backButton = new QPushButton(tr("&Back"));
    backButton->setObjectName(QStringLiteral("recoveryBackButton"));
    m_recoveryErrorLabel = makeErrorLabel();
    m_recoveryErrorLabel->setObjectName(QStringLiteral("recoveryErrorLabel"));
    m_recoveryErrorLabel->setAccessibleName(tr("Error"));

    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(labelFor(tr("Recovery &code:"), m_recoveryCodeEdit), m_recoveryCodeEdit);
    m_newPassphrase = new NewPassphraseFields(fields, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(backButton);
    buttons->addStretch();
    buttons->addWidget(m_recoverButton);
    auto* formLayout = new QVBoxLayout(m_recoveryForm);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(fields);
    formLayout->addLayout(buttons);
    setTabOrder(m_recoveryCodeEdit, m_newPassphrase->passphraseEdit());
    setTabOrder(m_newPassphrase->confirmEdit(), m_recoverButton);
    setTabOrder(m_recoverButton, backButton);

    auto* layout = new QVBoxLayout(m_recoveryStep);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHeading(tr("Open with the recovery code")));
    layout->addWidget(
        makeParagraph(tr("Type the recovery code you wrote down when the vault was created (the dashes may be left "
                         "out), then choose a new passphrase. The old passphrase stops working.")));
    layout->addSpacing(8);
    layout->addWidget(m_recoveryForm);
    layout->addWidget(m_recoveryErrorLabel);

    connect(m_recoveryCodeEdit, &QLineEdit::textChanged, this, &UnlockPage::updateButtons);
    connect(m_newPassphrase, &NewPassphraseFields::changed, this, &UnlockPage::updateButtons);
    connect(m_newPassphrase->confirmEdit(), &QLineEdit::returnPressed, this, &UnlockPage::recover);
    connect(m_recoverButton, &QPushButton::clicked, this, &UnlockPage::recover);
    connect(backButton, &QPushButton::clicked, this, [this] { showStep(m_unlockStep); });
    return m_recoveryStep;
}

void UnlockPage::reset() {
    m_passphraseEdit->takeSecret();
    m_recoveryCodeEdit->takeSecret();
    m_newPassphrase->take();
    showError(m_errorLabel, QString());
    showError(m_recoveryErrorLabel, QString());
    m_steps->setCurrentWidget(m_unlockStep);
}

void UnlockPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    showStep(m_steps->currentWidget());
}

void UnlockPage::showStep(QWidget* step) {
    m_steps->setCurrentWidget(step);
    if (step == m_unlockStep) {
        m_passphraseEdit->setFocus();
    } else {
        m_recoveryCodeEdit->setFocus();
    }
}

void UnlockPage::unlock() {
    if (!m_unlockButton->isEnabled()) {
        return;
    }
    SecretBytes passphrase = m_passphraseEdit->takeSecret();
    showError(m_errorLabel, QString());
    setBusy(true);
    // The lambda owns the passphrase; it is wiped when the finished task is destroyed.
    m_watcher.setFuture(
        QtConcurrent::run([&vault = m_vault, secret = std::move(passphrase)]() { return vault.unlock(secret); }));
}

void UnlockPage::unlockWithReleaseFrom(const QString& dir) {
    if (!m_releaseButton->isEnabled()) {
        return;
    }
    SecretBytes passphrase = m_passphraseEdit->takeSecret();
    showError(m_errorLabel, QString());
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run(
        [&vault = m_vault, secret = std::move(passphrase), dir]() { return vault.travelUnlock(secret, dir); }));
}

void UnlockPage::recover() {
    if (!m_recoverButton->isEnabled()) {
        return;
    }
    SecretBytes code = m_recoveryCodeEdit->takeSecret();
    SecretBytes passphrase = m_newPassphrase->take();
    showError(m_recoveryErrorLabel, QString());
    setBusy(true);
    m_watcher.setFuture(
        QtConcurrent::run([&vault = m_vault, recoveryCode = std::move(code), newPassphrase = std::move(passphrase)]() {
            return vault.recover(recoveryCode, newPassphrase);
        }));
}

void UnlockPage::finishAttempt() {
    const Result<void> result = m_watcher.result();
    setBusy(false);
    if (result) {
        m_failures = 0;
        m_steps->setCurrentWidget(m_unlockStep);
        emit unlocked();
        return;
    }
    if (result.error().code == ErrorCode::WrongSecret) {
        emit wrongSecret();
        ++m_failures;
        if (m_failures >= kFreeAttempts) {
            const int doublings = std::min(m_failures - kFreeAttempts, 10);
            m_waitUntil = m_clock() + std::min(kFirstDelayMs << doublings, kLongestDelayMs);
            m_waitTimer.start();
        }
    }
    const bool recovering = m_steps->currentWidget() == m_recoveryStep;
    showError(recovering ? m_recoveryErrorLabel : m_errorLabel, result.error().message);
    updateWait();
    showStep(m_steps->currentWidget());
}

bool UnlockPage::waiting() const {
    return m_waitUntil > m_clock();
}

void UnlockPage::updateWait() {
    const qint64 remainingMs = m_waitUntil - m_clock();
    if (remainingMs <= 0) {
        m_waitTimer.stop();
        m_waitLabel->hide();
    } else {
        const int seconds = static_cast<int>((remainingMs + 999) / 1000);
        m_waitLabel->setText(tr("Too many wrong attempts. You can try again in %n second(s).", nullptr, seconds));
        m_waitLabel->show();
    }
    updateButtons();
}

void UnlockPage::setBusy(bool busy) {
    // Nothing on this page may reach the vault while the worker runs.
    m_unlockForm->setEnabled(!busy);
    m_recoveryForm->setEnabled(!busy);
    if (busy) {
        m_busy->start(tr("Opening the vault…"));
    } else {
        m_busy->stop();
    }
    updateButtons();
}

void UnlockPage::updateButtons() {
    const bool free = !m_watcher.isRunning() && !waiting();
    m_unlockButton->setEnabled(free && !m_passphraseEdit->text().isEmpty());
    m_releaseButton->setEnabled(free && !m_passphraseEdit->text().isEmpty());
    m_recoverButton->setEnabled(free && !m_recoveryCodeEdit->text().trimmed().isEmpty() &&
                                m_newPassphrase->acceptable());
}

}  // namespace fieldcase::ui
