#include "core/db/Transaction.h"

#include "core/db/Connection.h"

#include <utility>

namespace fieldcase::db {

Result<Transaction> Transaction::begin(Connection& connection) {
    FC_TRY(connection.exec("BEGIN IMMEDIATE"));
    return Transaction(connection);
}

Transaction::Transaction(Transaction&& other) noexcept : m_connection(std::exchange(other.m_connection, nullptr)) {}

Transaction::~Transaction() {
    if (m_connection != nullptr) {
        (void)m_connection->exec("ROLLBACK");
    }
}

Result<void> Transaction::commit() {
    auto result = m_connection->exec("COMMIT");
    if (result) {
        m_connection = nullptr;
    }
    return result;
}

}  // namespace fieldcase::db
