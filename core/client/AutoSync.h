#pragma once

#include "core/api/SyncService.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace fieldcase {

// Sync without the worker remembering to (docs/sync-protocol.md, "Sticks and watching"): the configured folders are
// exchanged with when they become reachable, when their content changes and on a timer; a USB stick carrying the
// team's folder is exchanged with when it is plugged in. Each exchange is an import followed by an export. It calls
// the SyncService on the thread it lives on, one exchange at a time.
class AutoSync : public QObject {
    Q_OBJECT
public:
    explicit AutoSync(SyncService& sync, QObject* parent = nullptr);
    ~AutoSync() override;

    // Starts (or restarts) watching with these settings; stops when both folders and sticks are off.
    void start(const SyncSettings& settings);
    void stop();
    bool isRunning() const;

    // Exchanges with every reachable folder (and team stick) now.
    void exchangeNow();

signals:
    // After an exchange with folder; report as the import gave it.
    void exchanged(const QString& folder, const SyncReport& report);
    // An exchange that could not run (an unreachable folder is not reported: it is tried again).
    void failed(const QString& folder, const QString& message);
    // When the timer exchanges with every reachable folder next (ms since the epoch); 0 when it is off.
    void scheduled(qint64 atMs);

private:
    void exchange(const QString& folder);
    void poll();

    SyncService& m_sync;
    SyncSettings m_settings;
    QFileSystemWatcher* m_watcher;
    QTimer* m_timer;
    QTimer* m_poll;
    QSet<QString> m_reachable;             // folders and stick folders reachable at the last poll
    QHash<QString, QStringList> m_leftAs;  // per folder, its files as our last exchange left them
    bool m_busy = false;
};

}  // namespace fieldcase
