#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fieldcase {

// What went wrong, in terms a caller can act on. The CLI maps these to its exit codes (docs/cli.md).
enum class ErrorCode {
    Failed,         // anything else
    Usage,          // the request itself is malformed
    WrongSecret,    // wrong passphrase or recovery code
    VaultInUse,     // another process holds the vault
    Rejected,       // input that is tampered, truncated, foreign or invalid
    Damaged,        // our own files are corrupt
    Io,             // no vault in the folder, a missing folder, disk full, read-only medium
    NotFound,       // no such record
    AlreadyExists,  // would overwrite something that exists
    NewerVersion,   // written by a newer Fieldcase
    Locked,         // the vault must be unlocked first
};

// One clear line for a person: never contains secrets or record contents.
struct Error {
    ErrorCode code = ErrorCode::Failed;
    QString message;
};

// A value or an Error; errors are values across the facade (no exceptions).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    // By value: `for (auto& x : f().value())` then owns what it iterates instead of a reference into a temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT: implicit by design

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message)};
}

}  // namespace fieldcase

// Returns the error of a failed Result from the enclosing function.
#define FC_TRY(expr)                     \
    do {                                 \
        auto fcTryResult_ = (expr);      \
        if (!fcTryResult_) {             \
            return fcTryResult_.error(); \
        }                                \
    } while (false)
