#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::bench {

// One column value as SQLite stores it. Converted before the clock starts, so a baseline times SQLite alone.
struct StoredValue {
    enum class Type { Null, Integer, Text, Blob };
    Type type = Type::Null;
    qint64 integer = 0;
    QByteArray bytes;  // UTF-8 text or blob
};
using StoredRow = std::vector<StoredValue>;

// A document of the baseline's FTS4 table `fts`: tokens already analysed by core/search's TextAnalyzer.
struct FtsDocument {
    qint64 docid = 0;
    QByteArray body;
    QByteArray names;
};

// A database for the baselines, written and read through the SQLite C API alone: statements prepared once per
// transaction, no change log, signatures, audit trail, guard triggers or text analysis. The only place in the
// benchmark that calls sqlite3_*.
class RawStore {
public:
    // Encrypted like a vault: opened by core/db with a random key and the vault's pinned settings.
    static Result<RawStore> openEncrypted(const QString& path);
    // Plain: the same SQLite library without a key, with the same settings (page size, WAL, synchronous=FULL,
    // secure_delete), so that only encryption differs.
    static Result<RawStore> openPlain(const QString& path);
    // An existing encrypted database (a vault's own), opened by core/db with its key, for baselines that read
    // what the core stored with plain SQL.
    static Result<RawStore> openExisting(const QString& path, const SecretBytes& key);

    RawStore(RawStore&&) noexcept;
    RawStore& operator=(RawStore&&) noexcept;
    ~RawStore();

    Result<void> exec(const QByteArray& sql);
    // Runs insertSql once per row, in one transaction.
    Result<void> insertRows(const QByteArray& insertSql, const std::vector<StoredRow>& rows);
    // Every column of every row a query returns, as stored (the bytes of text and blobs copied out, as a reader
    // that keeps them must).
    Result<std::vector<StoredRow>> selectRows(const QByteArray& sql);
    // Adds documents to the FTS4 table `fts`, in one transaction.
    Result<void> insertDocuments(const std::vector<FtsDocument>& documents);
    // How many documents an FTS4 MATCH expression finds, reading every docid as a query would.
    Result<qint64> countMatches(const QString& expression);
    // Folds the write-ahead log into the database file, so the file's size is the data's.
    Result<void> checkpoint();
    // "SQLite 3.15.2, SQLCipher 3.4.1", for the report.
    QString libraryVersion();

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    RawStore(std::unique_ptr<db::Connection> encrypted, std::unique_ptr<sqlite3, Closer> plain);
    Error lastError(int rc) const;
    Result<void> inTransaction(const std::function<Result<void>()>& work);

    std::unique_ptr<db::Connection> m_encrypted;
    std::unique_ptr<sqlite3, Closer> m_plain;
    sqlite3* m_db = nullptr;  // the handle of whichever of the two is open
};

}  // namespace fieldcase::bench
