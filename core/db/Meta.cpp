#include "core/db/Meta.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"

namespace fieldcase::db {

Result<QByteArray> readMeta(Connection& connection, const char* key) {
    auto statement = connection.prepare("SELECT value FROM meta WHERE key = ?");
    if (!statement) return statement.error();
    statement->bind(1, QString::fromLatin1(key));
    auto row = statement->step();
    if (!row) return row.error();
    return *row ? statement->columnBlob(0) : QByteArray();
}

Result<void> writeMeta(Connection& connection, const char* key, const QByteArray& value) {
    auto statement = connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!statement) return statement.error();
    return statement->bind(1, QString::fromLatin1(key)).bind(2, value).run();
}

}  // namespace fieldcase::db
