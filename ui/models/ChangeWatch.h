#pragma once

#include "core/api/Changes.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>

class QWidget;

namespace fieldcase::ui {

// What a view shows, for ChangeWatch: kinds of record, the team, the end of an exchange.
struct ChangeInterest {
    QStringList kinds;
    bool team = false;
    bool syncFinished = false;

    bool matches(const VaultChange& change) const;
};

// Refreshes a view after every change it shows, whoever made it and on whatever thread (the worker's edit, an
// exchange, automatic exchange): posted to the GUI thread, where changes that came faster than it takes them make
// one refresh. A child of the view: it goes with it.
class ChangeWatch final : public QObject {
public:
    ChangeWatch(ChangeNotifier& changes, ChangeInterest interest, QWidget* view, std::function<void()> refresh);
    ~ChangeWatch() override;

private:
    const ChangeInterest m_interest;
    std::function<void()> m_refresh;
    std::atomic<bool> m_posted = false;  // a refresh is on its way to the GUI thread
    Subscription m_subscription;
};

}  // namespace fieldcase::ui
