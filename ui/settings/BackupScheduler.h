#pragma once

#include "core/base/Result.h"

#include <QFutureWatcher>
#include <QObject>

class QTimer;

namespace fieldcase {
class VaultService;
}

namespace fieldcase::ui {

// Runs the backup schedule (Settings, "Backups") while the vault is open: a minute after it opens and then every
// ten minutes it asks the vault for a backup if one is due, on a worker thread. Lives as long as the workspace, so a
// locked vault writes none; the next unlock catches up.
class BackupScheduler : public QObject {
    Q_OBJECT

public:
    static constexpr int kFirstCheckMs = 60 * 1000;
    static constexpr int kCheckEveryMs = 10 * 60 * 1000;

    // The vault service must outlive the scheduler.
    explicit BackupScheduler(VaultService& vault, QObject* parent = nullptr);
    // Waits for a backup being written.
    ~BackupScheduler() override;

    // Asks now (the timer's turn).
    void check();
    // A check is running on the worker thread.
    bool isChecking() const { return m_running.isRunning(); }

signals:
    void written(const QString& file);
    void failed(const QString& message);

private:
    void finished();

    VaultService& m_vault;
    QTimer* m_timer;
    QFutureWatcher<Result<QString>> m_running;
};

}  // namespace fieldcase::ui
