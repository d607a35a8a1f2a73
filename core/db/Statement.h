#pragma once

#include "core/api/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3_stmt;

namespace fieldcase::db {

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
    // Runs a statement that returns no rows.
    Result<void> run();
    void reset();

    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    friend class Connection;
    struct Finalizer {
        void operator()(sqlite3_stmt* statement) const;
    };
    explicit Statement(sqlite3_stmt* statement);

    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

}  // namespace fieldcase::db
