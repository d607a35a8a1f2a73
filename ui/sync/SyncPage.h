#pragma once

#include "core/api/SyncService.h"

#include <QFutureWatcher>
#include <QHash>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace fieldcase {
class AutoSync;
}

namespace fieldcase::ui {

// Sync: the folders and sticks this laptop exchanges with, automatic exchange on or off, "Exchange now" with the
// result in plain words, and the conflicts inbox. Exchanges run on a worker thread (the services serialise access to
// the vault), and nothing shown here contains record content except the conflicting values themselves.
class SyncPage : public QWidget {
    Q_OBJECT

public:
    // sync must outlive the page.
    explicit SyncPage(SyncService& sync, QWidget* parent = nullptr);
    ~SyncPage() override;

    // Adds a shared folder to exchange with (the "Add folder…" button asks for one).
    void addFolder(const QString& folder);
    // Exchanges with every configured folder and team stick reachable now, with a progress bar.
    void exchangeNow();
    // Stops a running "Exchange now" before the next bundle; what was read stays applied.
    void cancelExchange();
    // Keeps version (1-based) of the conflict shown at row.
    void keepVersion(int row, int version);
    // Reloads folders, drives and conflicts.
    void reload();
    // Reads the settings again (changed on the Settings screen) and restarts automatic exchange with them.
    void reloadSettings();
    // From "Exchange now" until its result is shown.
    bool isExchanging() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

signals:
    // Something a person should notice while looking elsewhere (changes received, a conflict): counts only, never
    // record content, as it may be shown outside the window.
    void notice(const QString& text);

private:
    struct Outcome {
        std::vector<std::pair<QString, SyncReport>> reports;
        QStringList failures;
        bool cancelled = false;
    };

    void saveSettings();
    void finishExchange();
    void showOutcome(const Outcome& outcome);
    void autoExchanged(const QString& folder, const SyncReport& report);
    void restartAutoSync();
    void reloadConflicts();
    void showProgress(const QString& folder, int done, int total);
    void showSchedule(qint64 atMs);
    QString lastExchangeText(const QString& folder) const;

    SyncService& m_sync;
    SyncSettings m_settings;
    QListWidget* m_folders;
    QLabel* m_noFolders;
    QPushButton* m_removeFolder;
    QCheckBox* m_watchFolders;
    QCheckBox* m_useSticks;
    QPushButton* m_exchange;
    QWidget* m_progressRow;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_result;
    QLabel* m_autoStatus;
    QLabel* m_schedule;
    QHash<QString, qint64> m_lastExchanges;
    // While the page is shown, a stick plugged in or pulled out appears in the list within seconds.
    QTimer m_drivePoll;
    QStringList m_shownDrives;  // folder (as the core keys it) → when this laptop last exchanged there
    QTreeWidget* m_conflicts;
    QLabel* m_noConflicts;
    std::vector<FieldConflict> m_shownConflicts;
    // Its own threads, joined when the page goes (with the workspace, on lock): nothing that touched the vault
    // outlives it.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
    bool m_exchanging = false;
    QThread* m_autoThread;
    AutoSync* m_autoSync;
};

}  // namespace fieldcase::ui
