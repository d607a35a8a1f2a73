#include "core/query/Records.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/query/RecordRows.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace fieldcase::query {

using model::Schema;
using model::TableDef;
using model::TableId;

Result<RecordData> record(db::Connection& connection, const TableDef& table, const QString& id) {
    auto rowId = parseId(table, id);
    if (!rowId) return rowId.error();
    auto select =
        connection.prepare(("SELECT " + selectColumns(table) + " FROM " + table.name + " WHERE id = ?").constData());
    if (!select) return select.error();
    select->bind(1, *rowId);
    auto row = select->step();
    if (!row) return row.error();
    if (!*row) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Records", "There is no %1 with the id '%2'.").arg(kindLabel(table), id));
    }
    return readRecord(table, *select);
}

Result<QList<RecordData>> records(db::Connection& connection, const TableDef& table, int offset, int limit) {
    auto select = connection.prepare(("SELECT " + selectColumns(table) + " FROM " + table.name +
                                      " ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?")
                                         .constData());
    if (!select) return select.error();
    select->bind(1, static_cast<qint64>(std::max(0, limit))).bind(2, static_cast<qint64>(std::max(0, offset)));
    return readAll(*select, table);
}

Result<CaseDetails> caseDetails(db::Connection& connection, RecordData theCase) {
    const QByteArray caseId = QByteArray::fromHex(theCase.id.toLatin1());
    CaseDetails details;
    details.record = std::move(theCase);

    auto children = [&](TableId tableId, const char* order) -> Result<QList<RecordData>> {
        const TableDef& table = Schema::table(tableId);
        auto select = connection.prepare(
            ("SELECT " + selectColumns(table) + " FROM " + table.name + " WHERE case_id = ? ORDER BY " + order)
                .constData());
        if (!select) return select.error();
        select->bind(1, caseId);
        return readAll(*select, table);
    };
    auto encounters = children(TableId::Encounter, "at, rowid");
    auto notes = children(TableId::Note, "created_at, rowid");
    auto referrals = children(TableId::Referral, "created_at, rowid");
    auto followups = children(TableId::FollowUp, "due_on, rowid");
    // Metadata only: the content lives in attachment_chunks and is read on request (attachmentContent).
    auto attachments = children(TableId::Attachment, "created_at, rowid");
    // Consents belong to people, not to the case: those of the case's people, through consents_by_person.
    const TableDef& consentTable = Schema::table(TableId::Consent);
    auto selectConsents =
        connection.prepare(("SELECT " + selectColumns(consentTable) +
                            " FROM consents WHERE person_id IN (SELECT person_id FROM case_persons WHERE case_id = ?)"
                            " ORDER BY created_at, rowid")
                               .constData());
    if (!selectConsents) return selectConsents.error();
    selectConsents->bind(1, caseId);
    auto consents = readAll(*selectConsents, consentTable);
    for (const auto* part : {&encounters, &notes, &referrals, &followups, &attachments, &consents}) {
        if (!*part) return part->error();
    }
    details.encounters = *encounters;
    details.notes = *notes;
    details.referrals = *referrals;
    details.followups = *followups;
    details.attachments = *attachments;
    details.consents = *consents;

    const TableDef& links = Schema::table(TableId::CasePerson);
    const TableDef& persons = Schema::table(TableId::Person);
    auto select = connection.prepare(("SELECT " + selectColumns(links, "l.") + ", " + selectColumns(persons, "p.") +
                                      " FROM case_persons l JOIN persons p ON p.id = l.person_id"
                                      " WHERE l.case_id = ? ORDER BY l.created_at, l.rowid")
                                         .constData());
    if (!select) return select.error();
    select->bind(1, caseId);
    const int personColumn = 3 + static_cast<int>(links.fields.size());
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        const RecordData link = readRecord(links, *select);
        RecordData person = readRecord(persons, *select, personColumn);
        for (auto it = link.fields.begin(); it != link.fields.end(); ++it) {
            if (it.key() != QLatin1String("case_id") && it.key() != QLatin1String("person_id")) {
                person.fields.insert(it.key(), it.value());
            }
        }
        person.fields.insert(QStringLiteral("case_person_id"), link.id);
        person.archived = person.archived || link.archived;
        details.people << person;
    }
    return details;
}

Result<QVariantMap> counts(db::Connection& connection) {
    QVariantMap counts;
    for (const auto& table : Schema::tables()) {
        auto count = connection.queryText((QByteArray("SELECT count(*) FROM ") + table.name).constData());
        if (!count) return count.error();
        counts.insert(QLatin1String(table.singular), count->toLongLong());
    }
    return counts;
}

}  // namespace fieldcase::query
