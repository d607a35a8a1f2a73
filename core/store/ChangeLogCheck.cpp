#include "core/store/ChangeLogCheck.h"

#include "core/crypto/Hash.h"
#include "core/crypto/Signer.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/store/Changeset.h"

#include <QCoreApplication>

namespace fieldcase::store {

Result<qint64> verifyChangeLog(db::Connection& connection) {
    auto select = connection.prepare(
        "SELECT c.origin, c.seq, c.hlc, c.prev_hash, c.body, c.hash, c.signature, d.device_id, d.sign_public_key "
        "FROM changeset c JOIN device d ON d.ord = c.origin ORDER BY c.origin, c.seq");
    if (!select) return select.error();
    qint64 checked = 0;
    qint64 origin = -1;
    qint64 expectedSeq = 1;
    QByteArray previousHash;
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        if (select->columnInt64(0) != origin) {
            origin = select->columnInt64(0);
            expectedSeq = 1;
            previousHash = QByteArray(crypto::kHashSize, '\0');
        }
        const ChangesetHeader header{select->columnBlob(7), select->columnInt64(1), select->columnInt64(2),
                                     select->columnBlob(3)};
        auto body = decodeBody(select->columnBlob(4));
        bool ok = body.ok() && header.seq == expectedSeq && header.prevHash == previousHash;
        if (ok) {
            for (const auto& entry : body->entries) {
                ok = ok && entryMatchesHash(entry, body->format);
            }
            const QByteArray message = signedMessage(header, body->format, body->entries);
            ok = ok && crypto::hash(message) == select->columnBlob(5) &&
                 crypto::verifySignature(select->columnBlob(8), message, select->columnBlob(6));
        }
        if (!ok) {
            return makeError(ErrorCode::Damaged,
                             QCoreApplication::translate("Store", "The change log is broken at change %1 of device %2.")
                                 .arg(expectedSeq)
                                 .arg(QString::fromLatin1(header.origin.toHex().left(8))));
        }
        previousHash = select->columnBlob(5);
        ++expectedSeq;
        ++checked;
    }
    return checked;
}

}  // namespace fieldcase::store
