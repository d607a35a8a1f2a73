#pragma once

#include "core/api/Changes.h"

#include <QtGlobal>

#include <map>
#include <memory>
#include <mutex>

namespace fieldcase {

// The listeners of one vault's changes. A subscription may outlive this (it then cancels nothing); once reset()
// returns, its listener is never called again, from any thread. A listener may use the vault, change it (the change
// is published at once, nested) and subscribe or unsubscribe, itself included.
class LocalChanges final : public ChangeNotifier {
public:
    LocalChanges();
    Subscription subscribe(ChangeListener listener) override;
    // Calls every listener with change, on this thread.
    void publish(const VaultChange& change);

private:
    struct Listeners {
        std::recursive_mutex mutex;  // held while listeners are called, so that a cancelled one is never called after
        std::map<quint64, ChangeListener> byId;
        quint64 nextId = 0;
    };
    std::shared_ptr<Listeners> m_listeners;
};

}  // namespace fieldcase
