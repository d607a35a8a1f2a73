#include "core/sync/team/MembershipFold.h"

#include "core/crypto/Hash.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace fieldcase::sync {

namespace {

// An event and where it stands in the causal graph.
struct Node {
    const FoldedEvent* folded = nullptr;
    std::vector<int> parents;  // its predecessor in its signer's chain and the events it names as seen
    std::vector<int> children;
    bool whole = true;        // every parent present with the hash it names
    bool held = false;        // whole, parents held, signature verified
    LogVector past;           // per signer the highest seq in its causal past, itself included
    QByteArray verifiedWith;  // the identity key its signature verified with
    const MembershipEvent& event() const { return folded->event; }
};

quint64 seenIn(const LogVector& past, const QByteArray& signer) {
    const auto it = past.find(signer);
    return it == past.end() ? 0 : it->second;
}

// `earlier` is in the causal past of `later` (and is not `later`).
bool precedes(const Node& earlier, const Node& later) {
    const MembershipEvent& e = earlier.event();
    if (e.signer == later.event().signer && e.seq == later.event().seq) return false;
    return seenIn(later.past, e.signer) >= e.seq;
}

bool concurrent(const Node& a, const Node& b) {
    return &a != &b && !precedes(a, b) && !precedes(b, a);
}

// The subject of an event about the whole team (its retention rules).
const QByteArray kTeamSubject(16, '\0');

// The retention rules that count: of the counted Retention events, those no other counted one had seen; of those
// (set concurrently by two coordinators), the one with the lower hash, as every laptop computes alike.
std::optional<RetentionRules> retentionOf(const std::vector<Node>& nodes, const std::vector<int>& counted) {
    std::optional<int> chosen;
    for (int index : counted) {
        if (nodes[index].event().kind != MembershipEvent::Retention) continue;
        const bool superseded = std::any_of(counted.begin(), counted.end(), [&](int other) {
            return nodes[other].event().kind == MembershipEvent::Retention && precedes(nodes[index], nodes[other]);
        });
        if (superseded) continue;
        if (!chosen || nodes[index].folded->hash < nodes[*chosen].folded->hash) chosen = index;
    }
    if (!chosen) return std::nullopt;
    const MembershipEvent& event = nodes[*chosen].event();
    return RetentionRules{event.closedCaseMonths, event.attachmentMonths, event.signer, event.atMs};
}

// The erasures of people as the log says: requested by any member, counted when a coordinator signed them,
// effective within the signer's weekly allowance (by its own clock and the order of its own events) or when two
// coordinators signed.
std::map<QByteArray, ErasureState> erasuresOf(const std::vector<Node>& nodes, const std::vector<int>& order,
                                              const std::set<int>& counted) {
    constexpr quint64 kWeekMs = 7ULL * 24 * 60 * 60 * 1000;
    std::map<QByteArray, ErasureState> erasures;
    std::map<QByteArray, std::vector<int>> countedBySigner;
    for (int index : order) {
        const MembershipEvent& event = nodes[index].event();
        if (event.kind != MembershipEvent::Erasure) continue;
        ErasureState& erasure = erasures[event.subject];
        if (erasure.requestedBy.isEmpty()) {
            erasure.requestedBy = event.signer;
            erasure.requestedAtMs = event.atMs;
        }
        if (counted.count(index) == 0) continue;
        erasure.confirmedBy.insert(event.signer);
        erasure.events.push_back(nodes[index].folded->hash);
        for (const ErasedRecord& record : event.erased)
            erasure.records.insert({record.table, record.id});
        countedBySigner[event.signer].push_back(index);
    }
    for (auto& [signer, indices] : countedBySigner) {
        std::sort(indices.begin(), indices.end(),
                  [&](int a, int b) { return nodes[a].event().seq < nodes[b].event().seq; });
        for (std::size_t i = 0; i < indices.size(); ++i) {
            const MembershipEvent& event = nodes[indices[i]].event();
            const auto inWeek =
                std::count_if(indices.begin(), indices.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                              [&](int earlier) { return nodes[earlier].event().atMs + kWeekMs > event.atMs; });
            if (inWeek <= kErasuresAlonePerWeek) erasures[event.subject].effective = true;
        }
    }
    for (auto& [person, erasure] : erasures) {
        if (erasure.confirmedBy.size() >= 2) erasure.effective = true;
    }
    return erasures;
}

bool isGenesis(const MembershipEvent& event, const QByteArray& founderId) {
    return event.kind == MembershipEvent::Add && event.seq == 1 && event.signer == founderId &&
           event.subject == founderId && event.role == Role::Coordinator && event.seen.empty() && !founderId.isEmpty();
}

// What a device says of itself (a new bundle key, a duress, its travel release key): anyone admitted may, about itself
// only.
bool isOwnReport(const MembershipEvent& event) {
    return event.kind == MembershipEvent::BoxKey || event.kind == MembershipEvent::Duress ||
           event.kind == MembershipEvent::Travel;
}

bool isStripping(const MembershipEvent& event) {
    return event.kind == MembershipEvent::Remove ||
           (event.kind == MembershipEvent::SetRole && event.role == Role::FieldWorker);
}

// One replay of the events in causal order with a given set of settled removals and demotions.
class Replay {
public:
    Replay(const std::vector<Node>& nodes, const std::vector<int>& order, const QByteArray& founderId)
        : m_nodes(nodes), m_order(order), m_founderId(founderId) {}

    // applied: strippings whose cut-off holds; rejected: strippings that lost a conflict and do not count.
    void run(const std::vector<int>& applied, const std::set<int>& rejected) {
        std::map<QByteArray, std::vector<int>> appliedBySubject;
        for (int index : applied)
            appliedBySubject[m_nodes[index].event().subject].push_back(index);
        for (int index : m_order) {
            if (rejected.count(index) != 0) continue;
            const Node& node = m_nodes[index];
            const MembershipEvent& event = node.event();
            const bool coordinatorAct = !isOwnReport(event);
            // Cut off: a settled removal (or, for a coordinator's act, demotion) of its signer had not seen it.
            bool cut = false;
            const auto strippedBy = appliedBySubject.find(event.signer);
            if (strippedBy != appliedBySubject.end()) {
                for (int stripping : strippedBy->second) {
                    const bool removal = m_nodes[stripping].event().kind == MembershipEvent::Remove;
                    if ((removal || coordinatorAct) && concurrent(m_nodes[stripping], node)) cut = true;
                }
            }
            if (cut || !counts(node)) continue;
            m_counted.insert(index);
            auto& touching = m_bySubject[event.subject];
            switch (event.kind) {
                case MembershipEvent::Add:
                    touching.adds.push_back(index);
                    if (m_seniority.count(event.subject) == 0) {
                        const int rank = static_cast<int>(m_seniority.size());
                        m_seniority[event.subject] = rank;
                    }
                    break;
                case MembershipEvent::Remove:
                    touching.removes.push_back(index);
                    break;
                case MembershipEvent::SetRole:
                    touching.roles.push_back(index);
                    break;
                case MembershipEvent::BoxKey:
                    touching.boxKeys.push_back(index);
                    break;
                case MembershipEvent::Duress:
                    touching.duress.push_back(index);
                    break;
                case MembershipEvent::Travel:
                    break;  // read when a coordinator releases the laptop (Team::travelRelease)
                case MembershipEvent::Retention:
                    break;  // settled over all counted ones at the end (retentionOf)
                case MembershipEvent::Erasure:
                    break;  // settled over all held ones at the end (erasuresOf)
            }
            if (isStripping(event)) m_strippings.push_back(index);
        }
    }

    bool counted(int index) const { return m_counted.count(index) != 0; }
    const std::vector<int>& strippings() const { return m_strippings; }
    int seniority(const QByteArray& device) const {
        const auto it = m_seniority.find(device);
        return it == m_seniority.end() ? std::numeric_limits<int>::max() : it->second;
    }

    std::map<QByteArray, MemberState> devices() const {
        std::map<QByteArray, MemberState> result;
        for (const auto& [deviceId, touching] : m_bySubject) {
            if (touching.adds.empty()) continue;
            const MembershipEvent& admission = m_nodes[touching.adds.front()].event();
            MemberState state;
            state.signPublicKey = admission.signPublicKey;
            state.boxPublicKey = admission.boxPublicKey;
            state.boxKeyGeneration = admission.boxKeyGeneration;
            state.name = admission.name;
            state.seniority = seniority(deviceId);
            state.admittedBy = admission.signer;
            state.admittedAtMs = admission.atMs;
            state.role = roleOf(touching, nullptr);
            for (int index : touching.boxKeys) {
                const MembershipEvent& rotation = m_nodes[index].event();
                if (rotation.boxKeyGeneration > state.boxKeyGeneration) {
                    state.boxKeyGeneration = rotation.boxKeyGeneration;
                    state.boxPublicKey = rotation.boxPublicKey;
                }
            }
            for (int index : touching.duress)
                state.duressAtMs = std::max(state.duressAtMs, m_nodes[index].event().duressAtMs);
            for (int index : touching.removes) {
                const MembershipEvent& removal = m_nodes[index].event();
                if (!state.removed) {
                    state.removedBy = removal.signer;
                    state.removedAtMs = removal.atMs;
                    state.cutoffSeq = removal.cutoffSeq;
                }
                state.removed = true;
                state.cutoffSeq = std::min(state.cutoffSeq, removal.cutoffSeq);
            }
            // Two admissions that give one id different keys (never an honest coordinator's doing): trust neither.
            for (int index : touching.adds) {
                const MembershipEvent& other = m_nodes[index].event();
                if (other.signPublicKey == admission.signPublicKey) continue;
                if (!state.removed) {
                    state.removedBy = other.signer;
                    state.removedAtMs = other.atMs;
                }
                state.removed = true;
                state.cutoffSeq = 0;
            }
            result.emplace(deviceId, std::move(state));
        }
        return result;
    }

private:
    struct Touching {
        std::vector<int> adds, removes, roles, boxKeys, duress;  // counted events about the device, causal order
    };

    // Whether the event's signer could sign it, judged in the event's causal past.
    bool counts(const Node& node) const {
        const MembershipEvent& event = node.event();
        if (isGenesis(event, m_founderId)) return true;
        if ((event.subject == event.signer) != isOwnReport(event)) return false;
        const auto signer = m_bySubject.find(event.signer);
        if (signer == m_bySubject.end() || !admittedWith(signer->second, node, node.verifiedWith) ||
            removedBefore(signer->second, node))
            return false;
        if (event.kind == MembershipEvent::BoxKey) return event.boxKeyGeneration > 0;
        if (event.kind == MembershipEvent::Duress) return event.duressAtMs > 0;
        if (event.kind == MembershipEvent::Travel) return event.travelGeneration > 0;
        if (roleOf(signer->second, &node) != Role::Coordinator) return false;
        const auto subject = m_bySubject.find(event.subject);
        const bool subjectKnown = subject != m_bySubject.end() && admittedWith(subject->second, node, QByteArray());
        switch (event.kind) {
            case MembershipEvent::Add:
                // A removed device is not admitted again, and a known one never under other keys.
                return !subjectKnown || (admittedWith(subject->second, node, event.signPublicKey) &&
                                         !removedBefore(subject->second, node));
            case MembershipEvent::Remove:
                return subjectKnown;
            case MembershipEvent::SetRole:
                return subjectKnown && !removedBefore(subject->second, node);
            case MembershipEvent::Retention:
                return event.subject == kTeamSubject;
            case MembershipEvent::Erasure:
                return true;  // a coordinator's; a field worker's asks for one and is held uncounted
            case MembershipEvent::BoxKey:
            case MembershipEvent::Duress:
            case MembershipEvent::Travel:
                break;
        }
        return false;
    }

    // An admission of the device is in the node's past; with `key` given, every one there carries that key.
    bool admittedWith(const Touching& touching, const Node& node, const QByteArray& key) const {
        bool admitted = false;
        for (int index : touching.adds) {
            if (!precedes(m_nodes[index], node)) continue;
            admitted = true;
            if (!key.isEmpty() && m_nodes[index].event().signPublicKey != key) return false;
        }
        return admitted;
    }

    bool removedBefore(const Touching& touching, const Node& node) const {
        return std::any_of(touching.removes.begin(), touching.removes.end(),
                           [&](int index) { return precedes(m_nodes[index], node); });
    }

    // The device's role from its first admission and its role changes (those in the node's past, or all): the
    // latest in causal order; concurrent ones that disagree give the lower role.
    Role roleOf(const Touching& touching, const Node* node) const {
        std::vector<int> setters;
        for (int index : touching.adds) {
            if (node == nullptr || precedes(m_nodes[index], *node)) {
                setters.push_back(index);
                break;
            }
        }
        for (int index : touching.roles) {
            if (node == nullptr || precedes(m_nodes[index], *node)) setters.push_back(index);
        }
        std::optional<Role> role;
        for (int candidate : setters) {
            const bool superseded = std::any_of(setters.begin(), setters.end(), [&](int other) {
                return precedes(m_nodes[candidate], m_nodes[other]);
            });
            if (superseded) continue;
            const Role said = m_nodes[candidate].event().role;
            role = role && *role != said ? Role::FieldWorker : said;
        }
        return role.value_or(Role::FieldWorker);
    }

    const std::vector<Node>& m_nodes;
    const std::vector<int>& m_order;
    const QByteArray& m_founderId;
    std::set<int> m_counted;
    std::vector<int> m_strippings;
    std::map<QByteArray, Touching> m_bySubject;
    std::map<QByteArray, int> m_seniority;
};

}  // namespace

std::vector<FoldedEvent> decodeEvents(const std::vector<SignedEvent>& events) {
    std::vector<FoldedEvent> decoded;
    for (const SignedEvent& signedEvent : events) {
        auto event = MembershipEvent::decode(signedEvent.body);
        if (event) decoded.push_back({signedEvent, std::move(*event), signedEvent.hash()});
    }
    return decoded;
}

QByteArray founderOf(const std::vector<FoldedEvent>& events) {
    QByteArray founder;
    for (const FoldedEvent& folded : events) {
        const MembershipEvent& event = folded.event;
        if (!isGenesis(event, event.signer)) continue;
        if (!founder.isEmpty() && founder != event.signer) return {};
        founder = event.signer;
    }
    return founder;
}

TeamFold foldMembership(const std::vector<FoldedEvent>& events, const QByteArray& teamId, const QByteArray& founderId) {
    // Canonical input: one event per (signer, seq) — the lowest hash, should a forger have signed two — in hash
    // order, so nothing below depends on the order the events came in.
    std::map<std::pair<QByteArray, quint64>, const FoldedEvent*> byPosition;
    std::map<std::pair<QByteArray, quint64>, std::set<QByteArray>> versionsAt;  // every version met at a position
    for (const FoldedEvent& folded : events) {
        if (folded.event.teamId != teamId) continue;
        auto& slot = byPosition[{folded.event.signer, folded.event.seq}];
        if (slot == nullptr || folded.hash < slot->hash) slot = &folded;
        versionsAt[{folded.event.signer, folded.event.seq}].insert(folded.hash);
    }
    std::vector<Node> nodes;
    for (const auto& entry : byPosition) {
        Node node;
        node.folded = entry.second;
        nodes.push_back(std::move(node));
    }
    std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.folded->hash < b.folded->hash; });
    std::map<std::pair<QByteArray, quint64>, int> indexOf;
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i)
        indexOf[{nodes[i].event().signer, nodes[i].event().seq}] = i;

    // The causal graph: each event's parents, which must be present with the hash it names. An event of another
    // signer may name a version of a forked position that is not kept: it saw that position, and links to the version
    // kept (a past is per signer and number) — otherwise an honest laptop that met the other version first would
    // sign events no laptop holds, and its reports (duress, travel keys) would never count. A signer's own chain must
    // name the kept version: a forker's other branch stays out.
    const QByteArray noHash(crypto::kHashSize, '\0');
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
        Node& node = nodes[i];
        const MembershipEvent& event = node.event();
        auto link = [&](const QByteArray& signer, quint64 seq, const QByteArray& hash) {
            const auto parent = indexOf.find({signer, seq});
            const bool named =
                parent != indexOf.end() && (nodes[parent->second].folded->hash == hash ||
                                            (signer != event.signer && versionsAt[{signer, seq}].count(hash) != 0));
            if (!named) {
                node.whole = false;
                return;
            }
            node.parents.push_back(parent->second);
            nodes[parent->second].children.push_back(i);
        };
        if (event.seq == 1) {
            node.whole = event.prevHash == noHash;
        } else {
            link(event.signer, event.seq - 1, event.prevHash);
        }
        for (const EventRef& ref : event.seen)
            link(ref.signer, ref.seq, ref.hash);
    }

    // A causal order (parents first; among events ready together, the lowest hash first), in which each event's
    // past and signature are settled: its signer's key comes from an admission the event's signer had seen.
    std::vector<int> waiting(nodes.size());
    std::set<std::pair<QByteArray, int>> ready;
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
        waiting[i] = static_cast<int>(nodes[i].parents.size());
        if (waiting[i] == 0 && nodes[i].whole) ready.insert({nodes[i].folded->hash, i});
    }
    std::vector<int> order;
    std::map<QByteArray, std::vector<int>> heldAdmissions;  // subject -> held Adds, in causal order
    while (!ready.empty()) {
        const int i = ready.begin()->second;
        ready.erase(ready.begin());
        Node& node = nodes[i];
        const MembershipEvent& event = node.event();
        node.held = node.whole;
        for (int parent : node.parents) {
            node.held = node.held && nodes[parent].held;
            for (const auto& [signer, seq] : nodes[parent].past)
                node.past[signer] = std::max(node.past[signer], seq);
        }
        node.past[event.signer] = event.seq;
        if (node.held) {
            node.held = false;
            if (isGenesis(event, founderId)) {
                if (verifyEvent(node.folded->signedEvent, event.signPublicKey)) node.verifiedWith = event.signPublicKey;
            } else {
                for (int admission : heldAdmissions[event.signer]) {
                    const QByteArray& key = nodes[admission].event().signPublicKey;
                    if (precedes(nodes[admission], node) && verifyEvent(node.folded->signedEvent, key)) {
                        node.verifiedWith = key;
                        break;
                    }
                }
            }
            node.held = !node.verifiedWith.isEmpty();
        }
        if (node.held) {
            order.push_back(i);
            if (event.kind == MembershipEvent::Add) heldAdmissions[event.subject].push_back(i);
        }
        for (int child : node.children) {
            if (--waiting[child] == 0 && nodes[child].whole) ready.insert({nodes[child].folded->hash, child});
        }
    }

    // Settle removals and demotions one at a time, the most senior signer's first: each cuts off the events of
    // its subject it had not seen, which may void others (a removed coordinator's own removals among them). One
    // that stops counting once others are settled is dropped for good, so this ends after at most twice as many
    // replays as there are removals and demotions.
    std::map<int, int> positionOf;
    for (int position = 0; position < static_cast<int>(order.size()); ++position)
        positionOf[order[position]] = position;
    std::optional<Replay> replayed;
    std::vector<int> applied;
    std::set<int> rejected;
    for (;;) {
        const Replay& replay = replayed.emplace(nodes, order, founderId);
        replayed->run(applied, rejected);
        const auto lost =
            std::find_if(applied.begin(), applied.end(), [&](int index) { return !replay.counted(index); });
        if (lost != applied.end()) {
            rejected.insert(*lost);
            applied.erase(lost);
            continue;
        }
        std::optional<int> next;
        std::pair<int, int> nextRank{0, 0};
        for (int index : replay.strippings()) {
            if (std::find(applied.begin(), applied.end(), index) != applied.end()) continue;
            const auto rank = std::pair(replay.seniority(nodes[index].event().signer), positionOf[index]);
            if (!next || rank < nextRank) {
                next = index;
                nextRank = rank;
            }
        }
        if (!next) break;
        applied.push_back(*next);
    }

    const Replay& replay = *replayed;
    TeamFold fold;
    std::map<QByteArray, int> headIndex;  // signer -> its newest held event
    fold.devices = replay.devices();
    for (int index : order) {
        const Node& node = nodes[index];
        fold.held.insert(node.folded->hash);
        if (replay.counted(index)) fold.counted.insert(node.folded->hash);
        const MembershipEvent& event = node.event();
        auto& head = fold.heads[event.signer];
        if (event.seq > head.seq) {
            head = EventRef{event.signer, event.seq, node.folded->hash};
            headIndex[event.signer] = index;
        }
    }
    for (const auto& [signer, index] : headIndex)
        fold.pastOfHead[signer] = nodes[index].past;
    std::vector<int> counted;
    for (int index : order) {
        if (replay.counted(index)) counted.push_back(index);
    }
    fold.retention = retentionOf(nodes, counted);
    fold.erasures = erasuresOf(nodes, order, std::set<int>(counted.begin(), counted.end()));
    return fold;
}

}  // namespace fieldcase::sync
