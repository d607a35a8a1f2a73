#include "core/query/FollowUps.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/query/RecordRows.h"

#include <QCoreApplication>

#include <algorithm>

namespace fieldcase::query {

Result<FollowUpPage> followUps(db::Connection& connection, const FollowUpQuery& query) {
    if (!query.today.isValid()) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Records", "Follow-ups are counted from a valid date."));
    }
    // Due dates are stored as YYYY-MM-DD, so comparing the text compares the dates.
    const QString today = query.today.toString(Qt::ISODate);
    const QString tomorrow = query.today.addDays(1).toString(Qt::ISODate);
    const QString laterFrom = query.today.addDays(7).toString(Qt::ISODate);
    FollowUpPage page;

    // Both queries walk the follow-ups through an index on (state, due_on) and look up each one's case by id;
    // CROSS JOIN keeps SQLite from walking the 100 000 cases instead.
    auto count = connection.prepare(
        "SELECT ifnull(sum(f.due_on < ?1), 0), ifnull(sum(f.due_on = ?1), 0),"
        " ifnull(sum(f.due_on > ?1 AND f.due_on < ?2), 0), ifnull(sum(f.due_on >= ?2), 0)"
        " FROM followups f CROSS JOIN cases c ON c.id = f.case_id"
        " WHERE f.state = 'Open' AND f.archived = 0 AND c.archived = 0");
    if (!count) return count.error();
    count->bind(1, today).bind(2, laterFrom);
    auto counted = count->step();
    if (!counted) return counted.error();
    page.counts = FollowUpCounts{static_cast<int>(count->columnInt64(0)), static_cast<int>(count->columnInt64(1)),
                                 static_cast<int>(count->columnInt64(2)), static_cast<int>(count->columnInt64(3))};

    QString dueFrom;    // inclusive; empty for open-ended
    QString dueBefore;  // exclusive; empty for open-ended
    switch (query.bucket) {
        case FollowUpBucket::Overdue:
            dueBefore = today;
            break;
        case FollowUpBucket::Today:
            dueFrom = today;
            dueBefore = tomorrow;
            break;
        case FollowUpBucket::ThisWeek:
            dueFrom = tomorrow;
            dueBefore = laterFrom;
            break;
        case FollowUpBucket::Later:
            dueFrom = laterFrom;
            break;
        case FollowUpBucket::Done:
            break;
    }
    const bool done = query.bucket == FollowUpBucket::Done;
    QByteArray sql =
        "SELECT f.id, f.case_id, f.what, f.due_on, f.assignee, f.state, c.reference, c.title"
        " FROM followups f CROSS JOIN cases c ON c.id = f.case_id"
        " WHERE f.state = ? AND f.archived = 0 AND c.archived = 0";
    QStringList parameters{done ? QStringLiteral("Done") : QStringLiteral("Open")};
    if (!dueFrom.isEmpty()) {
        sql += " AND f.due_on >= ?";
        parameters << dueFrom;
    }
    if (!dueBefore.isEmpty()) {
        sql += " AND f.due_on < ?";
        parameters << dueBefore;
    }
    // The order of the index followups_open_by_due (state, due_on, then rowid), so no sort is needed.
    sql += done ? " ORDER BY f.due_on DESC, f.rowid DESC" : " ORDER BY f.due_on, f.rowid";
    sql += " LIMIT ? OFFSET ?";
    auto select = connection.prepare(sql.constData());
    if (!select) return select.error();
    int index = 1;
    for (const QString& parameter : parameters)
        select->bind(index++, parameter);
    select->bind(index++, static_cast<qint64>(std::max(0, query.limit)));
    select->bind(index, static_cast<qint64>(std::max(0, query.offset)));
    FC_TRY(select->forEachRow([&](const db::Statement& row) {
        page.rows << FollowUpItem{hexOf(row.columnBlob(0)), hexOf(row.columnBlob(1)), row.columnText(6),
                                  row.columnText(7),        row.columnText(2),        row.columnText(3),
                                  row.columnText(4),        row.columnText(5)};
    }));
    return page;
}

}  // namespace fieldcase::query
