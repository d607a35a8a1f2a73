#include "ui/settings/BackupSection.h"

#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/PageLayout.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace fieldcase::ui {

BackupSection::BackupSection(VaultService& vault, QWidget* parent)
    : QGroupBox(tr("Backups"), parent),
      m_vault(vault),
      m_backUpNow(new QPushButton(tr("&Back up now…"))),
      m_result(makeParagraph(QString())),
      m_scheduleFolder(makeParagraph(QString())),
      m_chooseFolder(new QPushButton(tr("C&hoose folder…"))),
      m_every(new QComboBox),
      m_lastBackup(makeParagraph(QString())) {
    setObjectName(QStringLiteral("backupSection"));
    auto* explanation = makeParagraph(
        tr("A backup is one encrypted file. It opens with the passphrase of the day it was written or with the "
           "recovery code, never with the duress passphrase. Keep it apart from this laptop, on a stick in the office "
           "safe: if the laptop is lost, a new one is set up from it (\"Restore from a backup\" on the first screen) "
           "and joins the team again. Fieldcase never deletes old backups."));
    m_backUpNow->setObjectName(QStringLiteral("backUpNowButton"));
    m_result->setObjectName(QStringLiteral("backupResultLabel"));
    m_result->hide();
    m_scheduleFolder->setObjectName(QStringLiteral("backupFolderLabel"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    m_every->setObjectName(QStringLiteral("backupEveryCombo"));
    m_every->setAccessibleName(tr("Write a backup by itself"));
    m_every->addItem(tr("Never"), 0);
    m_every->addItem(tr("Every day"), 1);
    m_every->addItem(tr("Every week"), 7);
    m_lastBackup->setObjectName(QStringLiteral("lastBackupLabel"));

    auto* now = new QHBoxLayout;
    now->addWidget(m_result, 1);
    now->addWidget(m_backUpNow);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_scheduleFolder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("By itself, &while unlocked:"), m_every), m_every);
    form->addRow(tr("Into:"), folderRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(now);
    layout->addLayout(form);
    layout->addWidget(m_lastBackup);

    connect(m_backUpNow, &QPushButton::clicked, this, &BackupSection::chooseAndBackUp);
    connect(m_chooseFolder, &QPushButton::clicked, this, &BackupSection::chooseScheduleFolder);
    connect(m_every, &QComboBox::activated, this, &BackupSection::saveSchedule);
    connect(&m_writing, &QFutureWatcherBase::finished, this, &BackupSection::finishBackup);
    connect(&m_reading, &QFutureWatcherBase::finished, this, [this] {
        if (std::exchange(m_readAgain, false)) {
            reload();
        } else {
            showReading(m_reading.result());
        }
    });
    reload();
}

BackupSection::~BackupSection() {
    if (m_writing.isRunning()) m_writing.waitForFinished();
    if (m_reading.isRunning()) m_reading.waitForFinished();
}

void BackupSection::reload() {
    if (m_reading.isRunning()) {
        m_readAgain = true;
        return;
    }
    m_every->setEnabled(false);
    m_chooseFolder->setEnabled(false);
    m_lastBackup->setText(tr("Looking for backups…"));
    m_reading.setFuture(QtConcurrent::run([&vault = m_vault] {
        Reading reading{vault.backupSchedule(), qint64{0}};
        if (reading.schedule && !reading.schedule->folder.isEmpty())
            reading.newestMs = vault.lastBackupIn(reading.schedule->folder);
        return reading;
    }));
}

void BackupSection::showReading(const Reading& reading) {
    m_chooseFolder->setEnabled(true);
    const auto& schedule = reading.schedule;
    m_folder = schedule ? schedule->folder : QString();
    const int every = schedule ? schedule->everyDays : 0;
    m_every->setCurrentIndex(std::max(0, m_every->findData(every)));
    m_scheduleFolder->setText(m_folder.isEmpty() ? tr("No folder chosen.") : QDir::toNativeSeparators(m_folder));
    m_every->setEnabled(!m_folder.isEmpty());
    const auto& newest = reading.newestMs;
    if (!schedule) {
        m_lastBackup->setText(schedule.error().message);
    } else if (m_folder.isEmpty()) {
        m_lastBackup->setText(tr("Choose the folder or the stick's folder the backups go into."));
    } else if (!newest || *newest == 0) {
        m_lastBackup->setText(tr("No backup of this vault is in that folder (or it is not reachable now)."));
    } else {
        m_lastBackup->setText(
            tr("The newest backup there was written on %1.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*newest), QLocale::LongFormat)));
    }
}

void BackupSection::chooseAndBackUp() {
    const QString dir = chooseFolder(this, tr("Folder or stick for the backup"));
    if (!dir.isEmpty()) backUpTo(dir);
}

void BackupSection::backUpTo(const QString& dir) {
    if (m_writing.isRunning()) return;
    m_backUpNow->setEnabled(false);
    m_result->setText(tr("Writing the backup…"));
    m_result->show();
    m_writing.setFuture(QtConcurrent::run([&vault = m_vault, dir] { return vault.backup(dir); }));
}

void BackupSection::finishBackup() {
    m_backUpNow->setEnabled(true);
    const Result<QString> written = m_writing.result();
    m_result->setText(written ? tr("Backup written: %1").arg(QDir::toNativeSeparators(*written))
                              : written.error().message);
    reload();
}

void BackupSection::chooseScheduleFolder() {
    const QString dir = chooseFolder(this, tr("Folder or stick for the backups"));
    if (dir.isEmpty()) return;
    m_folder = dir;
    if (m_every->currentData().toInt() == 0) m_every->setCurrentIndex(m_every->findData(7));
    saveSchedule();
}

void BackupSection::saveSchedule() {
    auto saved = m_vault.setBackupSchedule({m_folder, m_every->currentData().toInt()});
    if (!saved) {
        m_result->setText(saved.error().message);
        m_result->show();
    }
    reload();
}

}  // namespace fieldcase::ui
