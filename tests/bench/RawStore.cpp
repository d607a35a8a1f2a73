#include "tests/bench/RawStore.h"

#include "core/crypto/Random.h"
#include "core/db/Connection.h"

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace fieldcase::bench {

namespace {

constexpr int kKeySize = 32;

// A statement that lives for one call; the transaction around it is the caller's.
class Prepared {
public:
    Prepared(sqlite3* db, const QByteArray& sql)
        : m_rc(sqlite3_prepare_v2(db, sql.constData(), -1, &m_statement, nullptr)) {}
    ~Prepared() { sqlite3_finalize(m_statement); }
    Prepared(const Prepared&) = delete;
    Prepared& operator=(const Prepared&) = delete;

    int rc() const { return m_rc; }
    sqlite3_stmt* get() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
    int m_rc;
};

// SQLITE_STATIC: the bytes outlive the step, so SQLite need not copy them (the cheapest a raw insert can be).
void bindValue(sqlite3_stmt* statement, int index, const StoredValue& value) {
    switch (value.type) {
        case StoredValue::Type::Null:
            sqlite3_bind_null(statement, index);
            break;
        case StoredValue::Type::Integer:
            sqlite3_bind_int64(statement, index, value.integer);
            break;
        case StoredValue::Type::Text:
            sqlite3_bind_text(statement, index, value.bytes.constData(), static_cast<int>(value.bytes.size()),
                              SQLITE_STATIC);
            break;
        case StoredValue::Type::Blob:
            sqlite3_bind_blob(statement, index, value.bytes.constData(), static_cast<int>(value.bytes.size()),
                              SQLITE_STATIC);
            break;
    }
}

}  // namespace

void RawStore::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

RawStore::RawStore(std::unique_ptr<db::Connection> encrypted, std::unique_ptr<sqlite3, Closer> plain)
    : m_encrypted(std::move(encrypted)), m_plain(std::move(plain)) {
    m_db = m_encrypted ? m_encrypted->handle() : m_plain.get();
}

RawStore::RawStore(RawStore&&) noexcept = default;
RawStore& RawStore::operator=(RawStore&&) noexcept = default;
RawStore::~RawStore() = default;

Result<RawStore> RawStore::openEncrypted(const QString& path) {
    crypto::initialiseCrypto();
    auto connection = db::Connection::open(path, crypto::randomSecret(kKeySize), db::Connection::Mode::Create);
    if (!connection) return connection.error();
    return RawStore(std::make_unique<db::Connection>(std::move(*connection)), nullptr);
}

Result<RawStore> RawStore::openExisting(const QString& path, const SecretBytes& key) {
    auto connection = db::Connection::open(path, key, db::Connection::Mode::OpenExisting);
    if (!connection) return connection.error();
    return RawStore(std::make_unique<db::Connection>(std::move(*connection)), nullptr);
}

Result<RawStore> RawStore::openPlain(const QString& path) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    RawStore store(nullptr, std::unique_ptr<sqlite3, Closer>(raw));
    if (rc != SQLITE_OK) return store.lastError(rc);
    sqlite3_extended_result_codes(raw, 1);
    // core/db's applySettings(), and the page size the vault's cipher_page_size gives its pages.
    FC_TRY(
        store.exec("PRAGMA page_size = 4096; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; "
                   "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"));
    return store;
}

Error RawStore::lastError(int rc) const {
    return db::sqliteError(rc, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
}

Result<void> RawStore::exec(const QByteArray& sql) {
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return lastError(rc);
    return {};
}

Result<void> RawStore::inTransaction(const std::function<Result<void>()>& work) {
    FC_TRY(exec("BEGIN IMMEDIATE"));  // as db::Transaction does
    auto done = work();
    if (!done) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return done;
    }
    return exec("COMMIT");
}

Result<void> RawStore::insertRows(const QByteArray& insertSql, const std::vector<StoredRow>& rows) {
    return inTransaction([&]() -> Result<void> {
        Prepared insert(m_db, insertSql);
        if (insert.rc() != SQLITE_OK) return lastError(insert.rc());
        for (const StoredRow& row : rows) {
            for (std::size_t i = 0; i < row.size(); ++i)
                bindValue(insert.get(), static_cast<int>(i) + 1, row[i]);
            const int rc = sqlite3_step(insert.get());
            if (rc != SQLITE_DONE) return lastError(rc);
            sqlite3_reset(insert.get());
        }
        return {};
    });
}

Result<std::vector<StoredRow>> RawStore::selectRows(const QByteArray& sql) {
    Prepared select(m_db, sql);
    if (select.rc() != SQLITE_OK) return lastError(select.rc());
    const int columns = sqlite3_column_count(select.get());
    std::vector<StoredRow> rows;
    for (;;) {
        const int rc = sqlite3_step(select.get());
        if (rc == SQLITE_DONE) break;
        if (rc != SQLITE_ROW) return lastError(rc);
        StoredRow row(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i) {
            StoredValue& value = row[static_cast<std::size_t>(i)];
            switch (sqlite3_column_type(select.get(), i)) {
                case SQLITE_INTEGER:
                    value.type = StoredValue::Type::Integer;
                    value.integer = sqlite3_column_int64(select.get(), i);
                    break;
                case SQLITE_TEXT:
                case SQLITE_BLOB: {
                    const bool text = sqlite3_column_type(select.get(), i) == SQLITE_TEXT;
                    const void* bytes = text ? static_cast<const void*>(sqlite3_column_text(select.get(), i))
                                             : sqlite3_column_blob(select.get(), i);
                    value.type = text ? StoredValue::Type::Text : StoredValue::Type::Blob;
                    value.bytes = QByteArray(static_cast<const char*>(bytes), sqlite3_column_bytes(select.get(), i));
                    break;
                }
                default:
                    break;  // NULL (no column the baselines read is a float)
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<void> RawStore::insertDocuments(const std::vector<FtsDocument>& documents) {
    return inTransaction([&]() -> Result<void> {
        Prepared insert(m_db, "INSERT INTO fts(docid, body, names) VALUES (?, ?, ?)");
        if (insert.rc() != SQLITE_OK) return lastError(insert.rc());
        for (const FtsDocument& document : documents) {
            sqlite3_bind_int64(insert.get(), 1, document.docid);
            sqlite3_bind_text(insert.get(), 2, document.body.constData(), static_cast<int>(document.body.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(insert.get(), 3, document.names.constData(), static_cast<int>(document.names.size()),
                              SQLITE_STATIC);
            const int rc = sqlite3_step(insert.get());
            if (rc != SQLITE_DONE) return lastError(rc);
            sqlite3_reset(insert.get());
        }
        return {};
    });
}

Result<qint64> RawStore::countMatches(const QString& expression) {
    // Prepared per query, as core/search prepares its own.
    Prepared select(m_db, "SELECT docid FROM fts WHERE fts MATCH ?");
    if (select.rc() != SQLITE_OK) return lastError(select.rc());
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(select.get(), 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    qint64 count = 0;
    for (;;) {
        const int rc = sqlite3_step(select.get());
        if (rc == SQLITE_DONE) break;
        if (rc != SQLITE_ROW) return lastError(rc);
        (void)sqlite3_column_int64(select.get(), 0);
        ++count;
    }
    return count;
}

Result<void> RawStore::checkpoint() {
    return exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

QString RawStore::libraryVersion() {
    QString cipher;
    Prepared version(m_db, "PRAGMA cipher_version");
    if (version.rc() == SQLITE_OK && sqlite3_step(version.get()) == SQLITE_ROW) {
        cipher = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(version.get(), 0)));
    }
    return QStringLiteral("SQLite %1, SQLCipher %2").arg(QString::fromLatin1(sqlite3_libversion()), cipher);
}

}  // namespace fieldcase::bench
