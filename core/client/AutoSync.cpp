#include "core/client/AutoSync.h"

#include "core/client/SyncFolders.h"

#include <QDateTime>
#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

namespace fieldcase {

namespace {

// How often reachability (a share coming back, a stick plugged in) is checked.
constexpr int kPollMs = 3000;

}  // namespace

AutoSync::AutoSync(SyncService& sync, QObject* parent)
    : QObject(parent),
      m_sync(sync),
      m_watcher(new QFileSystemWatcher(this)),
      m_timer(new QTimer(this)),
      m_poll(new QTimer(this)) {
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString& folder) {
        // Our own export changes the folder too: a folder that looks as our last exchange left it has nothing new.
        if (QDir(folder).entryList(QDir::Files) == m_leftAs.value(folder)) return;
        exchange(folder);
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        exchangeNow();
        emit scheduled(QDateTime::currentMSecsSinceEpoch() + m_timer->interval());
    });
    connect(m_poll, &QTimer::timeout, this, &AutoSync::poll);
}

AutoSync::~AutoSync() = default;

void AutoSync::start(const SyncSettings& settings) {
    stop();
    m_settings = settings;
    if (!settings.watchFolders && !settings.useSticks) return;
    m_timer->start(settings.intervalSeconds * 1000);
    emit scheduled(QDateTime::currentMSecsSinceEpoch() + m_timer->interval());
    m_poll->start(kPollMs);
    poll();
}

void AutoSync::stop() {
    if (m_timer->isActive()) emit scheduled(0);
    m_timer->stop();
    m_poll->stop();
    if (!m_watcher->directories().isEmpty()) m_watcher->removePaths(m_watcher->directories());
    m_reachable.clear();
}

bool AutoSync::isRunning() const {
    return m_poll->isActive();
}

void AutoSync::poll() {
    const QStringList folders = reachableFolders(m_sync, m_settings, ExchangeTrigger::Automatic);
    const QSet<QString> now(folders.begin(), folders.end());
    // A folder that was not there before (a share back online, a stick just plugged in) is exchanged with at once.
    for (const QString& folder : folders) {
        if (!m_reachable.contains(folder)) {
            m_watcher->addPath(folder);
            exchange(folder);
        }
    }
    for (const QString& gone : m_reachable - now)
        m_watcher->removePath(gone);
    m_reachable = now;
}

void AutoSync::exchangeNow() {
    for (const QString& folder : reachableFolders(m_sync, m_settings, ExchangeTrigger::Automatic))
        exchange(folder);
}

void AutoSync::exchange(const QString& folder) {
    if (m_busy) return;
    m_busy = true;
    auto exchange = m_sync.exchange(folder, {});
    m_leftAs.insert(folder, QDir(folder).entryList(QDir::Files));
    if (exchange) {
        emit exchanged(folder, exchange->received);
    } else if (QDir(folder).exists()) {  // a folder that went away meanwhile is tried again when it is back
        emit failed(folder, exchange.error().message);
    }
    m_busy = false;
}

}  // namespace fieldcase
