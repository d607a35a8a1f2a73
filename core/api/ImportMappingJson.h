#pragma once

// An ImportMapping as JSON, the one form of it: what `fieldcase-cli import --json` prints under "mapping" and reads
// back with --map, and what a vault remembers of its last import.
#include "core/api/Import.h"

#include <QJsonObject>

namespace fieldcase {

inline QJsonObject importMappingToJson(const ImportMapping& mapping) {
    QJsonObject columns;
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
        columns.insert(it.key(), it.value());
    QJsonObject values;
    for (auto target = mapping.values.begin(); target != mapping.values.end(); ++target) {
        QJsonObject texts;
        for (auto it = target->begin(); it != target->end(); ++it)
            texts.insert(it.key(), it.value());
        values.insert(target.key(), texts);
    }
    return {{QStringLiteral("sheet"), mapping.sheet},
            {QStringLiteral("header_row"), mapping.headerRow},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("values"), values}};
}

// What is not a text where a text belongs reads as "" (the column or value left out); keys not known are ignored.
inline ImportMapping importMappingFromJson(const QJsonObject& json) {
    ImportMapping mapping;
    mapping.sheet = json.value(QStringLiteral("sheet")).toString();
    mapping.headerRow = json.value(QStringLiteral("header_row")).toInt();
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        mapping.columns.insert(it.key(), it.value().toString());
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    for (auto target = values.begin(); target != values.end(); ++target) {
        const QJsonObject texts = target.value().toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it)
            mapping.values[target.key()].insert(it.key(), it.value().toString());
    }
    return mapping;
}

}  // namespace fieldcase
