#include "ui/vault/CreateVaultPage.h"

#include "ui/vault/NewPassphraseFields.h"
#include "ui/vault/PassphraseEdit.h"
#include "ui/vault/RestoreBackupPage.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/PageLayout.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fieldcase::ui {

namespace {
// The core's limit for device names: stopping the typing there is kinder than an error afterwards.
constexpr int kMaxDeviceNameLength = 64;
}  // namespace

CreateVaultPage::CreateVaultPage(VaultService& vault, QWidget* parent)
    : QWidget(parent), m_vault(vault), m_steps(new QStackedWidget) {
    setObjectName(QStringLiteral("createVaultPage"));
    m_steps->addWidget(buildForm());
    m_steps->addWidget(buildRecoveryPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);

    connect(m_passphrase, &NewPassphraseFields::changed, this, &CreateVaultPage::updateForm);
    connect(m_deviceNameEdit, &QLineEdit::textChanged, this, &CreateVaultPage::updateForm);
    connect(m_deviceNameEdit, &QLineEdit::returnPressed, this, &CreateVaultPage::create);
    connect(m_passphrase->confirmEdit(), &QLineEdit::returnPressed, this, &CreateVaultPage::create);
    connect(m_createButton, &QPushButton::clicked, this, &CreateVaultPage::create);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CreateVaultPage::finishCreate);
    connect(m_writtenDownCheck, &QCheckBox::toggled, m_continueButton, &QPushButton::setEnabled);
    connect(m_continueButton, &QPushButton::clicked, this, &CreateVaultPage::confirmRecoveryCode);
    updateForm();
}

CreateVaultPage::~CreateVaultPage() {
    if (m_watcher.isRunning()) {
        m_watcher.waitForFinished();
    }
}

QWidget* CreateVaultPage::buildForm() {
    m_formPage = new QWidget;
    m_formPage->setObjectName(QStringLiteral("createFormPage"));
    m_fields = new QWidget;

    m_deviceNameEdit = new QLineEdit;
    m_deviceNameEdit->setObjectName(QStringLiteral("deviceNameEdit"));
    m_deviceNameEdit->setAccessibleName(tr("Device name"));
    m_deviceNameEdit->setMaxLength(kMaxDeviceNameLength);
    m_deviceNameEdit->setPlaceholderText(tr("e.g. Office laptop 2"));
    auto* deviceHint = makeParagraph(tr("Name of this laptop, as your team will see it."));

    m_createButton = new QPushButton(tr("&Create vault"));
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_createButton->setAutoDefault(true);

    m_busy = new BusyIndicator;
    m_busy->setObjectName(QStringLiteral("createBusy"));
    m_errorLabel = makeErrorLabel();
    m_errorLabel->setObjectName(QStringLiteral("createErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));

    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_passphrase = new NewPassphraseFields(fields, this);
    fields->addRow(labelFor(tr("&Device name:"), m_deviceNameEdit), withHints(m_deviceNameEdit, {deviceHint}));
    m_joinCheck = new QCheckBox(tr("This laptop &joins a team that already exists"));
    m_joinCheck->setObjectName(QStringLiteral("joinTeamCheck"));
    m_joinCheck->setToolTip(
        tr("Leave it unticked on the first laptop of a team: that laptop starts the team and "
           "coordinates it. Tick it on every other laptop; its coordinator then admits it."));
    fields->addRow(QString(), m_joinCheck);

    auto* restore = new QPushButton(tr("Restore from a &backup…"));
    restore->setObjectName(QStringLiteral("showRestoreButton"));
    restore->setToolTip(tr("For a laptop that replaces one that was lost, seized or broken, from its backup file."));
    connect(restore, &QPushButton::clicked, this, &CreateVaultPage::showRestore);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(restore);
    buttons->addStretch();
    buttons->addWidget(m_createButton);

    auto* fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(fields);
    fieldsLayout->addLayout(buttons);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(makeHeading(tr("Create your vault")));
    layout->addWidget(
        makeParagraph(tr("Everything you record is kept encrypted on this laptop. Choose a passphrase of several words "
                         "that you will remember; nobody can open the vault without it.")));
    layout->addSpacing(8);
    layout->addWidget(m_fields);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busy);
    centerInPage(m_formPage, content);

    setTabOrder(m_passphrase->confirmEdit(), m_deviceNameEdit);
    setTabOrder(m_deviceNameEdit, m_joinCheck);
    setTabOrder(m_joinCheck, m_createButton);
    return m_formPage;
}

QWidget* CreateVaultPage::buildRecoveryPage() {
    m_recoveryPage = new QWidget;
    m_recoveryPage->setObjectName(QStringLiteral("recoveryPage"));

    m_recoveryCodeLabel = makeRecoveryCodeLabel();
    m_recoveryCodeLabel->setObjectName(QStringLiteral("recoveryCodeLabel"));
    m_recoveryCodeLabel->setAccessibleName(tr("Recovery code"));

    m_writtenDownCheck = new QCheckBox(tr("I have &written it down"));
    m_writtenDownCheck->setObjectName(QStringLiteral("writtenDownCheck"));
    m_continueButton = new QPushButton(tr("C&ontinue"));
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setEnabled(false);
    m_continueButton->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_writtenDownCheck);
    buttons->addStretch();
    buttons->addWidget(m_continueButton);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(makeHeading(tr("Your recovery code")));
    layout->addWidget(m_recoveryCodeLabel);
    m_restoredNote = makeParagraph(QString());
    m_restoredNote->setObjectName(QStringLiteral("restoredNote"));
    m_restoredNote->hide();
    layout->addWidget(m_restoredNote);
    layout->addWidget(
        makeParagraph(tr("Write this code on paper and keep it in the office safe. It is shown only once. "
                         "With it you can open the vault if you forget your passphrase.")));
    layout->addWidget(makeParagraph(
        tr("For the field: Settings can add a duress passphrase that opens a harmless decoy if you are forced to open "
           "the laptop, and the Vault menu can lock the vault for travel or destroy its keys in seconds. Each is "
           "explained where you set it up; the recovery code above is the way back from a duress or a travel lock.")));
    layout->addWidget(makeParagraph(
        tr("Your coordinator may set how long the team keeps closed cases: Fieldcase then lists what is due and purges "
           "it only when you agree. When a person withdraws consent, \"Consent withdrawn…\" on their page erases them "
           "from every laptop of the team once a coordinator confirms it.")));
    layout->addSpacing(8);
    layout->addLayout(buttons);
    centerInPage(m_recoveryPage, content);
    return m_recoveryPage;
}

void CreateVaultPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_steps->currentWidget() == m_formPage) {
        m_passphrase->passphraseEdit()->setFocus();
    }
}

void CreateVaultPage::updateForm() {
    const bool named = !m_deviceNameEdit->text().trimmed().isEmpty();
    m_createButton->setEnabled(m_passphrase->acceptable() && named && !m_watcher.isRunning());
}

void CreateVaultPage::create() {
    if (!m_createButton->isEnabled()) {
        return;
    }
    CreateVaultRequest request;
    request.passphrase = m_passphrase->take();
    request.deviceName = m_deviceNameEdit->text().trimmed();
    request.strength = KdfStrength::Moderate;
    request.joinExistingTeam = m_joinCheck->isChecked();

    showError(m_errorLabel, QString());
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run(
        [&vault = m_vault, request = std::move(request)]() mutable { return vault.create(std::move(request)); }));
}

void CreateVaultPage::finishCreate() {
    Result<CreatedVault> result = m_watcher.future().takeResult();
    setBusy(false);
    if (!result) {
        showError(m_errorLabel, result.error().message);
        m_passphrase->passphraseEdit()->setFocus();
        return;
    }
    const SecretBytes recoveryCode = std::move(result->recoveryCode);
    showRecoveryCode(m_recoveryCodeLabel, recoveryCode);
    m_writtenDownCheck->setChecked(false);
    m_steps->setCurrentWidget(m_recoveryPage);
    m_writtenDownCheck->setFocus();
}

void CreateVaultPage::showRestore() {
    // Made when asked for: most first starts never need it, and its passphrase fields would stand beside the form's.
    if (m_restorePage == nullptr) {
        m_restorePage = new RestoreBackupPage(m_vault);
        m_steps->addWidget(m_restorePage);
        connect(m_restorePage, &RestoreBackupPage::restored, this, &CreateVaultPage::finishRestore);
        connect(m_restorePage, &RestoreBackupPage::back, this, [this] { m_steps->setCurrentWidget(m_formPage); });
    }
    m_steps->setCurrentWidget(m_restorePage);
}

void CreateVaultPage::finishRestore() {
    std::optional<RestoredVault> restored = m_restorePage->takeResult();
    if (!restored) return;
    m_restoredNote->setText(
        restored->joinsTeam
            ? tr("Restored from the backup of %1. This laptop is a new device of the team: on the Team screen, write "
                 "its enrolment request for your coordinator. Approving it removes %1 from the team.")
                  .arg(restored->oldDeviceName)
            : tr("Restored from the backup of %1. This laptop now starts a team of its own.")
                  .arg(restored->oldDeviceName));
    m_restoredNote->show();
    showRecoveryCode(m_recoveryCodeLabel, restored->recoveryCode);
    m_writtenDownCheck->setChecked(false);
    m_steps->setCurrentWidget(m_recoveryPage);
    m_writtenDownCheck->setFocus();
}

void CreateVaultPage::setBusy(bool busy) {
    // The vault is not thread-safe: nothing on this page may reach it while the worker runs.
    m_fields->setEnabled(!busy);
    if (busy) {
        m_busy->start(tr("Creating the vault…"));
    } else {
        m_busy->stop();
        updateForm();
    }
}

void CreateVaultPage::confirmRecoveryCode() {
    if (!m_writtenDownCheck->isChecked()) {
        return;
    }
    // The code is shown only once: it leaves the screen as soon as the person confirms.
    m_recoveryCodeLabel->clear();
    emit vaultOpened();
}

}  // namespace fieldcase::ui
