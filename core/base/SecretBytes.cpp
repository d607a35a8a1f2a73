#include "core/base/SecretBytes.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace fieldcase {

namespace {
// sodium_init() is idempotent and thread-safe; every user of SecretBytes passes through here.
void ensureSodium() {
    if (sodium_init() < 0) {
        std::abort();  // no usable random source: nothing secret can be handled safely
    }
}
}  // namespace

SecretBytes::SecretBytes(std::size_t size) {
    reserve(size);
    m_size = size;
}

SecretBytes SecretBytes::fromText(std::string_view text) {
    SecretBytes secret(text.size());
    if (!text.empty()) {
        std::memcpy(secret.m_data, text.data(), text.size());
    }
    return secret;
}

SecretBytes::~SecretBytes() {
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecretBytes::reserve(std::size_t capacity) {
    if (capacity <= m_capacity && m_data != nullptr) {
        return;
    }
    ensureSodium();
    // sodium_malloc(0) is allowed but gives nothing to write to; keep at least one byte.
    auto* fresh = static_cast<unsigned char*>(sodium_malloc(capacity == 0 ? 1 : capacity));
    if (fresh == nullptr) {
        throw std::bad_alloc();
    }
    if (m_data != nullptr) {
        std::memcpy(fresh, m_data, m_size);
        sodium_free(m_data);  // sodium_free zeroes before releasing
    }
    m_data = fresh;
    m_capacity = capacity == 0 ? 1 : capacity;
}

void SecretBytes::append(unsigned char byte) {
    if (m_size == m_capacity || m_data == nullptr) {
        reserve(m_capacity < 64 ? 64 : m_capacity * 2);
    }
    m_data[m_size++] = byte;
}

void SecretBytes::truncate(std::size_t size) {
    if (size < m_size) {
        sodium_memzero(m_data + size, m_size - size);
        m_size = size;
    }
}

void SecretBytes::clear() {
    if (m_data != nullptr) {
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

bool SecretBytes::equals(const SecretBytes& other) const {
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

}  // namespace fieldcase
