#include "core/query/CaseList.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/query/RecordRows.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace fieldcase::query {

Result<CaseListPage> listCases(db::Connection& connection, const CaseListQuery& query, const QString& today) {
    static const QStringList sortable = {QStringLiteral("updated_at"), QStringLiteral("reference"),
                                         QStringLiteral("title"),      QStringLiteral("status"),
                                         QStringLiteral("risk"),       QStringLiteral("opened_on")};
    if (!sortable.contains(query.sortField)) {
        return makeError(
            ErrorCode::Usage,
            QCoreApplication::translate("Records", "Cases cannot be sorted by '%1'.").arg(query.sortField));
    }
    QByteArray where = query.includeArchived ? "1" : "archived = 0";
    QStringList parameters;
    auto require = [&](const char* condition, const QString& value) {
        where += QByteArray(" AND ") + condition;
        parameters << value;
    };
    if (!query.status.isEmpty()) require("status = ?", query.status);
    if (!query.risk.isEmpty()) require("risk = ?", query.risk);
    if (!query.assignedTo.isEmpty()) require("assigned_to = ?", query.assignedTo);
    if (!query.exploitation.isEmpty()) {
        require("(',' || exploitation || ',') LIKE ?", QStringLiteral("%,%1,%").arg(query.exploitation));
    }
    if (query.overdueOnly) {
        // Written as IN so SQLite walks the open follow-ups once (index followups_open_by_case), not per case.
        require("id IN (SELECT case_id FROM followups WHERE state = 'Open' AND due_on < ? AND archived = 0)", today);
    }
    auto bindAll = [&](db::Statement& statement) {
        for (int i = 0; i < parameters.size(); ++i)
            statement.bind(i + 1, parameters[i]);
    };
    CaseListPage page;
    auto count = connection.prepare(("SELECT count(*) FROM cases WHERE " + where).constData());
    if (!count) return count.error();
    bindAll(*count);
    auto counted = count->step();
    if (!counted) return counted.error();
    page.total = static_cast<int>(count->columnInt64(0));

    // Ties are broken the way the indexes are ordered, so every sort is read straight from an index.
    const QByteArray direction = query.descending ? " DESC" : " ASC";
    const bool grouped = query.sortField == QLatin1String("status") || query.sortField == QLatin1String("risk");
    const QByteArray order = query.sortField.toLatin1() +
                             (query.sortField == QLatin1String("title") ? " COLLATE NOCASE" : "") + direction +
                             (grouped ? ", updated_at" + direction : QByteArray()) + ", rowid" + direction;
    auto select = connection.prepare(("SELECT id, reference, title, status, risk, updated_at, archived FROM "
                                      "cases WHERE " +
                                      where + " ORDER BY " + order + " LIMIT ? OFFSET ?")
                                         .constData());
    if (!select) return select.error();
    bindAll(*select);
    select->bind(static_cast<int>(parameters.size()) + 1, static_cast<qint64>(std::max(0, query.limit)));
    select->bind(static_cast<int>(parameters.size()) + 2, static_cast<qint64>(std::max(0, query.offset)));
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        page.rows << CaseSummary{hexOf(select->columnBlob(0)), select->columnText(1), select->columnText(2),
                                 select->columnText(3),        select->columnText(4), select->columnInt64(5),
                                 select->columnInt64(6) != 0};
    }
    return page;
}

Result<QStringList> caseWorkers(db::Connection& connection) {
    // Walks cases_by_assigned_to: one step per distinct name, not one per case.
    auto select = connection.prepare(
        "SELECT DISTINCT assigned_to FROM cases WHERE assigned_to IS NOT NULL AND assigned_to != ''");
    if (!select) return select.error();
    QStringList workers;
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        workers << select->columnText(0);
    }
    // A collator of its own: QString::localeAwareCompare keeps one per thread until the thread ends.
    const QCollator collator;
    std::sort(workers.begin(), workers.end(),
              [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return workers;
}

}  // namespace fieldcase::query
