#pragma once

#include "core/base/Result.h"

namespace fieldcase::db {

class Connection;

// BEGIN IMMEDIATE on construction; rolls back unless commit() succeeded.
class Transaction {
public:
    static Result<Transaction> begin(Connection& connection);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    explicit Transaction(Connection& connection) : m_connection(&connection) {}
    Connection* m_connection;
};

}  // namespace fieldcase::db
