#include "core/store/ChangeFeed.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

namespace fieldcase::store {

Result<VersionVector> versionVector(db::Connection& connection) {
    auto select = connection.prepare(
        "SELECT d.device_id, min(max(c.seq), coalesce((SELECT min(b.seq) - 1 FROM unconfirmed_blank b WHERE b.origin "
        "= c.origin), max(c.seq))) FROM changeset c JOIN device d ON d.ord = c.origin GROUP BY c.origin");
    if (!select) return select.error();
    VersionVector vector;
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        vector[select->columnBlob(0)] = select->columnInt64(1);
    }
    return vector;
}

Result<qint64> highestHeld(db::Connection& connection, int origin) {
    auto held = connection.prepare("SELECT coalesce(max(seq), 0) FROM changeset WHERE origin = ?");
    if (!held) return held.error();
    held->bind(1, static_cast<qint64>(origin));
    auto row = held->step();
    if (!row) return row.error();
    return held->columnInt64(0);
}

Result<std::vector<StoredChangeset>> changesetsSince(db::Connection& connection, const VersionVector& peerHas,
                                                     qint64 byteBudget, const std::vector<VersionVector>& peers) {
    // First what is missing, with sizes only (the bodies are read for what goes).
    struct Missing {
        qint64 lacking;  // how many of the peers lack it, negated (the most first)
        qint64 key;      // the highest clock stamp of the device's changes up to this one
        qint64 origin;
        qint64 seq;
        qint64 size;
    };
    auto select = connection.prepare(
        "SELECT c.origin, d.device_id, c.seq, c.hlc, length(c.body) FROM changeset c JOIN device d ON d.ord = "
        "c.origin ORDER BY c.origin, c.seq");
    if (!select) return select.error();
    std::vector<Missing> missing;
    qint64 total = 0;
    qint64 runningOrigin = -1;
    qint64 runningKey = 0;
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        const qint64 origin = select->columnInt64(0);
        const qint64 seq = select->columnInt64(2);
        if (origin != runningOrigin) {
            runningOrigin = origin;
            runningKey = std::numeric_limits<qint64>::min();
        }
        runningKey = std::max(runningKey, select->columnInt64(3));
        const QByteArray device = select->columnBlob(1);
        const auto has = peerHas.find(device);
        if (has != peerHas.end() && seq <= has->second) continue;
        qint64 lacking = 0;
        for (const VersionVector& peer : peers) {
            const auto peerSeq = peer.find(device);
            if (peerSeq == peer.end() || seq > peerSeq->second) --lacking;
        }
        missing.push_back({lacking, runningKey, origin, seq, select->columnInt64(4)});
        total += missing.back().size;
    }
    // Then the bodies, in one pass (a row skipped is not read past its first columns).
    std::set<std::pair<qint64, qint64>> chosen;
    const bool cut = total > byteBudget;
    if (cut) {
        std::sort(missing.begin(), missing.end(), [](const Missing& a, const Missing& b) {
            return std::tie(a.lacking, a.key, a.origin, a.seq) < std::tie(b.lacking, b.key, b.origin, b.seq);
        });
        qint64 taken = 0;
        for (std::size_t i = 0; i < missing.size() && (i == 0 || taken + missing[i].size <= byteBudget); ++i) {
            taken += missing[i].size;
            chosen.emplace(missing[i].origin, missing[i].seq);
        }
    }
    auto load = connection.prepare(
        "SELECT c.origin, d.device_id, c.seq, c.hlc, c.prev_hash, c.body, c.hash, c.signature FROM changeset c "
        "JOIN device d ON d.ord = c.origin ORDER BY c.origin, c.seq");
    if (!load) return load.error();
    std::vector<StoredChangeset> changesets;
    for (;;) {
        auto row = load->step();
        if (!row) return row.error();
        if (!*row) break;
        const qint64 seq = load->columnInt64(2);
        if (cut) {
            if (chosen.count({load->columnInt64(0), seq}) == 0) continue;
        } else {
            const auto has = peerHas.find(load->columnBlob(1));
            if (has != peerHas.end() && seq <= has->second) continue;
        }
        changesets.push_back({load->columnBlob(1), seq, load->columnInt64(3), load->columnBlob(4), load->columnBlob(5),
                              load->columnBlob(6), load->columnBlob(7)});
    }
    return changesets;
}

}  // namespace fieldcase::store
