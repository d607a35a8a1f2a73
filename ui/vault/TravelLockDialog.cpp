#include "ui/vault/TravelLockDialog.h"

#include "core/api/VaultService.h"
#include "ui/vault/PassphraseEdit.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/PageLayout.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fieldcase::ui {

TravelLockDialog::TravelLockDialog(VaultService& vault, QWidget* parent)
    : QDialog(parent),
      m_vault(vault),
      m_passphrase(new PassphraseEdit),
      m_lockButton(new QPushButton(tr("&Lock for travel"))),
      m_busy(new BusyIndicator),
      m_error(makeErrorLabel()) {
    setObjectName(QStringLiteral("travelLockDialog"));
    setWindowTitle(tr("Travel lock"));
    m_passphrase->setObjectName(QStringLiteral("travelLockPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_lockButton->setObjectName(QStringLiteral("travelLockButton"));
    m_lockButton->setEnabled(false);
    m_error->setObjectName(QStringLiteral("travelLockErrorLabel"));

    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("&Passphrase:"), m_passphrase), m_passphrase);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_lockButton, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeParagraph(
        tr("Before a border or a checkpoint: after this lock your passphrase alone no longer opens the vault, so "
           "nobody can make you open it on the way. After the journey a coordinator sends you a release file, which "
           "opens it together with your passphrase; the office's recovery code opens it too.")));
    layout->addWidget(makeParagraph(tr("Do not carry the release file with the laptop.")));
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_lockButton->setEnabled(!text.isEmpty() && !m_working.isRunning()); });
    // The button is the box's accept button: it starts the lock, and the dialog closes only when the lock is done.
    connect(buttons, &QDialogButtonBox::accepted, this, &TravelLockDialog::lockForTravel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_working, &QFutureWatcherBase::finished, this, &TravelLockDialog::finish);
}

TravelLockDialog::~TravelLockDialog() {
    m_working.waitForFinished();
}

void TravelLockDialog::lockForTravel() {
    if (m_passphrase->text().isEmpty() || m_working.isRunning()) return;
    auto passphrase = std::make_shared<SecretBytes>(m_passphrase->takeSecret());
    showError(m_error, QString());
    m_lockButton->setEnabled(false);
    m_busy->start(tr("Locking for travel…"));
    m_working.setFuture(QtConcurrent::run([&vault = m_vault, passphrase] { return vault.travelLock(*passphrase); }));
}

void TravelLockDialog::finish() {
    const Result<void> result = m_working.result();
    m_busy->stop();
    if (result) {
        accept();
        return;
    }
    showError(m_error, result.error().message);
    m_passphrase->setFocus();
}

}  // namespace fieldcase::ui
