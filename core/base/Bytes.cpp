#include "core/base/Bytes.h"

#include <QtEndian>

namespace fieldcase {

void ByteWriter::u8(std::uint8_t value) {
    m_bytes.append(static_cast<char>(value));
}

void ByteWriter::u16(std::uint16_t value) {
    char buffer[2];
    qToLittleEndian(value, buffer);
    m_bytes.append(buffer, 2);
}

void ByteWriter::u32(std::uint32_t value) {
    char buffer[4];
    qToLittleEndian(value, buffer);
    m_bytes.append(buffer, 4);
}

void ByteWriter::u64(std::uint64_t value) {
    char buffer[8];
    qToLittleEndian(value, buffer);
    m_bytes.append(buffer, 8);
}

void ByteWriter::raw(const QByteArray& bytes) {
    m_bytes.append(bytes);
}

void ByteWriter::sized(const QByteArray& bytes) {
    u32(static_cast<std::uint32_t>(bytes.size()));
    m_bytes.append(bytes);
}

bool ByteReader::take(qsizetype size) {
    if (!m_ok || size < 0 || size > remaining()) {
        m_ok = false;
        return false;
    }
    return true;
}

std::uint8_t ByteReader::u8() {
    if (!take(1)) return 0;
    return static_cast<std::uint8_t>(m_bytes[m_position++]);
}

std::uint16_t ByteReader::u16() {
    if (!take(2)) return 0;
    const auto value = qFromLittleEndian<std::uint16_t>(m_bytes.constData() + m_position);
    m_position += 2;
    return value;
}

std::uint32_t ByteReader::u32() {
    if (!take(4)) return 0;
    const auto value = qFromLittleEndian<std::uint32_t>(m_bytes.constData() + m_position);
    m_position += 4;
    return value;
}

std::uint64_t ByteReader::u64() {
    if (!take(8)) return 0;
    const auto value = qFromLittleEndian<std::uint64_t>(m_bytes.constData() + m_position);
    m_position += 8;
    return value;
}

QByteArray ByteReader::raw(qsizetype size) {
    if (!take(size)) return {};
    QByteArray result = m_bytes.mid(m_position, size);
    m_position += size;
    return result;
}

QByteArray ByteReader::sized(qsizetype maxSize) {
    const std::uint32_t size = u32();
    if (!m_ok || static_cast<qsizetype>(size) > maxSize) {
        m_ok = false;
        return {};
    }
    return raw(static_cast<qsizetype>(size));
}

}  // namespace fieldcase
