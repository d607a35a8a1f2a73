#include "core/sync/bundle/InnerRecords.h"

#include "core/base/Bytes.h"

#include <QtEndian>

#include <cstring>

namespace fieldcase::sync {

namespace {

// Reads little-endian fields from a bounded region; every read is checked against the end first, so no length
// read from the input is ever used before it is known to fit.
class Cursor {
public:
    Cursor(const unsigned char* data, std::size_t size) : m_data(data), m_size(size) {}

    std::size_t remaining() const { return m_size - m_position; }
    bool atEnd() const { return m_position == m_size; }
    std::size_t position() const { return m_position; }

    template <typename T>
    T take() {
        const T value = qFromLittleEndian<T>(m_data + m_position);
        m_position += sizeof(T);
        return value;
    }
    // Copies size bytes (the caller checked remaining()).
    QByteArray bytes(std::size_t size) {
        QByteArray copy(reinterpret_cast<const char*>(m_data + m_position), static_cast<qsizetype>(size));
        m_position += size;
        return copy;
    }
    void skip(std::size_t size) { m_position += size; }

private:
    const unsigned char* m_data;
    std::size_t m_size;
    std::size_t m_position = 0;
};

BundleProblem parseHeader(Cursor& body, std::size_t size, BundleHeader& header) {
    if (size < static_cast<std::size_t>(kInnerHeaderFixedSize)) {
        return BundleProblem::Malformed;
    }
    header.teamId = body.bytes(kIdSize);
    header.senderDeviceId = body.bytes(kIdSize);
    header.sequence = body.take<quint64>();
    header.createdMs = body.take<quint64>();
    const auto kind = body.take<quint8>();
    const auto recipients = body.take<quint16>();
    if (!isKnownKind(kind)) {
        return BundleProblem::NeedsNewerVersion;
    }
    if (recipients == 0 || recipients > kMaxRecipients ||
        size != static_cast<std::size_t>(kInnerHeaderFixedSize) + std::size_t{recipients} * kIdSize) {
        return BundleProblem::Malformed;
    }
    header.kind = static_cast<BundleKind>(kind);
    header.recipientDeviceIds.reserve(recipients);
    for (int i = 0; i < recipients; ++i) {
        header.recipientDeviceIds.push_back(body.bytes(kIdSize));
    }
    return BundleProblem::None;
}

}  // namespace

QByteArray InnerRecords::encodeHeader(const BundleHeader& header) {
    ByteWriter writer;
    writer.raw(header.teamId);
    writer.raw(header.senderDeviceId);
    writer.u64(header.sequence);
    writer.u64(header.createdMs);
    writer.u8(static_cast<std::uint8_t>(header.kind));
    writer.u16(static_cast<std::uint16_t>(header.recipientDeviceIds.size()));
    for (const QByteArray& id : header.recipientDeviceIds) {
        writer.raw(id);
    }
    return writer.bytes();
}

std::size_t InnerRecords::put(unsigned char* out, quint16 type, const char* body, std::size_t size) {
    qToLittleEndian<quint16>(type, out);
    qToLittleEndian<quint32>(static_cast<quint32>(size), out + 2);
    if (body == nullptr) {
        std::memset(out + kRecordHeaderSize, 0, size);
    } else if (size > 0) {
        std::memcpy(out + kRecordHeaderSize, body, size);
    }
    return kRecordHeaderSize + size;
}

std::optional<QByteArray> InnerRecords::senderOf(const unsigned char* inner, std::size_t size) {
    if (size < static_cast<std::size_t>(kRecordHeaderSize + kInnerHeaderFixedSize)) {
        return std::nullopt;
    }
    Cursor cursor(inner, size);
    const auto type = cursor.take<quint16>();
    const auto length = cursor.take<quint32>();
    if (type != RecordType::InnerHeader || length < static_cast<quint32>(kInnerHeaderFixedSize)) {
        return std::nullopt;
    }
    cursor.skip(kIdSize);  // team id
    return cursor.bytes(kIdSize);
}

BundleReadResult InnerRecords::parse(const unsigned char* inner, std::size_t size, std::optional<quint16> onlyType) {
    Cursor cursor(inner, size);
    BundleContent content;
    qint64 contentRecords = 0;  // kept or not: a parse for one type refuses what the whole parse refuses
    bool first = true;
    while (!cursor.atEnd()) {
        if (cursor.remaining() < static_cast<std::size_t>(kRecordHeaderSize)) {
            return BundleProblem::Malformed;
        }
        const auto type = cursor.take<quint16>();
        const std::size_t length = cursor.take<quint32>();
        if (length > cursor.remaining()) {
            return BundleProblem::Malformed;
        }
        if (first != (type == RecordType::InnerHeader)) {
            return BundleProblem::Malformed;  // exactly one inner header, and it comes first
        }
        first = false;
        if (type == RecordType::InnerHeader) {
            const BundleProblem problem = parseHeader(cursor, length, content.header);
            if (problem != BundleProblem::None) {
                return problem;
            }
        } else if (type == RecordType::Padding) {
            // The padding is the last record; it is never copied, so its length is bounded by the plaintext only.
            if (length != cursor.remaining()) {
                return BundleProblem::Malformed;
            }
            return content;
        } else if (type == RecordType::Signature || static_cast<qint64>(length) > kMaxRecordSize) {
            return BundleProblem::Malformed;
        } else if (RecordType::isKnownContent(type)) {
            if (++contentRecords > kMaxRecords) {
                return BundleProblem::Malformed;
            }
            if (onlyType && type != *onlyType) {
                cursor.skip(length);
            } else {
                content.records.push_back(BundleRecord{type, cursor.bytes(length)});
            }
        } else if (RecordType::isCritical(type)) {
            return BundleProblem::NeedsNewerVersion;
        } else {
            cursor.skip(length);
        }
    }
    return BundleProblem::Malformed;  // no padding record
}

}  // namespace fieldcase::sync
