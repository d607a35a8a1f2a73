#include "core/db/Connection.h"

#include "core/crypto/SecretHex.h"
#include "core/db/Statement.h"

#include <QCoreApplication>

#include <sqlcipher/sqlite3.h>

#include <cstring>
#include <utility>

namespace fieldcase::db {

Error sqliteError(int rc, const QString& detail) {
    switch (rc & 0xFF) {
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return makeError(ErrorCode::Damaged,
                             QCoreApplication::translate(
                                 "Database", "The vault's database is damaged or does not belong to this key file."));
        case SQLITE_FULL:
            return makeError(ErrorCode::Io, QCoreApplication::translate(
                                                "Database", "The disk is full. Free some space and try again."));
        case SQLITE_IOERR:
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("Database", "Cannot read or write the vault's database: %1").arg(detail));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return makeError(ErrorCode::VaultInUse,
                             QCoreApplication::translate("Database", "The vault is open in another window."));
        case SQLITE_CONSTRAINT:
            return makeError(ErrorCode::Rejected,
                             QCoreApplication::translate("Database", "The change was refused: %1").arg(detail));
        default:
            return makeError(ErrorCode::Failed,
                             QCoreApplication::translate("Database", "Database error: %1").arg(detail));
    }
}

void Connection::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

namespace {
constexpr int kRawKeySpecSize = 2 + 64 + 1;

// SQLCipher's raw-key form: exactly x'<64 hex digits>'. Any other length would be taken as a passphrase and run
// through PBKDF2, so callers check that the key has 32 bytes.
SecretBytes rawKeySpec(const SecretBytes& key) {
    SecretBytes keySpec(kRawKeySpecSize);
    keySpec.data()[0] = 'x';
    keySpec.data()[1] = '\'';
    const SecretBytes hex = crypto::secretToHex(key);
    std::memcpy(keySpec.data() + 2, hex.data(), hex.size());
    keySpec.data()[66] = '\'';
    return keySpec;
}

Error wrongKeySize() {
    return makeError(ErrorCode::Failed,
                     QCoreApplication::translate("Database", "Internal error: the database key has the wrong size."));
}

// app_ctx(): 1 inside a WriteScope, 0 outside; the guard triggers call it.
void appContext(sqlite3_context* context, int, sqlite3_value**) {
    const int* writeAllowed = static_cast<const int*>(sqlite3_user_data(context));
    sqlite3_result_int(context, *writeAllowed > 0 ? 1 : 0);
}
}  // namespace

Connection::Connection(sqlite3* db) : m_db(db), m_pool(std::make_shared<StatementPool>()) {}
Connection::Connection(Connection&&) noexcept = default;
Connection& Connection::operator=(Connection&&) noexcept = default;
Connection::~Connection() = default;

Error Connection::lastError(int rc) const {
    return sqliteError(rc, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db.get())) : QString());
}

Result<Connection> Connection::open(const QString& path, const SecretBytes& key, Mode mode) {
    if (key.size() != 32) {
        return wrongKeySize();
    }
    sqlite3* raw = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (mode != Mode::OpenExisting ? SQLITE_OPEN_CREATE : 0);
    const QByteArray file = mode == Mode::InMemory ? QByteArrayLiteral(":memory:") : path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &raw, flags, nullptr);
    Connection connection(raw);
    if (rc != SQLITE_OK) {
        return connection.lastError(rc);
    }
    sqlite3_extended_result_codes(raw, 1);

    // Refuse plain SQLite: cipher_version answers only when SQLCipher is linked.
    auto version = connection.queryText("PRAGMA cipher_version");
    if (!version || version->isEmpty()) {
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "Database", "This build of Fieldcase lacks database encryption; it will not run."));
    }

    SecretBytes keySpec = rawKeySpec(key);
    if (sqlite3_key(raw, keySpec.data(), static_cast<int>(keySpec.size())) != SQLITE_OK) {
        return connection.lastError(SQLITE_ERROR);
    }
    keySpec.clear();

    FC_TRY(connection.applyCipherSettings("main", *version));
    // The first read decrypts page 1: with the wrong key or a damaged header it fails here.
    auto probe = connection.queryText("SELECT count(*) FROM sqlite_master");
    if (!probe) {
        return probe.error();
    }
    FC_TRY(connection.applySettings(mode));
    if (sqlite3_create_function(raw, "app_ctx", 0, SQLITE_UTF8, connection.m_writeAllowed.get(), appContext, nullptr,
                                nullptr) != SQLITE_OK) {
        return connection.lastError(SQLITE_ERROR);
    }
    return connection;
}

Result<Connection> Connection::openUnencrypted(const QString& path) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    Connection connection(raw);
    if (rc != SQLITE_OK) {
        return connection.lastError(rc);
    }
    auto probe = connection.queryText("SELECT count(*) FROM sqlite_master");
    if (!probe) {
        return probe.error();
    }
    return connection;
}

Result<void> Connection::applyCipherSettings(const QByteArray& schema, const QString& cipherVersion) {
    if (cipherVersion.startsWith(QLatin1String("4."))) {
        // SQLCipher 4 reads vaults written by 3.x (HMAC-SHA1 pages) in compatibility mode.
        FC_TRY(exec(("PRAGMA " + schema + ".cipher_compatibility = 3").constData()));
    }
    FC_TRY(exec(("PRAGMA " + schema + ".cipher_page_size = 4096").constData()));
    return exec(("PRAGMA " + schema + ".cipher_use_hmac = ON").constData());
}

Result<void> Connection::exportTo(const QString& path, const SecretBytes& key) {
    if (key.size() != 32) {
        return wrongKeySize();
    }
    auto version = queryText("PRAGMA cipher_version");
    if (!version) {
        return version.error();
    }
    // The key is bound as a parameter from locked memory, never spelled into the SQL text.
    const SecretBytes keySpec = rawKeySpec(key);
    const QByteArray file = path.toUtf8();
    sqlite3_stmt* attach = nullptr;
    int rc = sqlite3_prepare_v2(m_db.get(), "ATTACH DATABASE ? AS rekeyed KEY ?", -1, &attach, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(attach, 1, file.constData(), static_cast<int>(file.size()), SQLITE_STATIC);
        sqlite3_bind_text(attach, 2, reinterpret_cast<const char*>(keySpec.data()), static_cast<int>(keySpec.size()),
                          SQLITE_STATIC);
        rc = sqlite3_step(attach);
    }
    sqlite3_finalize(attach);
    if (rc != SQLITE_DONE && rc != SQLITE_OK) {
        return lastError(rc);
    }
    auto exported = applyCipherSettings("rekeyed", *version);
    if (exported) exported = exec("PRAGMA rekeyed.synchronous = FULL");
    if (exported) exported = exec("SELECT sqlcipher_export('rekeyed')");
    // Detached whatever happened, so the connection is left as it was.
    auto detached = exec("DETACH DATABASE rekeyed");
    return exported ? detached : exported;
}

Result<void> Connection::setSpillThreshold(int pages) {
    FC_TRY(exec(("PRAGMA cache_spill = " + QByteArray::number(pages)).constData()));
    // SQLite also reads the number as on or off, by its low byte: 16384 alone would turn spilling off altogether
    // (and a large import's pages would all stay in memory). Turned on again by name; the threshold stays.
    return exec("PRAGMA cache_spill = ON");
}

Result<void> Connection::applySettings(Mode mode) {
    FC_TRY(exec("PRAGMA secure_delete = ON"));
    FC_TRY(exec("PRAGMA temp_store = MEMORY"));
    FC_TRY(exec("PRAGMA foreign_keys = ON"));
    // Every page read from disk is decrypted and checked: keep 32 MiB of decrypted pages in memory (never on disk)
    // so that lists, search and bulk entry over a large vault do not decrypt the same pages again and again.
    FC_TRY(exec("PRAGMA cache_size = -32768"));
    if (mode == Mode::InMemory) {
        return {};  // its journal stays in memory too
    }
    auto journal = queryText("PRAGMA journal_mode = WAL");
    if (!journal) {
        return journal.error();
    }
    if (journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Database", "The vault's folder does not support the database's journal."));
    }
    FC_TRY(exec("PRAGMA synchronous = FULL"));
    return {};
}

Result<void> Connection::exec(const char* sql) {
    const int rc = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return lastError(rc);
    }
    return {};
}

Result<Statement> Connection::prepare(const char* sql) {
    const auto idle = m_pool->idle.find(sql);
    if (idle != m_pool->idle.end()) {
        sqlite3_stmt* reused = idle->second;
        m_pool->idle.erase(idle);
        return Statement(reused, m_pool);
    }
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(m_db.get(), sql, -1, &raw, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(raw);
        return lastError(rc);
    }
    return Statement(raw, m_pool);
}

Result<QString> Connection::queryText(const char* sql) {
    auto statement = prepare(sql);
    if (!statement) {
        return statement.error();
    }
    auto row = statement->step();
    if (!row) {
        return row.error();
    }
    return *row ? statement->columnText(0) : QString();
}

}  // namespace fieldcase::db
