#include "core/store/RowClock.h"

#include "core/base/Bytes.h"
#include "core/store/ValueCodec.h"

#include <QCoreApplication>

namespace fieldcase::store {

QByteArray RowClock::encode() const {
    ByteWriter out;
    out.u16(static_cast<quint16>(fields.size()));
    for (const auto& [field, clock] : fields) {
        out.u16(static_cast<quint16>(field));
        out.u16(static_cast<quint16>(clock.versions.size()));
        for (const auto& version : clock.versions) {
            out.u32(static_cast<quint32>(version.origin));
            out.u64(static_cast<quint64>(version.seq));
            out.u64(static_cast<quint64>(version.hlc));
            writeValue(out, version.value);
        }
        out.u16(static_cast<quint16>(clock.context.size()));
        for (const auto& [origin, seq] : clock.context) {
            out.u32(static_cast<quint32>(origin));
            out.u64(static_cast<quint64>(seq));
        }
    }
    return out.bytes();
}

Result<RowClock> RowClock::decode(const QByteArray& bytes) {
    ByteReader in(bytes);
    RowClock clock;
    const quint16 fieldCount = in.u16();
    for (quint16 f = 0; f < fieldCount && in.ok(); ++f) {
        FieldClock& field = clock.fields[in.u16()];
        const quint16 versionCount = in.u16();
        for (quint16 v = 0; v < versionCount && in.ok(); ++v) {
            FieldVersion version;
            version.origin = static_cast<int>(in.u32());
            version.seq = static_cast<qint64>(in.u64());
            version.hlc = static_cast<qint64>(in.u64());
            auto value = readValue(in);
            if (!value) break;
            version.value = std::move(*value);
            field.versions.push_back(std::move(version));
        }
        const quint16 contextCount = in.u16();
        for (quint16 c = 0; c < contextCount && in.ok(); ++c) {
            const int origin = static_cast<int>(in.u32());
            field.context[origin] = static_cast<qint64>(in.u64());
        }
    }
    if (!in.ok() || !in.atEnd() || clock.fields.size() != fieldCount) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("Store", "A record's version information is damaged."));
    }
    return clock;
}

}  // namespace fieldcase::store
