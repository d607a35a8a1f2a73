#include "ui/models/ChangeWatch.h"

#include <QMetaObject>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace fieldcase::ui {

bool ChangeInterest::matches(const VaultChange& change) const {
    return (team && change.team) || (syncFinished && change.syncFinished) ||
           std::any_of(kinds.begin(), kinds.end(), [&](const QString& kind) { return change.touches(kind); });
}

ChangeWatch::ChangeWatch(ChangeNotifier& changes, ChangeInterest interest, QWidget* view, std::function<void()> refresh)
    : QObject(view), m_interest(std::move(interest)), m_refresh(std::move(refresh)) {
    // Called on the thread that made the change; the refresh is posted to this object's (the GUI) thread, and is
    // dropped if this is gone by then.
    m_subscription = changes.subscribe([this](const VaultChange& change) {
        if (!m_interest.matches(change) || m_posted.exchange(true)) return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_posted = false;
                m_refresh();
            },
            Qt::QueuedConnection);
    });
}

ChangeWatch::~ChangeWatch() {
    m_subscription.reset();  // before the members the listener uses go
}

}  // namespace fieldcase::ui
