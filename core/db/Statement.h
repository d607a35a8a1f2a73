#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <string>
#include <type_traits>
#include <unordered_map>

struct sqlite3_stmt;

namespace fieldcase::db {

// Prepared statements of one connection that are not in use, by SQL text: preparing costs more than running
// most of our statements, so a finished statement is reset and kept for the next prepare() of the same text.
struct StatementPool {
    static constexpr std::size_t kMaxIdle = 512;
    std::unordered_multimap<std::string, sqlite3_stmt*> idle;
    ~StatementPool();
};

// A prepared statement; binds are 1-based, columns 0-based, as in SQLite.
class Statement {
public:
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;
    ~Statement() = default;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value);
    Statement& bindNull(int index);

    // True while a row is available, false when done.
    Result<bool> step();
    // Steps through every row, calling onRow(statement) on each. onRow may return Result<void>: an error stops
    // the loop and is returned.
    template <typename OnRow>
    Result<void> forEachRow(OnRow&& onRow) {
        for (;;) {
            auto row = step();
            if (!row) return row.error();
            if (!*row) return {};
            if constexpr (std::is_void_v<std::invoke_result_t<OnRow&, const Statement&>>) {
                onRow(static_cast<const Statement&>(*this));
            } else {
                FC_TRY(onRow(static_cast<const Statement&>(*this)));
            }
        }
    }
    // Runs a statement that returns no rows.
    Result<void> run();
    void reset();

    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    // A text or blob column's bytes as SQLite holds them (text in UTF-8), without a copy: valid until the next
    // step() or reset(). For walks over many rows that compare or count values.
    QByteArrayView columnBytes(int column) const;
    bool columnIsNull(int column) const;

private:
    friend class Connection;
    // Gives the statement back to its connection's pool, or finalizes it once the connection is gone.
    struct Finalizer {
        std::weak_ptr<StatementPool> pool;
        void operator()(sqlite3_stmt* statement) const;
    };
    Statement(sqlite3_stmt* statement, std::weak_ptr<StatementPool> pool);

    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

}  // namespace fieldcase::db
