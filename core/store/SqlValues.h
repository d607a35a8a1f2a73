#pragma once

#include <QVariant>

namespace fieldcase::db {
class Statement;
}
namespace fieldcase::model {
struct FieldDef;
}

namespace fieldcase::store {

// A stored field value (null, integer, text or bytes) bound to a statement parameter.
void bindFieldValue(db::Statement& statement, int index, const QVariant& value);
// A record column read back as the stored value of its field's type.
QVariant readFieldValue(const db::Statement& statement, int column, const model::FieldDef& field);

}  // namespace fieldcase::store
