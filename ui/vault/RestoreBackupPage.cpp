#include "ui/vault/RestoreBackupPage.h"

#include "ui/vault/NewPassphraseFields.h"
#include "ui/vault/PassphraseEdit.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/PageLayout.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fieldcase::ui {

RestoreBackupPage::RestoreBackupPage(VaultService& vault, QWidget* parent)
    : QWidget(parent),
      m_vault(vault),
      m_fields(new QWidget),
      m_file(new QLineEdit),
      m_secret(new PassphraseEdit),
      m_secretLabel(nullptr),
      m_useRecoveryCode(new QCheckBox(tr("I have the recovery &code instead of the passphrase"))),
      m_newPassphraseRows(new QWidget),
      m_newPassphrase(nullptr),
      m_restoreButton(new QPushButton(tr("&Restore"))),
      m_busy(new BusyIndicator),
      m_errorLabel(makeErrorLabel()) {
    setObjectName(QStringLiteral("restoreBackupPage"));
    m_file->setObjectName(QStringLiteral("backupFileEdit"));
    m_file->setAccessibleName(tr("Backup file"));
    m_secret->setObjectName(QStringLiteral("backupSecretEdit"));
    m_useRecoveryCode->setObjectName(QStringLiteral("useRecoveryCodeCheck"));
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setDefault(true);
    m_errorLabel->setObjectName(QStringLiteral("restoreErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    auto* choose = new QPushButton(tr("C&hoose…"));
    auto* back = new QPushButton(tr("&Back"));
    back->setObjectName(QStringLiteral("restoreBackButton"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(labelFor(tr("Backup &file:"), m_file), fileRow);
    m_secretLabel = labelFor(tr("&Passphrase of the backup:"), m_secret);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_useRecoveryCode);
    auto* newRows = new QFormLayout(m_newPassphraseRows);
    newRows->setContentsMargins(0, 0, 0, 0);
    newRows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_newPassphrase = new NewPassphraseFields(newRows, this);
    m_newPassphraseRows->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_restoreButton);
    auto* fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_newPassphraseRows);
    fieldsLayout->addLayout(buttons);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(makeHeading(tr("Restore from a backup")));
    layout->addWidget(makeParagraph(
        tr("This laptop gets the vault of a backup file, as it was when the backup was written. It becomes a new "
           "device: if the old laptop had team mates, your coordinator admits this one and removes the old laptop, so "
           "that whoever holds it can change nothing any more. What the old laptop sent to the team after the backup "
           "comes back with the coordinator's welcome.")));
    layout->addSpacing(8);
    layout->addWidget(m_fields);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busy);
    centerInPage(this, content);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToOpen(this, tr("Backup file"));
        if (!path.isEmpty()) setBackupFile(path);
    });
    connect(back, &QPushButton::clicked, this, &RestoreBackupPage::back);
    connect(m_useRecoveryCode, &QCheckBox::toggled, this, [this](bool recovery) {
        m_secretLabel->setText(recovery ? tr("Recovery co&de:") : tr("&Passphrase of the backup:"));
        m_secret->setEchoMode(recovery ? QLineEdit::Normal : QLineEdit::Password);
        m_newPassphraseRows->setVisible(recovery);
        updateForm();
    });
    connect(m_file, &QLineEdit::textChanged, this, &RestoreBackupPage::updateForm);
    connect(m_secret, &QLineEdit::textChanged, this, &RestoreBackupPage::updateForm);
    connect(m_newPassphrase, &NewPassphraseFields::changed, this, &RestoreBackupPage::updateForm);
    connect(m_secret, &QLineEdit::returnPressed, this, &RestoreBackupPage::restore);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreBackupPage::restore);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RestoreBackupPage::finishRestore);
    updateForm();
}

RestoreBackupPage::~RestoreBackupPage() {
    if (m_watcher.isRunning()) m_watcher.waitForFinished();
}

void RestoreBackupPage::setBackupFile(const QString& path) {
    m_file->setText(path);
    m_secret->setFocus();
}

void RestoreBackupPage::updateForm() {
    const bool passphraseReady = !m_useRecoveryCode->isChecked() || m_newPassphrase->acceptable();
    m_restoreButton->setEnabled(!m_file->text().trimmed().isEmpty() && !m_secret->text().isEmpty() && passphraseReady &&
                                !m_watcher.isRunning());
}

void RestoreBackupPage::restore() {
    if (!m_restoreButton->isEnabled()) return;
    RestoreRequest request;
    request.backupFile = m_file->text().trimmed();
    request.recoveryCode = m_useRecoveryCode->isChecked();
    request.secret = m_secret->takeSecret();
    if (request.recoveryCode) request.newPassphrase = m_newPassphrase->take();
    showError(m_errorLabel, QString());
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run(
        [&vault = m_vault, request = std::move(request)]() mutable { return vault.restore(std::move(request)); }));
}

void RestoreBackupPage::finishRestore() {
    Result<RestoredVault> result = m_watcher.future().takeResult();
    setBusy(false);
    if (!result) {
        showError(m_errorLabel, result.error().message);
        m_secret->setFocus();
        return;
    }
    m_result = std::move(*result);
    emit restored();
}

std::optional<RestoredVault> RestoreBackupPage::takeResult() {
    return std::exchange(m_result, std::nullopt);
}

void RestoreBackupPage::setBusy(bool busy) {
    m_fields->setEnabled(!busy);
    if (busy) {
        m_busy->start(tr("Restoring the vault…"));
    } else {
        m_busy->stop();
        updateForm();
    }
}

}  // namespace fieldcase::ui
