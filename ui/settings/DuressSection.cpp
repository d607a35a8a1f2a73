#include "ui/settings/DuressSection.h"

#include "core/api/VaultService.h"
#include "ui/vault/NewPassphraseFields.h"
#include "ui/vault/PassphraseEdit.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/PageLayout.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

namespace fieldcase::ui {

DuressSection::DuressSection(VaultService& vault, QWidget* parent)
    : QGroupBox(tr("Duress passphrase"), parent),
      m_vault(vault),
      m_status(makeParagraph(QString())),
      m_passphrase(new PassphraseEdit),
      m_language(new QComboBox),
      m_set(new QPushButton(tr("Set &duress passphrase"))),
      m_remove(new QPushButton(tr("Re&move it"))),
      m_busy(new BusyIndicator),
      m_result(makeParagraph(QString())) {
    setObjectName(QStringLiteral("duressSection"));
    auto* explanation = makeParagraph(
        tr("A second passphrase for when someone forces you to open this laptop. Typed instead of your passphrase, "
           "it opens a decoy with a few harmless records, and from then on nothing you know opens this vault: only "
           "the recovery code kept in the office does, and your coordinators are told. Set it only if your "
           "security trainer agrees it fits your situation: someone who knows about it can demand the other "
           "passphrase."));
    m_status->setObjectName(QStringLiteral("duressStatusLabel"));
    m_passphrase->setObjectName(QStringLiteral("duressOwnerPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_language->setObjectName(QStringLiteral("decoyLanguageCombo"));
    m_language->setAccessibleName(tr("Language of the decoy"));
    m_language->addItem(QStringLiteral("Русский"), static_cast<int>(DuressDecoyLanguage::Russian));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(DuressDecoyLanguage::English));
    if (QLocale().language() != QLocale::Russian) m_language->setCurrentIndex(1);
    m_set->setObjectName(QStringLiteral("setDuressButton"));
    m_remove->setObjectName(QStringLiteral("removeDuressButton"));
    m_result->setObjectName(QStringLiteral("duressResultLabel"));
    m_result->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(labelFor(tr("Your &passphrase:"), m_passphrase), m_passphrase);
    m_duress = new NewPassphraseFields(form, this);
    m_duress->passphraseEdit()->setObjectName(QStringLiteral("duressPassphraseEdit"));
    m_duress->passphraseEdit()->setAccessibleName(tr("Duress passphrase"));
    m_duress->confirmEdit()->setObjectName(QStringLiteral("duressConfirmEdit"));
    m_duress->confirmEdit()->setAccessibleName(tr("Duress passphrase again"));
    form->addRow(labelFor(tr("Decoy's &language:"), m_language),
                 withHints(m_language, {makeParagraph(tr("The decoy's records are written in this language."))}));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_set);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);

    connect(m_set, &QPushButton::clicked, this, &DuressSection::setDuress);
    connect(m_remove, &QPushButton::clicked, this, &DuressSection::removeDuress);
    connect(m_passphrase, &QLineEdit::textChanged, this, &DuressSection::updateButtons);
    connect(m_duress, &NewPassphraseFields::changed, this, &DuressSection::updateButtons);
    connect(&m_working, &QFutureWatcherBase::finished, this, &DuressSection::finish);
    reload();
}

DuressSection::~DuressSection() {
    m_working.waitForFinished();
}

void DuressSection::reload() {
    auto info = m_vault.info();
    QString status;
    if (info && info->duressUsedAtMs > 0) {
        status =
            tr("This laptop was opened with its duress passphrase on %1. The office recovered it; your "
               "coordinators were told at its next exchange.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(info->duressUsedAtMs), QLocale::ShortFormat));
        status += QLatin1Char(' ');
    }
    status +=
        info && info->duressPassphraseSet ? tr("A duress passphrase is set.") : tr("No duress passphrase is set.");
    m_status->setText(status);
    updateButtons();
}

void DuressSection::updateButtons() {
    const bool idle = !m_working.isRunning();
    const bool owner = !m_passphrase->text().isEmpty();
    m_set->setEnabled(idle && owner && m_duress->acceptable());
    m_remove->setEnabled(idle && owner);
}

void DuressSection::setDuress() {
    if (!m_set->isEnabled()) return;
    const auto language = static_cast<DuressDecoyLanguage>(m_language->currentData().toInt());
    auto passphrase = std::make_shared<SecretBytes>(m_passphrase->takeSecret());
    auto duress = std::make_shared<SecretBytes>(m_duress->take());
    m_doneText = tr("The duress passphrase is set. Practise typing it, and never write it next to your passphrase.");
    start(tr("Setting the duress passphrase…"), [&vault = m_vault, passphrase, duress, language] {
        return vault.setDuressPassphrase(*passphrase, *duress, language);
    });
}

void DuressSection::removeDuress() {
    if (!m_remove->isEnabled()) return;
    auto passphrase = std::make_shared<SecretBytes>(m_passphrase->takeSecret());
    m_doneText = tr("The duress passphrase is removed.");
    start(tr("Removing the duress passphrase…"),
          [&vault = m_vault, passphrase] { return vault.removeDuressPassphrase(*passphrase); });
}

void DuressSection::start(const QString& what, std::function<Result<void>()> work) {
    m_result->hide();
    m_busy->start(what);
    m_working.setFuture(QtConcurrent::run(std::move(work)));
    updateButtons();
}

void DuressSection::finish() {
    const Result<void> result = m_working.result();
    m_busy->stop();
    m_result->setText(result ? m_doneText : result.error().message);
    m_result->show();
    reload();
}

}  // namespace fieldcase::ui
