#include "core/base/Hex.h"

namespace fieldcase {

QString toHex(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex());
}

}  // namespace fieldcase
