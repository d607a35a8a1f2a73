// Mutator::adoptChangesAfter(): a laptop restored from a backup keeps, as its own changes, those of the device it
// replaces that the team refused because that device was removed first (docs/backup.md, "Removed before the
// restored laptop was admitted").
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/store/Mutator.h"
#include "core/store/SqlValues.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace fieldcase::store {

namespace {

// Every field of a record as stored here; nothing when the record is not here.
Result<std::optional<FieldValues>> readRecord(db::Connection& connection, const model::TableDef& table,
                                              const QByteArray& rowId) {
    QByteArray columns;
    for (const model::FieldDef& field : table.fields) {
        if (!columns.isEmpty()) columns += ", ";
        columns += field.name;
    }
    auto select =
        connection.prepare((QByteArray("SELECT ") + columns + " FROM " + table.name + " WHERE id = ?").constData());
    if (!select) return select.error();
    select->bind(1, rowId);
    auto row = select->step();
    if (!row) return row.error();
    if (!*row) return std::optional<FieldValues>();
    FieldValues values;
    for (std::size_t i = 0; i < table.fields.size(); ++i)
        values.emplace_back(&table.fields[i], readFieldValue(*select, static_cast<int>(i), table.fields[i]));
    return std::optional<FieldValues>(std::move(values));
}

// Drops references to records that are not here (the refused changes may have pointed to a record purged since);
// false when the record belongs to one that is not here, and so cannot be written.
Result<bool> keepReachable(db::Connection& connection, FieldValues& values) {
    for (auto entry = values.begin(); entry != values.end();) {
        const model::FieldDef& field = *entry->first;
        if (field.type != model::FieldType::Reference || entry->second.isNull()) {
            ++entry;
            continue;
        }
        const model::TableDef& target = model::Schema::table(*field.references);
        auto exists = connection.prepare((QByteArray("SELECT 1 FROM ") + target.name + " WHERE id = ?").constData());
        if (!exists) return exists.error();
        exists->bind(1, entry->second.toByteArray());
        auto row = exists->step();
        if (!row) return row.error();
        if (*row) {
            ++entry;
        } else if (field.owner) {
            return false;
        } else {
            entry = values.erase(entry);
        }
    }
    return true;
}

struct Refused {
    const model::TableDef* table;
    QByteArray rowId;
    FieldValues shown;  // as this laptop showed the record before the refused changes were taken back
};

}  // namespace

Result<int> Mutator::Batch::adoptChangesAfter(int device, qint64 cutoffSeq, qint64 upToSeq) {
    return m_mutator.adoptChangesAfter(device, cutoffSeq, upToSeq);
}

Result<int> Mutator::adoptChangesAfter(int device, qint64 cutoffSeq, qint64 upToSeq) {
    if (!m_transaction)
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("Store", "Internal error: no change in progress."));
    if (device == kSelfDevice || upToSeq <= cutoffSeq) {
        FC_TRY(forgetChangesAfter(device, cutoffSeq));
        return 0;
    }
    // The records the refused changes touched, in the order they first touched them: a record they created comes
    // before the records that refer to it.
    auto touched = m_connection.prepare(
        "SELECT tbl, row_id FROM op_index WHERE origin = ? AND seq > ? AND seq <= ? GROUP BY tbl, row_id "
        "ORDER BY min(seq), tbl");
    if (!touched) return touched.error();
    touched->bind(1, static_cast<qint64>(device)).bind(2, cutoffSeq).bind(3, upToSeq);
    std::vector<Refused> refused;
    for (;;) {
        auto row = touched->step();
        if (!row) return row.error();
        if (!*row) break;
        const model::TableDef* table = model::Schema::tableByNumber(static_cast<int>(touched->columnInt64(0)));
        if (table == nullptr) continue;
        const QByteArray rowId = touched->columnBlob(1);
        auto purged = isPurged(static_cast<int>(table->id), rowId);
        if (!purged) return purged.error();
        if (*purged) continue;  // a purge stays, whoever signed it
        auto shown = readRecord(m_connection, *table, rowId);
        if (!shown) return shown.error();
        if (*shown) refused.push_back({table, rowId, std::move(**shown)});
    }
    touched->reset();

    FC_TRY(forgetChangesAfter(device, cutoffSeq));

    // A record the refused changes created is created again by this laptop (a record's id names the device that
    // created it, so it gets a new one); references to it, and its attachment content, follow it.
    std::map<QByteArray, QByteArray> recreated;
    const auto followRecreated = [&recreated](QVariant& value) {
        if (value.isNull()) return;
        const auto moved = recreated.find(value.toByteArray());
        if (moved != recreated.end()) value = moved->second;
    };
    int adopted = 0;
    for (Refused& record : refused) {
        for (auto& [field, value] : record.shown) {
            if (field->type == model::FieldType::Reference) followRecreated(value);
        }
        auto now = readRecord(m_connection, *record.table, record.rowId);
        if (!now) return now.error();
        if (!*now) {
            FieldValues values;
            for (auto& [field, value] : record.shown) {
                if (!value.isNull()) values.emplace_back(field, value);
            }
            auto reachable = keepReachable(m_connection, values);
            if (!reachable) return reachable.error();
            if (!*reachable) continue;
            auto id = insert(*record.table, values);
            if (!id) return id.error();
            recreated.emplace(record.rowId, *id);
            if (record.table->id == model::TableId::Attachment) {
                auto move =
                    m_connection.prepare("UPDATE attachment_chunks SET attachment_id = ? WHERE attachment_id = ?");
                if (!move) return move.error();
                FC_TRY(move->bind(1, *id).bind(2, record.rowId).run());
            }
            ++adopted;
            continue;
        }
        // A record that stays: the fields the refused changes had set are set again, by this laptop.
        if (record.table->appendOnly) continue;
        FieldValues changed;
        for (std::size_t i = 0; i < record.shown.size(); ++i) {
            const auto& [field, value] = record.shown[i];
            if (value != (**now)[i].second) changed.emplace_back(field, value);
        }
        auto reachable = keepReachable(m_connection, changed);
        if (!reachable) return reachable.error();
        if (!*reachable || changed.empty()) continue;
        FC_TRY(update(*record.table, record.rowId, changed));
        ++adopted;
    }
    return adopted;
}

}  // namespace fieldcase::store
