#pragma once

#include <QVariant>

#include <optional>

namespace fieldcase {
class ByteReader;
class ByteWriter;
}  // namespace fieldcase

namespace fieldcase::store {

// A field value in binary form: a tag byte (0 null, 1 integer, 2 UTF-8 text, 3 bytes) and its payload.
inline constexpr qsizetype kMaxValueSize = 16 * 1024 * 1024;

void writeValue(ByteWriter& out, const QVariant& value);
// nullopt for an unknown tag or a value past the end.
std::optional<QVariant> readValue(ByteReader& in);

}  // namespace fieldcase::store
