#pragma once

#include "core/api/SyncService.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QThread;
class QTreeWidget;

namespace fieldcase {
class AutoSync;
}

namespace fieldcase::ui {

class BusyIndicator;

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
    // Exchanges with every configured folder and team stick reachable now.
    void exchangeNow();
    // Keeps version (1-based) of the conflict shown at row.
    void keepVersion(int row, int version);
    // Reloads folders, drives and conflicts.
    void reload();
    // Reads the settings again (changed on the Settings screen) and restarts automatic exchange with them.
    void reloadSettings();
    // From "Exchange now" until its result is shown.
    bool isExchanging() const;

signals:
    // An exchange (by hand or automatic) finished; records may have changed.
    void exchanged();

private:
    struct Outcome {
        std::vector<std::pair<QString, SyncReport>> reports;
        QStringList failures;
    };

    void saveSettings();
    void finishExchange();
    void showOutcome(const Outcome& outcome);
    void autoExchanged(const QString& folder, const SyncReport& report);
    void restartAutoSync();
    void reloadConflicts();
    QStringList reachableFolders() const;

    SyncService& m_sync;
    SyncSettings m_settings;
    QListWidget* m_folders;
    QPushButton* m_removeFolder;
    QCheckBox* m_watchFolders;
    QCheckBox* m_useSticks;
    QPushButton* m_exchange;
    BusyIndicator* m_busy;
    QLabel* m_result;
    QLabel* m_autoStatus;
    QTreeWidget* m_conflicts;
    QLabel* m_noConflicts;
    std::vector<FieldConflict> m_shownConflicts;
    // Its own threads, joined when the page goes (with the workspace, on lock): nothing that touched the vault
    // outlives it.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    bool m_exchanging = false;
    QThread* m_autoThread;
    AutoSync* m_autoSync;
};

}  // namespace fieldcase::ui
