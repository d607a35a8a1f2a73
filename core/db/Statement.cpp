#include "core/db/Statement.h"

#include "core/db/Connection.h"

#include <sqlcipher/sqlite3.h>

namespace fieldcase::db {

StatementPool::~StatementPool() {
    for (auto& entry : idle)
        sqlite3_finalize(entry.second);
}

void Statement::Finalizer::operator()(sqlite3_stmt* statement) const {
    const auto owner = pool.lock();
    if (owner && owner->idle.size() < StatementPool::kMaxIdle) {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        owner->idle.emplace(sqlite3_sql(statement), statement);
        return;
    }
    sqlite3_finalize(statement);
}

Statement::Statement(sqlite3_stmt* statement, std::weak_ptr<StatementPool> pool)
    : m_statement(statement, Finalizer{std::move(pool)}) {}

Statement& Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_statement.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement.get(), index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value) {
    sqlite3_bind_blob(m_statement.get(), index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_statement.get(), index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3* db = sqlite3_db_handle(m_statement.get());
    return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(db)));
}

Result<void> Statement::run() {
    auto row = step();
    if (!row) {
        return row.error();
    }
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

qint64 Statement::columnInt64(int column) const {
    return sqlite3_column_int64(m_statement.get(), column);
}

QString Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement.get(), column));
}

QByteArray Statement::columnBlob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_statement.get(), column));
}

QByteArrayView Statement::columnBytes(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement.get(), column));
}

bool Statement::columnIsNull(int column) const {
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

}  // namespace fieldcase::db
