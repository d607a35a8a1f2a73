#include "core/store/ChangeFeed.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"

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

Result<std::vector<StoredChangeset>> changesetsSince(db::Connection& connection, const VersionVector& peerHas) {
    auto select = connection.prepare(
        "SELECT d.device_id, c.seq, c.hlc, c.prev_hash, c.body, c.hash, c.signature FROM changeset c "
        "JOIN device d ON d.ord = c.origin ORDER BY c.origin, c.seq");
    if (!select) return select.error();
    std::vector<StoredChangeset> missing;
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        const QByteArray origin = select->columnBlob(0);
        const qint64 seq = select->columnInt64(1);
        const auto has = peerHas.find(origin);
        if (has != peerHas.end() && seq <= has->second) continue;  // the bodies are only read when needed
        missing.push_back({origin, seq, select->columnInt64(2), select->columnBlob(3), select->columnBlob(4),
                           select->columnBlob(5), select->columnBlob(6)});
    }
    return missing;
}

}  // namespace fieldcase::store
