#include "core/store/ValueCodec.h"

#include "core/base/Bytes.h"

namespace fieldcase::store {

namespace {
enum ValueTag : quint8 { Null = 0, Integer = 1, Text = 2, Blob = 3 };
}

void writeValue(ByteWriter& out, const QVariant& value) {
    switch (value.typeId()) {
        case QMetaType::UnknownType:
            out.u8(Null);
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            out.u8(Integer);
            out.u64(static_cast<quint64>(value.toLongLong()));
            break;
        case QMetaType::QByteArray:
            out.u8(Blob);
            out.sized(value.toByteArray());
            break;
        default:
            out.u8(Text);
            out.sized(value.toString().toUtf8());
            break;
    }
}

std::optional<QVariant> readValue(ByteReader& in) {
    switch (in.u8()) {
        case Null:
            return in.ok() ? std::optional<QVariant>(QVariant()) : std::nullopt;
        case Integer: {
            const auto value = static_cast<qint64>(in.u64());
            return in.ok() ? std::optional<QVariant>(value) : std::nullopt;
        }
        case Text: {
            const QByteArray text = in.sized(kMaxValueSize);
            return in.ok() ? std::optional<QVariant>(QString::fromUtf8(text)) : std::nullopt;
        }
        case Blob: {
            const QByteArray bytes = in.sized(kMaxValueSize);
            return in.ok() ? std::optional<QVariant>(bytes) : std::nullopt;
        }
        default:
            return std::nullopt;
    }
}

}  // namespace fieldcase::store
