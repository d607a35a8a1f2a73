#pragma once

#include <QByteArray>
#include <QString>

namespace fieldcase {

// Lower-case hex of public identifiers (device, team and vault ids). Never used for secrets.
QString toHex(const QByteArray& bytes);

}  // namespace fieldcase
