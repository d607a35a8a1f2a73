#include "ui/settings/SettingsPage.h"

#include "core/api/SyncService.h"
#include "ui/settings/BackupSection.h"
#include "ui/settings/DuressSection.h"
#include "ui/settings/Preferences.h"
#include "ui/settings/RetentionSection.h"
#include "ui/vault/NewPassphraseFields.h"
#include "ui/vault/PassphraseEdit.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/PageLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fieldcase::ui {

namespace {

constexpr std::array kStrengths{KdfStrength::Interactive, KdfStrength::Moderate, KdfStrength::Sensitive};

std::optional<KdfStrength> strengthNamed(const QString& name) {
    if (name == QLatin1String("interactive")) return KdfStrength::Interactive;
    if (name == QLatin1String("moderate")) return KdfStrength::Moderate;
    if (name == QLatin1String("sensitive")) return KdfStrength::Sensitive;
    return std::nullopt;
}

QString seconds(qint64 milliseconds) {
    return QLocale().toString(static_cast<double>(milliseconds) / 1000.0, 'f', 1);
}

}  // namespace

SettingsPage::SettingsPage(VaultService& vault, SyncService& sync, Preferences& preferences, QWidget* parent)
    : QWidget(parent), m_vault(vault), m_sync(sync), m_preferences(preferences) {
    setObjectName(QStringLiteral("settingsPage"));
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(makeHeading(tr("Settings")));
    column->addWidget(buildLaptopSection());
    column->addWidget(buildPassphraseSection());
    m_duress = new DuressSection(vault);
    column->addWidget(m_duress);
    column->addWidget(buildVaultKeySection());
    m_backups = new BackupSection(vault);
    column->addWidget(m_backups);
    column->addWidget(buildSyncSection());
    m_retention = new RetentionSection(sync);
    connect(m_retention, &RetentionSection::rulesChanged, this, &SettingsPage::retentionRulesChanged);
    column->addWidget(m_retention);
    column->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_measuring, &QFutureWatcherBase::finished, this, &SettingsPage::finishMeasuring);
    connect(&m_changing, &QFutureWatcherBase::finished, this, &SettingsPage::finishChange);
    connect(&m_rekeying, &QFutureWatcherBase::finished, this, &SettingsPage::finishNewVaultKey);
    reload();
}

SettingsPage::~SettingsPage() {
    m_measuring.waitForFinished();
    m_changing.waitForFinished();
    // Only while running: finishNewVaultKey() takes the result, which resets the future for good.
    if (m_rekeying.isRunning()) m_rekeying.waitForFinished();
}

void SettingsPage::reloadRetention() {
    m_retention->reload();
}

QWidget* SettingsPage::buildLaptopSection() {
    auto* box = new QGroupBox(tr("This laptop"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language in its own name, so a person who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto* languageHint = makeParagraph(tr("Applies the next time Fieldcase starts."));

    m_autoLock = new QSpinBox;
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setAccessibleName(tr("Lock after minutes without use"));
    m_autoLock->setRange(Preferences::kMinAutoLockMinutes, Preferences::kMaxAutoLockMinutes);
    m_autoLock->setSuffix(tr(" min"));

    m_neutralTitle =
        new QCheckBox(tr("Show a neutral window &title and icon (\"Documents\") instead of \"Fieldcase\""));
    m_neutralTitle->setObjectName(QStringLiteral("neutralTitleCheck"));
    m_neutralTitle->setToolTip(
        tr("The window's title, icon and class show in the task bar, the window switcher and screen sharing; "
           "after Ctrl+Shift+H they are neutral whatever this says."));

    m_destroyAfter = new QSpinBox;
    m_destroyAfter->setObjectName(QStringLiteral("destroyAfterSpin"));
    m_destroyAfter->setAccessibleName(tr("Destroy the keys after wrong passphrases in a row"));
    // The lowest value, one below the least allowed, reads "Never".
    m_destroyAfter->setRange(Preferences::kMinWrongUnlocksBeforeDestroy - 1,
                             Preferences::kMaxWrongUnlocksBeforeDestroy);
    m_destroyAfter->setSpecialValueText(tr("Never"));
    auto* destroyHint = makeParagraph(
        tr("Off unless you set it. Whoever types wrong passphrases on purpose — or you, forgetful under pressure — "
           "destroys the keys: what was not exchanged with the team yet is lost."));

    auto* safety = makeParagraph(
        tr("Ctrl+L locks the vault and Ctrl+Shift+H also leaves an empty \"Documents\" window. In the Vault menu, "
           "\"Travel lock\" seals the vault before a border so that your passphrase alone does not open it until a "
           "coordinator sends a release file, and \"Destroy keys now\" makes it unreadable for good after a "
           "five-second countdown: what the team holds is then the way back."));
    safety->setObjectName(QStringLiteral("fieldSafetyLabel"));

    auto* form = new QFormLayout(box);
    form->addRow(safety);
    form->addRow(labelFor(tr("&Language:"), m_language), withHints(m_language, {languageHint}));
    form->addRow(labelFor(tr("&Lock after no use for:"), m_autoLock), m_autoLock);
    form->addRow(QString(), m_neutralTitle);
    form->addRow(labelFor(tr("&Destroy the keys after wrong passphrases:"), m_destroyAfter),
                 withHints(m_destroyAfter, {destroyHint}));

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_preferences.setLanguage(m_language->currentData().toString());
        Q_EMIT preferencesChanged();
    });
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_preferences.setAutoLockMinutes(minutes);
        Q_EMIT preferencesChanged();
    });
    connect(m_destroyAfter, &QSpinBox::valueChanged, this, [this](int attempts) {
        m_preferences.setDestroyAfterWrongUnlocks(attempts < Preferences::kMinWrongUnlocksBeforeDestroy ? 0 : attempts);
    });
    connect(m_neutralTitle, &QCheckBox::toggled, this, [this](bool neutral) {
        m_preferences.setNeutralTitle(neutral);
        Q_EMIT preferencesChanged();
    });
    return box;
}

QWidget* SettingsPage::buildPassphraseSection() {
    auto* box = new QGroupBox(tr("Passphrase"));
    m_strength = new QLabel;
    m_strength->setObjectName(QStringLiteral("strengthNowLabel"));
    m_strength->setWordWrap(true);
    m_timings = makeParagraph(QString());
    m_timings->setObjectName(QStringLiteral("timingsLabel"));
    m_timings->hide();
    m_measure = new QPushButton(tr("&Measure unlock times on this laptop"));
    m_measure->setObjectName(QStringLiteral("measureButton"));
    m_measure->setToolTip(tr("Takes a few seconds and, for the strongest setting, 1 GiB of memory."));

    m_currentPassphrase = new PassphraseEdit;
    m_currentPassphrase->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_currentPassphrase->setAccessibleName(tr("Current passphrase"));
    m_newStrength = new QComboBox;
    m_newStrength->setObjectName(QStringLiteral("newStrengthCombo"));
    m_newStrength->setAccessibleName(tr("Strength"));
    m_change = new QPushButton(tr("&Change passphrase"));
    m_change->setObjectName(QStringLiteral("changePassphraseButton"));
    m_busy = new BusyIndicator;
    m_passphraseResult = makeParagraph(QString());
    m_passphraseResult->setObjectName(QStringLiteral("passphraseResultLabel"));
    m_passphraseResult->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(labelFor(tr("C&urrent passphrase:"), m_currentPassphrase), m_currentPassphrase);
    m_newPassphrase = new NewPassphraseFields(form, this);
    form->addRow(labelFor(tr("&Strength:"), m_newStrength),
                 withHints(m_newStrength, {makeParagraph(tr("Stronger settings make guessing the passphrase from a "
                                                            "stolen copy of the vault slower, and unlocking too."))}));
    auto* measureRow = new QHBoxLayout;
    measureRow->addWidget(m_measure);
    measureRow->addStretch();
    auto* changeRow = new QHBoxLayout;
    changeRow->addStretch();
    changeRow->addWidget(m_change);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_strength);
    layout->addWidget(m_timings);
    layout->addLayout(measureRow);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addLayout(changeRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_passphraseResult);
    setTabOrder(m_measure, m_currentPassphrase);
    setTabOrder(m_currentPassphrase, m_newPassphrase->passphraseEdit());
    setTabOrder(m_newPassphrase->confirmEdit(), m_newStrength);
    setTabOrder(m_newStrength, m_change);

    connect(m_measure, &QPushButton::clicked, this, &SettingsPage::measureUnlockTimes);
    connect(m_change, &QPushButton::clicked, this, &SettingsPage::changePassphrase);
    connect(m_currentPassphrase, &QLineEdit::textChanged, this, &SettingsPage::updateChangeButton);
    connect(m_newPassphrase, &NewPassphraseFields::changed, this, &SettingsPage::updateChangeButton);
    return box;
}

QWidget* SettingsPage::buildVaultKeySection() {
    auto* box = new QGroupBox(tr("Vault key"));
    auto* explanation = makeParagraph(
        tr("If a copy of this vault may be in other hands (a lost or seized laptop, a recovery code seen by "
           "others), give the vault a new key. Old copies of its key file, with the old passphrase or the old "
           "recovery code, then open nothing written from now on; what such a copy already holds stays exposed. "
           "You get a new recovery code, and the old one stops working."));
    m_vaultKeyPassphrase = new PassphraseEdit;
    m_vaultKeyPassphrase->setObjectName(QStringLiteral("vaultKeyPassphraseEdit"));
    m_vaultKeyPassphrase->setAccessibleName(tr("Passphrase"));
    m_newVaultKey = new QPushButton(tr("&New vault key"));
    m_newVaultKey->setObjectName(QStringLiteral("newVaultKeyButton"));
    m_vaultKeyBusy = new BusyIndicator;
    m_vaultKeyError = makeErrorLabel();
    m_vaultKeyError->setObjectName(QStringLiteral("vaultKeyErrorLabel"));

    m_newRecoveryCode = new QWidget;
    m_newRecoveryCode->setObjectName(QStringLiteral("newRecoveryCodePanel"));
    m_newRecoveryCodeLabel = makeRecoveryCodeLabel();
    m_newRecoveryCodeLabel->setObjectName(QStringLiteral("newRecoveryCodeLabel"));
    m_newRecoveryCodeLabel->setAccessibleName(tr("New recovery code"));
    m_writtenDown = new QCheckBox(tr("I have &written it down"));
    m_writtenDown->setObjectName(QStringLiteral("newCodeWrittenDownCheck"));
    auto* done = new QPushButton(tr("&Done"));
    done->setObjectName(QStringLiteral("newCodeDoneButton"));
    done->setEnabled(false);
    auto* doneRow = new QHBoxLayout;
    doneRow->addWidget(m_writtenDown);
    doneRow->addStretch();
    doneRow->addWidget(done);
    auto* codeColumn = new QVBoxLayout(m_newRecoveryCode);
    codeColumn->setContentsMargins(0, 0, 0, 0);
    codeColumn->addWidget(makeParagraph(tr("The vault has a new key. Your new recovery code:")));
    codeColumn->addWidget(m_newRecoveryCodeLabel);
    codeColumn->addWidget(
        makeParagraph(tr("Write this code on paper and keep it in the office safe, in place of the old one, which no "
                         "longer works. It is shown only once.")));
    codeColumn->addLayout(doneRow);
    m_newRecoveryCode->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(labelFor(tr("P&assphrase:"), m_vaultKeyPassphrase), m_vaultKeyPassphrase);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addLayout(makeActionRow(m_vaultKeyError, m_newVaultKey));
    layout->addWidget(m_vaultKeyBusy);
    layout->addWidget(m_newRecoveryCode);

    connect(m_newVaultKey, &QPushButton::clicked, this, &SettingsPage::makeNewVaultKey);
    connect(m_vaultKeyPassphrase, &QLineEdit::textChanged, this, &SettingsPage::updateVaultKeyButton);
    connect(m_vaultKeyPassphrase, &QLineEdit::returnPressed, this, &SettingsPage::makeNewVaultKey);
    connect(m_writtenDown, &QCheckBox::toggled, done, &QPushButton::setEnabled);
    connect(done, &QPushButton::clicked, this, &SettingsPage::confirmNewRecoveryCode);
    return box;
}

QWidget* SettingsPage::buildSyncSection() {
    auto* box = new QGroupBox(tr("Sync"));
    m_stickFolder = new QLineEdit;
    m_stickFolder->setObjectName(QStringLiteral("stickFolderEdit"));
    m_stickFolder->setAccessibleName(tr("Folder on USB sticks"));
    auto* stickHint = makeParagraph(
        tr("The folder on a USB stick that holds the team's bundles. A plain name such as \"backup\" draws no "
           "attention; every laptop of the team must use the same one."));
    auto* saveStick = new QPushButton(tr("Sa&ve"));
    saveStick->setObjectName(QStringLiteral("saveStickFolderButton"));
    auto* stickRow = new QHBoxLayout;
    stickRow->addWidget(m_stickFolder, 1);
    stickRow->addWidget(saveStick);
    m_syncResult = makeErrorLabel();
    m_syncResult->setObjectName(QStringLiteral("syncSettingsErrorLabel"));
    auto* folders = new QPushButton(tr("Shared &folders and automatic exchange…"));
    folders->setObjectName(QStringLiteral("openSyncButton"));

    auto* form = new QFormLayout(box);
    auto* stickColumn = new QVBoxLayout;
    stickColumn->addLayout(stickRow);
    stickColumn->addWidget(stickHint);
    stickColumn->addWidget(m_syncResult);
    form->addRow(labelFor(tr("Folder on USB stic&ks:"), m_stickFolder), stickColumn);
    form->addRow(QString(), folders);

    connect(saveStick, &QPushButton::clicked, this, &SettingsPage::saveStickFolder);
    connect(m_stickFolder, &QLineEdit::returnPressed, this, &SettingsPage::saveStickFolder);
    connect(folders, &QPushButton::clicked, this, &SettingsPage::showSyncScreen);
    return box;
}

void SettingsPage::reload() {
    {
        const QSignalBlocker languageBlocker(m_language);
        const QSignalBlocker autoLockBlocker(m_autoLock);
        const QSignalBlocker titleBlocker(m_neutralTitle);
        const QSignalBlocker destroyBlocker(m_destroyAfter);
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language())));
        m_autoLock->setValue(m_preferences.autoLockMinutes());
        m_neutralTitle->setChecked(m_preferences.neutralTitle());
        const int destroyAfter = m_preferences.destroyAfterWrongUnlocks();
        m_destroyAfter->setValue(destroyAfter == 0 ? m_destroyAfter->minimum() : destroyAfter);
    }
    if (auto settings = m_sync.settings()) m_stickFolder->setText(settings->stickFolder);
    showError(m_syncResult, QString());
    showStrength();
    updateChangeButton();
    updateVaultKeyButton();
    m_duress->reload();
    m_backups->reload();
}

QString SettingsPage::strengthLabel(KdfStrength strength) const {
    QString name;
    switch (strength) {
        case KdfStrength::Interactive:
            name = tr("Fast");
            break;
        case KdfStrength::Moderate:
            name = tr("Standard (recommended)");
            break;
        case KdfStrength::Sensitive:
            name = tr("Strongest");
            break;
    }
    const std::optional<qint64> measured = m_measured.at(static_cast<std::size_t>(strength));
    return measured ? tr("%1: about %2 s on this laptop").arg(name, seconds(*measured)) : name;
}

void SettingsPage::showStrength() {
    auto info = m_vault.info();
    const std::optional<KdfStrength> now = info ? strengthNamed(info->kdfName) : std::nullopt;
    m_strength->setText(now ? tr("Unlocking uses the strength \"%1\".").arg(strengthLabel(*now))
                            : tr("Unlocking uses a strength set by hand."));

    const int chosen = m_newStrength->count() > 0 ? m_newStrength->currentIndex()
                                                  : static_cast<int>(now.value_or(KdfStrength::Moderate));
    m_newStrength->clear();
    for (const KdfStrength strength : kStrengths)
        m_newStrength->addItem(strengthLabel(strength));
    m_newStrength->setCurrentIndex(chosen);

    QStringList lines;
    for (const KdfStrength strength : kStrengths) {
        if (m_measured.at(static_cast<std::size_t>(strength))) lines << strengthLabel(strength);
    }
    m_timings->setText(lines.join(QLatin1Char('\n')));
    m_timings->setVisible(!lines.isEmpty());
}

void SettingsPage::measureUnlockTimes() {
    if (m_measuring.isRunning() || m_changing.isRunning()) return;
    m_measure->setEnabled(false);
    m_busy->start(tr("Measuring…"));
    m_measuring.setFuture(QtConcurrent::run([&vault = m_vault] {
        Timings timings;
        for (const KdfStrength strength : kStrengths) {
            if (auto measured = vault.measureUnlockTime(strength)) {
                timings.at(static_cast<std::size_t>(strength)) = *measured;
            }
        }
        return timings;
    }));
}

void SettingsPage::finishMeasuring() {
    m_measured = m_measuring.result();
    m_busy->stop();
    m_measure->setEnabled(true);
    showStrength();
}

void SettingsPage::updateChangeButton() {
    m_change->setEnabled(!m_changing.isRunning() && !m_measuring.isRunning() && !m_rekeying.isRunning() &&
                         !m_currentPassphrase->text().isEmpty() && m_newPassphrase->acceptable());
}

void SettingsPage::updateVaultKeyButton() {
    m_newVaultKey->setEnabled(!m_rekeying.isRunning() && !m_changing.isRunning() &&
                              !m_vaultKeyPassphrase->text().isEmpty());
}

void SettingsPage::changePassphrase() {
    if (!m_change->isEnabled()) return;
    SecretBytes current = m_currentPassphrase->takeSecret();
    SecretBytes chosen = m_newPassphrase->take();
    const KdfStrength strength = kStrengths.at(static_cast<std::size_t>(std::max(0, m_newStrength->currentIndex())));
    m_passphraseResult->hide();
    m_change->setEnabled(false);
    m_newVaultKey->setEnabled(false);
    m_measure->setEnabled(false);
    m_busy->start(tr("Changing the passphrase…"));
    m_changing.setFuture(
        QtConcurrent::run([&vault = m_vault, oldPassphrase = std::move(current), newPassphrase = std::move(chosen),
                           strength] { return vault.changePassphrase(oldPassphrase, newPassphrase, strength); }));
}

void SettingsPage::finishChange() {
    const Result<void> result = m_changing.result();
    m_busy->stop();
    m_measure->setEnabled(true);
    m_passphraseResult->setText(result ? tr("The passphrase is changed. Use the new one from now on.")
                                       : result.error().message);
    m_passphraseResult->show();
    showStrength();
    updateChangeButton();
    updateVaultKeyButton();
    m_duress->reload();  // a new cost ends the duress passphrase
}

void SettingsPage::makeNewVaultKey() {
    if (!m_newVaultKey->isEnabled()) return;
    SecretBytes passphrase = m_vaultKeyPassphrase->takeSecret();
    showError(m_vaultKeyError, QString());
    m_newVaultKey->setEnabled(false);
    m_change->setEnabled(false);
    m_vaultKeyBusy->start(tr("Re-encrypting the vault with a new key…"));
    m_rekeying.setFuture(
        QtConcurrent::run([&vault = m_vault, passphrase = std::move(passphrase)] { return vault.rekey(passphrase); }));
}

void SettingsPage::finishNewVaultKey() {
    Result<SecretBytes> result = m_rekeying.future().takeResult();
    m_vaultKeyBusy->stop();
    updateVaultKeyButton();
    updateChangeButton();
    if (!result) {
        showError(m_vaultKeyError, result.error().message);
        m_vaultKeyPassphrase->setFocus();
        return;
    }
    m_duress->reload();  // a new vault key ends the duress passphrase
    showRecoveryCode(m_newRecoveryCodeLabel, *result);
    m_writtenDown->setChecked(false);
    m_newRecoveryCode->show();
    m_writtenDown->setFocus();
}

void SettingsPage::confirmNewRecoveryCode() {
    // The code is shown only once: it leaves the screen as soon as the person confirms.
    m_newRecoveryCodeLabel->clear();
    m_writtenDown->setChecked(false);
    m_newRecoveryCode->hide();
}

void SettingsPage::saveStickFolder() {
    auto settings = m_sync.settings();
    if (!settings) {
        showError(m_syncResult, settings.error().message);
        return;
    }
    settings->stickFolder = m_stickFolder->text().trimmed();
    if (auto saved = m_sync.setSettings(*settings); !saved) {
        showError(m_syncResult, saved.error().message);
        return;
    }
    showError(m_syncResult, QString());
    Q_EMIT syncSettingsChanged();
}

}  // namespace fieldcase::ui
