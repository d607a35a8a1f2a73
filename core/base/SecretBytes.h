#pragma once

#include <cstddef>
#include <string_view>

namespace fieldcase {

// A wipeable byte buffer for passphrases, recovery codes and keys. The memory is guarded,
// locked against swapping where the OS allows, and zeroed when the buffer is released.
// Move-only, so a secret exists in one place.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    // Copies the bytes of text; the caller remains responsible for its own copy.
    static SecretBytes fromText(std::string_view text);
    // A second secret with the same bytes, for the rare place that must hand one on and keep it (copying stays
    // explicit: the copy constructor is deleted).
    SecretBytes clone() const { return fromText(view()); }
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // Appends one byte, growing the buffer in locked memory (for reading input byte by byte).
    void append(unsigned char byte);
    // Drops bytes from the end (e.g. a trailing newline), wiping them.
    void truncate(std::size_t size);
    void clear();

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_data), m_size}; }

    // Constant-time comparison.
    bool equals(const SecretBytes& other) const;

private:
    void reserve(std::size_t capacity);

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

}  // namespace fieldcase
