#include "ui/settings/BackupScheduler.h"

#include "core/api/VaultService.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fieldcase::ui {

BackupScheduler::BackupScheduler(VaultService& vault, QObject* parent)
    : QObject(parent), m_vault(vault), m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::check);
    connect(&m_running, &QFutureWatcherBase::finished, this, &BackupScheduler::finished);
    m_timer->start(kCheckEveryMs);
    QTimer::singleShot(kFirstCheckMs, this, &BackupScheduler::check);
}

BackupScheduler::~BackupScheduler() {
    if (m_running.isRunning()) m_running.waitForFinished();
}

void BackupScheduler::check() {
    if (m_running.isRunning()) return;
    m_running.setFuture(QtConcurrent::run([&vault = m_vault] { return vault.backupIfDue(); }));
}

void BackupScheduler::finished() {
    const Result<QString> file = m_running.result();
    if (!file) {
        Q_EMIT failed(file.error().message);
    } else if (!file->isEmpty()) {
        Q_EMIT written(*file);
    }
}

}  // namespace fieldcase::ui
