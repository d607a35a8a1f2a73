#pragma once

#include <QStringList>

#include <functional>
#include <utility>

namespace fieldcase {

// What one call of the facade changed in the vault: every view that shows it refreshes itself from this, whoever
// made the change (this laptop's worker, an exchange, automatic exchange on another thread, the CLI's watch).
struct VaultChange {
    QStringList recordKinds;    // kinds of record created, edited, archived, restored or purged ("case", "person"...)
    bool team = false;          // the team: members, roles, requests, alarms, held purges
    bool syncFinished = false;  // an exchange or import finished (last exchanges, conflicts, what arrived)

    bool touches(const QString& kind) const { return recordKinds.contains(kind); }
    bool isEmpty() const { return recordKinds.isEmpty() && !team && !syncFinished; }
};

// A listener's hold on a ChangeNotifier: the listener is called until this is reset or destroyed. Move-only.
class Subscription {
public:
    Subscription() = default;
    explicit Subscription(std::function<void()> cancel) : m_cancel(std::move(cancel)) {}
    ~Subscription() { reset(); }
    Subscription(Subscription&& other) noexcept : m_cancel(std::exchange(other.m_cancel, {})) {}
    Subscription& operator=(Subscription&& other) noexcept {
        if (this != &other) {
            reset();
            m_cancel = std::exchange(other.m_cancel, {});
        }
        return *this;
    }
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;

    void reset() {
        if (auto cancel = std::exchange(m_cancel, {})) cancel();
    }

private:
    std::function<void()> m_cancel;
};

using ChangeListener = std::function<void(const VaultChange&)>;

// Tells listeners what changed, once per facade call that changed something, after the call let the vault go: on
// the thread that made the call. A listener should be quick; a GUI posts the change to its own thread and refreshes
// there. Once a Subscription is reset, its listener is not called again.
class ChangeNotifier {
public:
    virtual ~ChangeNotifier() = default;
    [[nodiscard]] virtual Subscription subscribe(ChangeListener listener) = 0;
};

}  // namespace fieldcase
