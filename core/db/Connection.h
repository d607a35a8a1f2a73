#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace fieldcase::db {

class Statement;
struct StatementPool;

// One SQLCipher connection with Fieldcase's pinned settings (docs/threat-model.md).
class Connection {
public:
    // InMemory: a new database in this process's memory only (path ignored), which no file ever holds.
    enum class Mode { OpenExisting, Create, InMemory };

    // Opens (or creates) the encrypted database with a raw 32-byte key. Refuses to run against a
    // SQLite library without encryption. A key that does not open the file gives Damaged: the
    // key came from our own key file, so the database cannot be the one it belongs to.
    static Result<Connection> open(const QString& path, const SecretBytes& key, Mode mode);
    // Opens a database without a key: only for tests that must show plain SQLite cannot read ours.
    static Result<Connection> openUnencrypted(const QString& path);

    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    ~Connection();

    Result<void> exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // The single text value of a one-row query (for PRAGMAs).
    Result<QString> queryText(const char* sql);
    // Writes a copy of the whole database to path, encrypted under another raw 32-byte key with the same pinned
    // cipher settings (sqlcipher_export through an attached database). path must be an existing empty file: the
    // connection opens files but never creates them.
    Result<void> exportTo(const QString& path, const SecretBytes& key);
    // Lets a transaction keep up to `pages` changed pages in memory before it writes them out early (and again
    // later if they change again); 1 spills as soon as the cache (cache_size) is full, SQLite's default.
    Result<void> setSpillThreshold(int pages);

    sqlite3* handle() const { return m_db.get(); }

    // While a WriteScope lives, the guard triggers let writes through (SQL function app_ctx() returns 1);
    // outside one, any write to a guarded table fails. Only the Mutator and the vault's own set-up open one.
    class WriteScope {
    public:
        explicit WriteScope(Connection& connection) : m_flag(connection.m_writeAllowed.get()) { ++*m_flag; }
        ~WriteScope() { --*m_flag; }
        WriteScope(const WriteScope&) = delete;
        WriteScope& operator=(const WriteScope&) = delete;

    private:
        int* m_flag;
    };
    // Turns the connection's last error into a one-line Error for the user.
    Error lastError(int rc) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    explicit Connection(sqlite3* db);
    Result<void> applyCipherSettings(const QByteArray& schema, const QString& cipherVersion);
    Result<void> applySettings(Mode mode);

    // Declared before m_db so it outlives the connection whose SQL function points at it.
    std::unique_ptr<int> m_writeAllowed = std::make_unique<int>(0);
    std::unique_ptr<sqlite3, Closer> m_db;
    // Declared after m_db so its statements are finalized before the connection closes.
    std::shared_ptr<StatementPool> m_pool;
};

// Maps an SQLite result code to what it means for the user.
Error sqliteError(int rc, const QString& detail);

}  // namespace fieldcase::db
