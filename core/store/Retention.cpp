#include "core/store/Retention.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/store/RowClock.h"

#include <algorithm>
#include <map>
#include <set>

namespace fieldcase::store {

namespace {

// The case fields that make a case due: its status, its closing date and its keep mark.
constexpr int kStatusField = 3;
constexpr int kClosedOnField = 14;
constexpr int kRetainField = 19;

// Closed in a closed status, dated on or before ?1, not marked to keep.
constexpr const char* kDueCasesSql =
    "SELECT id, reference, closed_on, clock FROM cases WHERE status IN ('Closed', 'ClosedReferred') "
    "AND closed_on IS NOT NULL AND closed_on <= ?1 AND coalesce(retain, 0) = 0";

struct DueCase {
    QString reference;
    QDate closedOn;
};
using DueCases = std::map<QByteArray, DueCase>;

// The fields that make the case due are not in conflict and, when purger is a device, were last written by another.
Result<bool> settled(const QByteArray& clockBytes, int purger) {
    auto clock = RowClock::decode(clockBytes);
    if (!clock) return clock.error();
    for (const int field : {kStatusField, kClosedOnField, kRetainField}) {
        const auto found = clock->fields.find(field);
        if (found == clock->fields.end()) continue;
        const auto& versions = found->second.versions;
        if (versions.size() > 1) return false;
        if (purger != 0 && !versions.empty() && versions.front().origin == purger) return false;
    }
    return true;
}

// The cases due after `months` on `today` (all of them, or only `onlyId`); purger 0 for this laptop's own run.
Result<DueCases> dueCases(db::Connection& connection, int months, QDate today, int purger,
                          const QByteArray* onlyId = nullptr) {
    DueCases due;
    if (months <= 0) return due;
    auto rows =
        connection.prepare(onlyId == nullptr ? QByteArray(kDueCasesSql) : QByteArray(kDueCasesSql) + " AND id = ?2");
    if (!rows) return rows.error();
    rows->bind(1, today.addMonths(-months).toString(Qt::ISODate));
    if (onlyId != nullptr) rows->bind(2, *onlyId);
    FC_TRY(rows->forEachRow([&](const db::Statement& row) -> Result<void> {
        auto isSettled = settled(row.columnBlob(3), purger);
        if (!isSettled) return isSettled.error();
        if (*isSettled)
            due.emplace(row.columnBlob(0),
                        DueCase{row.columnText(1), QDate::fromString(row.columnText(2), Qt::ISODate)});
        return {};
    }));
    return due;
}

Result<bool> caseDue(db::Connection& connection, const QByteArray& caseId, int months, QDate today, int purger) {
    auto due = dueCases(connection, months, today, purger, &caseId);
    if (!due) return due.error();
    return !due->empty();
}

// The cases a person is linked to (removed links too: a person once in a case that is kept stays).
Result<std::vector<QByteArray>> casesOf(db::Connection& connection, const QByteArray& personId) {
    auto rows = connection.prepare("SELECT case_id FROM case_persons WHERE person_id = ?");
    if (!rows) return rows.error();
    rows->bind(1, personId);
    std::vector<QByteArray> cases;
    FC_TRY(rows->forEachRow([&](const db::Statement& row) { cases.push_back(row.columnBlob(0)); }));
    return cases;
}

// A person is due when it is in at least one case and every case it is in is due.
Result<bool> personDue(db::Connection& connection, const QByteArray& personId, int months, QDate today, int purger) {
    auto cases = casesOf(connection, personId);
    if (!cases) return cases.error();
    if (cases->empty()) return false;
    for (const QByteArray& caseId : *cases) {
        auto due = caseDue(connection, caseId, months, today, purger);
        if (!due) return due.error();
        if (!*due) return false;
    }
    return true;
}

// The same, from the cases known to be due: the case that makes the person due (closed last), if it is.
Result<std::optional<QByteArray>> personDueFrom(db::Connection& connection, const QByteArray& personId,
                                                const DueCases& due) {
    auto cases = casesOf(connection, personId);
    if (!cases) return cases.error();
    std::optional<QByteArray> latest;
    for (const QByteArray& caseId : *cases) {
        const auto found = due.find(caseId);
        if (found == due.end()) return std::optional<QByteArray>();
        if (!latest || due.at(*latest).closedOn < found->second.closedOn) latest = caseId;
    }
    return latest;
}

// The value of one of a record's reference fields (empty when unset or the record is not here).
Result<QByteArray> referenceOf(db::Connection& connection, const model::TableDef& table, const model::FieldDef& field,
                               const QByteArray& rowId) {
    auto value =
        connection.prepare((QByteArray("SELECT ") + field.name + " FROM " + table.name + " WHERE id = ?").constData());
    if (!value) return value.error();
    value->bind(1, rowId);
    auto row = value->step();
    if (!row) return row.error();
    return *row && !value->columnIsNull(0) ? value->columnBlob(0) : QByteArray();
}

// Whether the record belongs to a case or person due after `months` (an encounter of a due case).
Result<bool> ownerDue(db::Connection& connection, const model::TableDef& table, const QByteArray& rowId, int months,
                      QDate today, int purger) {
    for (const model::FieldDef& field : table.fields) {
        if (!field.owner || !field.references) continue;
        auto owner = referenceOf(connection, table, field, rowId);
        if (!owner) return owner.error();
        if (owner->isEmpty()) continue;
        Result<bool> due = false;
        if (*field.references == model::TableId::Case) due = caseDue(connection, *owner, months, today, purger);
        if (*field.references == model::TableId::Person) due = personDue(connection, *owner, months, today, purger);
        if (!due) return due.error();
        if (*due) return true;
    }
    return false;
}

}  // namespace

Result<std::vector<DueRecord>> dueRecords(db::Connection& connection, const RetentionPeriods& periods, QDate today) {
    std::vector<DueRecord> attachments, persons, cases;
    auto closed = dueCases(connection, periods.closedCaseMonths, today, 0);
    if (!closed) return closed.error();
    for (const auto& [id, dueCase] : *closed)
        cases.push_back({&model::Schema::table(model::TableId::Case), id, RetentionReason::ClosedCase,
                         dueCase.reference, dueCase.closedOn});

    std::set<QByteArray> personsGoing;
    std::set<QByteArray> candidates;
    auto linked = connection.prepare("SELECT person_id FROM case_persons WHERE case_id = ?");
    if (!linked) return linked.error();
    for (const auto& [id, dueCase] : *closed) {
        linked->reset();
        linked->bind(1, id);
        FC_TRY(linked->forEachRow([&](const db::Statement& row) {
            if (!row.columnIsNull(0)) candidates.insert(row.columnBlob(0));
        }));
    }
    for (const QByteArray& personId : candidates) {
        auto because = personDueFrom(connection, personId, *closed);
        if (!because) return because.error();
        if (!*because) continue;
        const DueCase& dueCase = closed->at(**because);
        persons.push_back({&model::Schema::table(model::TableId::Person), personId, RetentionReason::Person,
                           dueCase.reference, dueCase.closedOn});
        personsGoing.insert(personId);
    }

    auto sooner = dueCases(connection, periods.attachmentMonths, today, 0);
    if (!sooner) return sooner.error();
    if (!sooner->empty()) {
        auto rows = connection.prepare("SELECT id, case_id, person_id FROM attachments");
        if (!rows) return rows.error();
        FC_TRY(rows->forEachRow([&](const db::Statement& row) -> Result<void> {
            std::optional<QByteArray> because;
            if (!row.columnIsNull(1)) {
                const QByteArray caseId = row.columnBlob(1);
                if (sooner->count(caseId) != 0 && closed->count(caseId) == 0) because = caseId;
            } else if (!row.columnIsNull(2) && personsGoing.count(row.columnBlob(2)) == 0) {
                auto personCase = personDueFrom(connection, row.columnBlob(2), *sooner);
                if (!personCase) return personCase.error();
                because = *personCase;
            }
            if (because) {
                const DueCase& dueCase = sooner->at(*because);
                attachments.push_back({&model::Schema::table(model::TableId::Attachment), row.columnBlob(0),
                                       RetentionReason::Attachment, dueCase.reference, dueCase.closedOn});
            }
            return {};
        }));
    }

    std::vector<DueRecord> all;
    all.reserve(attachments.size() + persons.size() + cases.size());
    for (auto* part : {&attachments, &persons, &cases})
        all.insert(all.end(), part->begin(), part->end());
    return all;
}

Result<bool> retentionCallsFor(db::Connection& connection, const RetentionPeriods& periods, QDate today, int table,
                               const QByteArray& rowId, int purger) {
    const model::TableDef* def = model::Schema::tableByNumber(table);
    if (def == nullptr || !periods.any()) return false;
    const QDate latest = today.addDays(kRetentionToleranceDays);
    const int months = periods.closedCaseMonths;
    if (def->id == model::TableId::Case) return caseDue(connection, rowId, months, latest, purger);
    if (def->id == model::TableId::Person) return personDue(connection, rowId, months, latest, purger);
    if (def->id == model::TableId::Attachment && periods.attachmentMonths > 0) {
        auto sooner = ownerDue(connection, *def, rowId, periods.attachmentMonths, latest, purger);
        if (!sooner || *sooner) return sooner;
    }
    return ownerDue(connection, *def, rowId, months, latest, purger);
}

}  // namespace fieldcase::store
