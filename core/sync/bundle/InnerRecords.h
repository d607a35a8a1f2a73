#pragma once

#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleReadResult.h"

#include <QByteArray>

#include <cstddef>
#include <optional>

namespace fieldcase::sync {

// The inner plaintext of a bundle: records of u16 type, u32 length and body, starting with the inner header and
// ending with padding and then the signature.
class InnerRecords {
public:
    // The body of the inner header record.
    static QByteArray encodeHeader(const BundleHeader& header);
    // Writes one record at out (kRecordHeaderSize + size bytes; a null body writes zeros); returns its size.
    static std::size_t put(unsigned char* out, quint16 type, const char* body, std::size_t size);

    // The sender named by the inner header, read at its fixed offset without parsing any record, so the
    // signature can be checked before the parser sees a byte; nothing if the bytes do not start with one.
    static std::optional<QByteArray> senderOf(const unsigned char* inner, std::size_t size);
    // The header and the records the sync engine reads, from the inner bytes before the signature record.
    // Unknown critical types refuse; unknown others are skipped; padding must come last. With onlyType, records of
    // other types are checked the same way but not copied (a key lookup needs the membership log, not the changes).
    static BundleReadResult parse(const unsigned char* inner, std::size_t size,
                                  std::optional<quint16> onlyType = std::nullopt);
};

}  // namespace fieldcase::sync
