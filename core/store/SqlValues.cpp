#include "core/store/SqlValues.h"

#include "core/db/Statement.h"
#include "core/model/Schema.h"

namespace fieldcase::store {

void bindFieldValue(db::Statement& statement, int index, const QVariant& value) {
    switch (value.typeId()) {
        case QMetaType::UnknownType:
            statement.bindNull(index);
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            statement.bind(index, value.toLongLong());
            break;
        case QMetaType::QByteArray:
            statement.bind(index, value.toByteArray());
            break;
        default:
            statement.bind(index, value.toString());
            break;
    }
}

QVariant readFieldValue(const db::Statement& statement, int column, const model::FieldDef& field) {
    if (statement.columnIsNull(column)) return {};
    switch (field.type) {
        case model::FieldType::Integer:
        case model::FieldType::Boolean:
            return statement.columnInt64(column);
        case model::FieldType::Reference:
            return statement.columnBlob(column);
        default:
            return statement.columnText(column);
    }
}

}  // namespace fieldcase::store
