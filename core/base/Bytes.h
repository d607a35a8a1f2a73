#pragma once

#include <QByteArray>

#include <cstdint>

namespace fieldcase {

// Little-endian encoding of the binary formats (change logs, bundles). The reader never reads past the end:
// once a read fails it stays failed, and every later read returns zero or empty.
class ByteWriter {
public:
    void u8(std::uint8_t value);
    void u16(std::uint16_t value);
    void u32(std::uint32_t value);
    void u64(std::uint64_t value);
    void raw(const QByteArray& bytes);
    // A u32 length followed by the bytes.
    void sized(const QByteArray& bytes);
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

class ByteReader {
public:
    explicit ByteReader(const QByteArray& bytes) : m_bytes(bytes) {}
    // The reader keeps a reference: it must not outlive the bytes it reads.
    explicit ByteReader(QByteArray&&) = delete;
    std::uint8_t u8();
    std::uint16_t u16();
    std::uint32_t u32();
    std::uint64_t u64();
    QByteArray raw(qsizetype size);
    // A u32 length (at most maxSize) followed by the bytes.
    QByteArray sized(qsizetype maxSize);
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_position == m_bytes.size(); }
    qsizetype remaining() const { return m_bytes.size() - m_position; }

private:
    bool take(qsizetype size);
    const QByteArray& m_bytes;
    qsizetype m_position = 0;
    bool m_ok = true;
};

}  // namespace fieldcase
