#include "ui/sync/SyncPage.h"

#include "core/base/FolderKey.h"
#include "core/client/AutoSync.h"
#include "core/client/SyncFolders.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fieldcase::ui {

namespace {

constexpr int kDrivePollMs = 3000;

QString folderLabel(const QString& folder) {
    return QDir::toNativeSeparators(folder);
}

// What the list shows of the drives: a change in it (a stick plugged in, pulled out, given the team folder) reloads.
QStringList driveSignature(const std::vector<RemovableDrive>& drives) {
    QStringList signature;
    for (const RemovableDrive& drive : drives)
        signature << drive.rootPath + (drive.hasTeamFolder ? QStringLiteral(" +") : QString());
    return signature;
}

// Today's times as a time only; older ones with their date.
QString timeText(qint64 msecsSinceEpoch) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    return at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                             : formatTimestamp(msecsSinceEpoch);
}

}  // namespace

SyncPage::SyncPage(SyncService& sync, QWidget* parent)
    : QWidget(parent),
      m_sync(sync),
      m_folders(new QListWidget),
      m_noFolders(makeParagraph(QString())),
      m_removeFolder(new QPushButton(tr("Remove"))),
      m_watchFolders(new QCheckBox(tr("Exchange with these folders by itself when they are reachable"))),
      m_useSticks(new QCheckBox(tr("Exchange with a team USB stick as soon as it is plugged in"))),
      m_exchange(new QPushButton(tr("Exchange now"))),
      m_progressRow(new QWidget),
      m_progressLabel(new QLabel),
      m_progress(new QProgressBar),
      m_cancel(new QPushButton(tr("Cancel"))),
      m_result(makeParagraph(QString())),
      m_autoStatus(makeParagraph(QString())),
      m_schedule(makeParagraph(QString())),
      m_conflicts(new QTreeWidget),
      m_noConflicts(makeParagraph(tr("No conflicts. When two laptops change the same field without seeing each "
                                     "other's change, both versions wait here until someone picks one."))),
      m_autoThread(new QThread(this)),
      m_autoSync(new AutoSync(sync)) {
    setObjectName(QStringLiteral("syncPage"));
    m_folders->setObjectName(QStringLiteral("syncFolders"));
    m_folders->setAccessibleName(tr("Folders and sticks"));
    m_exchange->setObjectName(QStringLiteral("exchangeNow"));
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_schedule->setObjectName(QStringLiteral("syncSchedule"));
    m_progressRow->setObjectName(QStringLiteral("exchangeProgressRow"));
    m_progress->setObjectName(QStringLiteral("exchangeProgress"));
    m_progress->setAccessibleName(tr("Exchange progress"));
    m_cancel->setObjectName(QStringLiteral("cancelExchange"));
    m_cancel->setToolTip(tr("Stop after the bundle being read; everything read so far stays."));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancelExchange);
    m_drivePoll.setInterval(kDrivePollMs);
    connect(&m_drivePoll, &QTimer::timeout, this, [this] {
        // Not during "Exchange now": reload() would wait for the vault the exchange holds.
        if (!m_exchanging && driveSignature(m_sync.drives(m_settings.stickFolder)) != m_shownDrives) reload();
    });
    m_conflicts->setObjectName(QStringLiteral("conflictsInbox"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->setHeaderLabels({tr("Record"), tr("Field"), tr("Versions")});
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->header()->setStretchLastSection(true);
    m_conflicts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_conflicts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* addFolderButton = new QPushButton(tr("Add folder…"));
    connect(addFolderButton, &QPushButton::clicked, this, [this] {
        const QString folder = chooseFolder(this, tr("A shared folder to exchange with"));
        if (!folder.isEmpty()) addFolder(folder);
    });
    connect(m_removeFolder, &QPushButton::clicked, this, [this] {
        const auto* item = m_folders->currentItem();
        if (item == nullptr) return;
        m_settings.folders.removeAll(item->data(Qt::UserRole).toString());
        saveSettings();
    });
    connect(m_folders, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto* item = m_folders->item(row);
        m_removeFolder->setEnabled(item != nullptr && m_settings.folders.contains(item->data(Qt::UserRole).toString()));
    });
    connect(m_watchFolders, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.watchFolders = on;
        saveSettings();
    });
    connect(m_useSticks, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.useSticks = on;
        saveSettings();
    });
    connect(m_exchange, &QPushButton::clicked, this, &SyncPage::exchangeNow);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SyncPage::finishExchange);

    auto* folderButtons = new QHBoxLayout;
    folderButtons->addWidget(addFolderButton);
    folderButtons->addWidget(m_removeFolder);
    folderButtons->addStretch(1);
    folderButtons->addWidget(m_exchange);
    auto* foldersBox = new QGroupBox(tr("Where this laptop exchanges"));
    auto* foldersLayout = new QVBoxLayout(foldersBox);
    foldersLayout->addWidget(
        makeParagraph(tr("A shared folder (an office share, a folder Syncthing or Nextcloud keeps "
                         "in step) or a USB stick carried between laptops. Bundles are "
                         "encrypted: a lost stick reveals nothing.")));
    m_noFolders->setObjectName(QStringLiteral("noFoldersLabel"));
    foldersLayout->addWidget(m_noFolders);
    foldersLayout->addWidget(m_folders);
    foldersLayout->addLayout(folderButtons);
    foldersLayout->addWidget(m_watchFolders);
    foldersLayout->addWidget(m_useSticks);
    foldersLayout->addWidget(m_autoStatus);
    foldersLayout->addWidget(m_schedule);
    foldersLayout->addWidget(m_progressRow);
    foldersLayout->addWidget(m_result);

    auto* conflictsBox = new QGroupBox(tr("Conflicts"));
    auto* conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->addWidget(m_noConflicts);
    conflictsLayout->addWidget(m_conflicts);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Sync")));
    layout->addWidget(foldersBox);
    layout->addWidget(conflictsBox, 1);

    // Automatic exchange runs on its own thread, so a long import never freezes the window.
    m_autoSync->moveToThread(m_autoThread);
    connect(m_autoThread, &QThread::finished, m_autoSync, &QObject::deleteLater);
    connect(m_autoSync, &AutoSync::exchanged, this, &SyncPage::autoExchanged);
    connect(m_autoSync, &AutoSync::failed, this, [this](const QString& folder, const QString& message) {
        m_autoStatus->setText(tr("%1: %2").arg(folderLabel(folder), message));
    });
    connect(m_autoSync, &AutoSync::scheduled, this, &SyncPage::showSchedule);
    m_autoThread->start();

    reloadSettings();
}

void SyncPage::reloadSettings() {
    if (auto settings = m_sync.settings()) m_settings = *settings;
    {
        const QSignalBlocker watchBlocker(m_watchFolders);
        const QSignalBlocker sticksBlocker(m_useSticks);
        m_watchFolders->setChecked(m_settings.watchFolders);
        m_useSticks->setChecked(m_settings.useSticks);
    }
    reload();
    restartAutoSync();
}

SyncPage::~SyncPage() {
    m_autoThread->quit();  // the AutoSync goes with its thread's last events
    m_autoThread->wait();
    // A running exchange stops at the next bundle rather than keep the page (and a locking vault) waiting.
    if (m_cancelRequested) m_cancelRequested->store(true);
    m_watcher.waitForFinished();
}

void SyncPage::addFolder(const QString& folder) {
    const QString clean = QDir::cleanPath(folder);
    if (!m_settings.folders.contains(clean)) m_settings.folders << clean;
    saveSettings();
}

void SyncPage::saveSettings() {
    if (auto saved = m_sync.setSettings(m_settings); !saved) {
        m_result->setText(saved.error().message);
        return;
    }
    reload();
    restartAutoSync();
}

void SyncPage::restartAutoSync() {
    const SyncSettings settings = m_settings;
    QMetaObject::invokeMethod(m_autoSync, [autoSync = m_autoSync, settings] { autoSync->start(settings); });
    m_autoStatus->setText(settings.watchFolders || settings.useSticks
                              ? tr("Automatic exchange is on.")
                              : tr("Automatic exchange is off: use Exchange now."));
}

void SyncPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_drivePoll.start();
}

void SyncPage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_drivePoll.stop();
}

QString SyncPage::lastExchangeText(const QString& folder) const {
    const qint64 at = m_lastExchanges.value(syncFolderKey(folder));
    return at > 0 ? tr("last exchange %1").arg(timeText(at)) : tr("no exchange yet");
}

void SyncPage::reload() {
    m_lastExchanges.clear();
    if (auto exchanges = m_sync.lastExchanges()) {
        for (const FolderExchange& exchange : *exchanges)
            m_lastExchanges.insert(exchange.folder, exchange.exchangedMs);
    }
    m_folders->clear();
    for (const QString& folder : m_settings.folders) {
        auto* item = new QListWidgetItem(
            QDir(folder).exists()
                ? tr("%1 — %2").arg(folderLabel(folder), lastExchangeText(folder))
                : tr("%1 (not reachable now) — %2").arg(folderLabel(folder), lastExchangeText(folder)));
        item->setData(Qt::UserRole, folder);
        m_folders->addItem(item);
    }
    const std::vector<RemovableDrive> drives = m_sync.drives(m_settings.stickFolder);
    m_shownDrives = driveSignature(drives);
    for (const RemovableDrive& drive : drives) {
        auto* item = new QListWidgetItem(
            drive.hasTeamFolder ? tr("USB stick %1 (team folder %2) — %3")
                                      .arg(drive.label, m_settings.stickFolder, lastExchangeText(drive.folder))
                                : tr("USB stick %1 (no team folder: create a folder named %2 on it to use it)")
                                      .arg(drive.label, m_settings.stickFolder));
        item->setData(Qt::UserRole, drive.folder);
        m_folders->addItem(item);
    }
    m_removeFolder->setEnabled(false);
    m_noFolders->setText(tr("No folder yet and no stick plugged in. Press Add folder for a shared folder, or plug in "
                            "a USB stick with a folder named %1 on it.")
                             .arg(m_settings.stickFolder));
    m_noFolders->setVisible(m_folders->count() == 0);
    m_folders->setVisible(m_folders->count() > 0);
    reloadConflicts();
}

bool SyncPage::isExchanging() const {
    return m_exchanging;
}

void SyncPage::exchangeNow() {
    if (isExchanging()) return;
    const QStringList folders = reachableFolders(m_sync, m_settings, ExchangeTrigger::Manual);
    if (folders.isEmpty()) {
        m_result->setText(tr("No folder or team stick is reachable now. Add a folder, or plug in the team's stick."));
        return;
    }
    m_exchanging = true;
    m_exchange->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Exchanging…"));
    m_progressRow->show();
    m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancelRequested;
    // Progress crosses to the GUI thread queued; a page gone meanwhile simply drops it.
    const QPointer<SyncPage> page(this);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [&sync = m_sync, folders, cancel, page]() {
        Outcome outcome;
        for (const QString& folder : folders) {
            const SyncProgress progress = [&folder, &cancel, &page](int done, int total) {
                QMetaObject::invokeMethod(page, [page, folder, done, total] {
                    if (page) page->showProgress(folder, done, total);
                });
                return !cancel->load();
            };
            auto exchange = sync.exchange(folder, progress);
            if (!exchange) {
                outcome.failures << tr("%1: %2").arg(folderLabel(folder), exchange.error().message);
                continue;
            }
            outcome.reports.emplace_back(folder, exchange->received);
            if (exchange->received.cancelled) {
                outcome.cancelled = true;
                break;
            }
        }
        return outcome;
    }));
}

void SyncPage::cancelExchange() {
    if (!m_exchanging || !m_cancelRequested) return;
    m_cancelRequested->store(true);
    m_cancel->setEnabled(false);
    m_progressLabel->setText(tr("Stopping after this bundle…"));
}

void SyncPage::showProgress(const QString& folder, int done, int total) {
    if (!m_exchanging || !m_cancel->isEnabled()) return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progressLabel->setText(
        tr("%1: bundle %2 of %3").arg(folderLabel(folder)).arg(std::min(done + 1, total)).arg(total));
}

void SyncPage::finishExchange() {
    m_exchanging = false;
    m_progressRow->hide();
    m_exchange->setEnabled(true);
    showOutcome(m_watcher.result());
    reload();
}

void SyncPage::showSchedule(qint64 atMs) {
    m_schedule->setText(atMs > 0 ? tr("Next automatic round: %1.").arg(timeText(atMs)) : QString());
    m_schedule->setVisible(atMs > 0);
}

void SyncPage::showOutcome(const Outcome& outcome) {
    int read = 0;
    int applied = 0;
    QStringList problems = outcome.failures;
    for (const auto& [folder, report] : outcome.reports) {
        read += report.read;
        applied += report.applied;
        for (const auto& rejection : report.rejected)
            problems << tr("A file in %1 was not accepted: %2").arg(folderLabel(folder), rejection.reason);
        problems << report.warnings;
    }
    QStringList lines;
    if (outcome.cancelled) {
        lines << tr("Stopped at %1. What was read so far is kept; your changes were not written this time.")
                     .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        lines << tr("Received %n change(s)", nullptr, applied) + QLatin1Char(' ') +
                     tr("from %n bundle(s).", nullptr, read);
    } else {
        lines << tr("Done at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        lines << tr("Received %n change(s)", nullptr, applied) + QLatin1Char(' ') +
                     tr("from %n bundle(s); your changes are in the folder for the others.", nullptr, read);
    }
    const int conflicts = outcome.reports.empty() ? 0 : outcome.reports.back().second.conflicts;
    if (conflicts > 0) lines << tr("%n conflict(s) wait for someone to choose (below).", nullptr, conflicts);
    lines << problems;
    m_result->setText(lines.join(QLatin1Char('\n')));
}

void SyncPage::autoExchanged(const QString& folder, const SyncReport& report) {
    m_autoStatus->setText(
        tr("Last automatic exchange with %1 at %2: %n change(s) received.", nullptr, report.applied)
            .arg(folderLabel(folder), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    reload();
    if (report.applied > 0) {
        QString text = tr("%n change(s) received from the team.", nullptr, report.applied);
        if (report.conflicts > 0) {
            text += QLatin1Char(' ') + tr("%n conflict(s) wait on the Sync screen.", nullptr, report.conflicts);
        }
        emit notice(text);
    }
    if (report.anyRejected()) emit notice(tr("A file in a sync folder was not accepted: see the Sync screen."));
}

void SyncPage::reloadConflicts() {
    m_conflicts->clear();
    m_shownConflicts.clear();
    auto conflicts = m_sync.conflicts();
    if (conflicts) m_shownConflicts = std::move(*conflicts);
    for (int row = 0; row < static_cast<int>(m_shownConflicts.size()); ++row) {
        const FieldConflict& conflict = m_shownConflicts[static_cast<std::size_t>(row)];
        auto* item = new QTreeWidgetItem(m_conflicts, {conflict.recordLabel, conflict.fieldLabel, QString()});
        auto* versions = new QWidget;
        auto* versionsLayout = new QVBoxLayout(versions);
        versionsLayout->setContentsMargins(0, 0, 0, 0);
        int number = 1;
        for (const ConflictVersion& version : conflict.versions) {
            const QDateTime at = QDateTime::fromString(version.at, Qt::ISODate);
            auto* keep = new QPushButton(
                tr("Keep “%1” (%2, %3)")
                    .arg(version.value, version.device, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
            keep->setObjectName(QStringLiteral("keepVersion%1_%2").arg(row).arg(number));
            connect(keep, &QPushButton::clicked, this, [this, row, number] { keepVersion(row, number); });
            versionsLayout->addWidget(keep);
            ++number;
        }
        m_conflicts->setItemWidget(item, 2, versions);
    }
    m_conflicts->setVisible(!m_shownConflicts.empty());
    m_noConflicts->setVisible(m_shownConflicts.empty());
}

void SyncPage::keepVersion(int row, int version) {
    if (row < 0 || row >= static_cast<int>(m_shownConflicts.size())) return;
    const QString id = m_shownConflicts[static_cast<std::size_t>(row)].id;
    if (auto resolved = m_sync.resolve(id, version, std::nullopt); !resolved) {
        m_result->setText(resolved.error().message);
        return;
    }
    m_result->setText(tr("Conflict resolved. The choice reaches the others with the next exchange."));
    // Later: this may run from one of the buttons reloadConflicts() replaces.
    QMetaObject::invokeMethod(this, &SyncPage::reloadConflicts, Qt::QueuedConnection);
}

}  // namespace fieldcase::ui
