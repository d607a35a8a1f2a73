#include "core/services/LocalChanges.h"

#include <utility>
#include <vector>

namespace fieldcase {

LocalChanges::LocalChanges() : m_listeners(std::make_shared<Listeners>()) {}

Subscription LocalChanges::subscribe(ChangeListener listener) {
    const std::lock_guard guard(m_listeners->mutex);
    const quint64 id = m_listeners->nextId++;
    m_listeners->byId.emplace(id, std::move(listener));
    return Subscription([weak = std::weak_ptr<Listeners>(m_listeners), id] {
        if (const auto listeners = weak.lock()) {
            const std::lock_guard cancelling(listeners->mutex);
            listeners->byId.erase(id);
        }
    });
}

void LocalChanges::publish(const VaultChange& change) {
    const std::lock_guard guard(m_listeners->mutex);
    // The listeners of now, each looked up again before its call: one may cancel another, or itself.
    std::vector<quint64> ids;
    ids.reserve(m_listeners->byId.size());
    for (const auto& entry : m_listeners->byId)
        ids.push_back(entry.first);
    for (const quint64 id : ids) {
        const auto found = m_listeners->byId.find(id);
        if (found == m_listeners->byId.end()) continue;
        const ChangeListener listener = found->second;  // a copy: cancelling it from inside must not destroy it
        listener(change);
    }
}

}  // namespace fieldcase
