#include "core/query/Dashboard.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <algorithm>
#include <array>

namespace fieldcase::query {

namespace {

using model::Vocabulary;
using model::VocabularyId;

QString notRecorded() {
    return QCoreApplication::translate("Records", "Not recorded");
}

// Counts by key, shown in the vocabulary's order (unknown keys and "not recorded" last).
QList<DashboardCount> inVocabularyOrder(VocabularyId vocabulary, const QHash<QString, int>& counts) {
    QList<DashboardCount> result;
    for (const auto& entry : Vocabulary::entries(vocabulary)) {
        const QString& key = entry.key;
        if (counts.value(key) > 0) result << DashboardCount{key, Vocabulary::label(vocabulary, key), counts.value(key)};
    }
    QStringList others;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!it.key().isEmpty() && !Vocabulary::isKnown(vocabulary, it.key())) others << it.key();
    }
    std::sort(others.begin(), others.end());
    for (const QString& key : others)
        result << DashboardCount{key, Vocabulary::label(vocabulary, key), counts.value(key)};
    if (counts.value(QString()) > 0) result << DashboardCount{QString(), notRecorded(), counts.value(QString())};
    return result;
}

// Counts by name (workers, organisations): most first, ties by name; "not recorded" last.
QList<DashboardCount> largestFirst(const QHash<QString, int>& counts) {
    QList<DashboardCount> result;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!it.key().isEmpty()) result << DashboardCount{it.key(), it.key(), it.value()};
    }
    std::sort(result.begin(), result.end(), [](const DashboardCount& a, const DashboardCount& b) {
        if (a.count != b.count) return a.count > b.count;
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    if (counts.value(QString()) > 0) result << DashboardCount{QString(), notRecorded(), counts.value(QString())};
    return result;
}

constexpr std::array<std::pair<int, const char*>, 9> kAgeBands{{{0, "0-8"},
                                                                {9, "9-17"},
                                                                {18, "18-20"},
                                                                {21, "21-23"},
                                                                {24, "24-26"},
                                                                {27, "27-29"},
                                                                {30, "30-38"},
                                                                {39, "39-47"},
                                                                {48, "48+"}}};

bool isClosed(const QString& status) {
    return status == QLatin1String("Closed") || status == QLatin1String("ClosedReferred");
}

bool isUnderWay(const QString& status) {
    return status == QLatin1String("Planned") || status == QLatin1String("Sent") || status == QLatin1String("Accepted");
}

// The period's cases, as SQL over the cases table aliased "c": parameters ?1 (from) and ?2 (to), empty when open.
constexpr const char* kPeriodCases =
    " c.archived = 0 AND (?1 = '' OR c.opened_on >= ?1) AND (?2 = '' OR c.opened_on <= ?2) ";

class Period {
public:
    explicit Period(const DashboardQuery& query)
        : m_from(query.from.isValid() ? query.from.toString(Qt::ISODate) : QString()),
          m_to(query.to.isValid() ? query.to.toString(Qt::ISODate) : QString()) {}

    Result<db::Statement> prepare(db::Connection& connection, const QByteArray& sql) const {
        auto statement = connection.prepare(sql.constData());
        if (!statement) return statement.error();
        statement->bind(1, m_from).bind(2, m_to);
        return statement;
    }
    const QString& from() const { return m_from; }
    const QString& to() const { return m_to; }

private:
    QString m_from;
    QString m_to;
};

Result<void> countMonths(db::Connection& connection, const Period& period, Dashboard& dashboard) {
    QMap<QString, DashboardMonth> months;
    auto opened = period.prepare(connection, QByteArray("SELECT substr(c.opened_on, 1, 7), count(*) FROM cases c "
                                                        "WHERE") +
                                                 kPeriodCases + "AND c.opened_on IS NOT NULL GROUP BY 1");
    if (!opened) return opened.error();
    FC_TRY(opened->forEachRow(
        [&](const db::Statement& row) { months[row.columnText(0)].opened = static_cast<int>(row.columnInt64(1)); }));
    // Closings are dated by closed_on; a reopened case keeps an old closed_on, so only cases closed now count.
    auto closed = period.prepare(connection,
                                 "SELECT substr(c.closed_on, 1, 7), count(*) FROM cases c WHERE c.archived = 0 "
                                 "AND c.status IN ('Closed', 'ClosedReferred') AND c.closed_on IS NOT NULL "
                                 "AND (?1 = '' OR c.closed_on >= ?1) AND (?2 = '' OR c.closed_on <= ?2) GROUP BY 1");
    if (!closed) return closed.error();
    FC_TRY(closed->forEachRow(
        [&](const db::Statement& row) { months[row.columnText(0)].closed = static_cast<int>(row.columnInt64(1)); }));
    // Every month between the first and the last, so a chart's axis has no holes.
    QDate first = period.from().isEmpty() ? QDate() : QDate::fromString(period.from(), Qt::ISODate);
    QDate last = period.to().isEmpty() ? QDate() : QDate::fromString(period.to(), Qt::ISODate);
    if (!months.isEmpty()) {
        const auto monthStart = [](const QString& month) {
            return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        };
        if (!first.isValid()) first = monthStart(months.firstKey());
        if (!last.isValid()) last = monthStart(months.lastKey());
    }
    if (!first.isValid() || !last.isValid()) return {};
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        DashboardMonth entry = months.value(key);
        entry.month = key;
        dashboard.months << entry;
    }
    return {};
}

Result<void> countCases(db::Connection& connection, const Period& period, Dashboard& dashboard) {
    QHash<QString, int> byStatus;
    QHash<QString, int> byRisk;
    QHash<QString, int> byExploitation;
    auto cases = period.prepare(connection, QByteArray("SELECT c.status, c.risk, c.exploitation, count(*) FROM cases c "
                                                       "WHERE") +
                                                kPeriodCases + "GROUP BY 1, 2, 3");
    if (!cases) return cases.error();
    FC_TRY(cases->forEachRow([&](const db::Statement& row) {
        const int count = static_cast<int>(row.columnInt64(3));
        const QString status = row.columnText(0);
        dashboard.cases += count;
        if (isClosed(status)) return;
        dashboard.openCases += count;
        byStatus[status] += count;
        byRisk[row.columnText(1)] += count;
        const QString types = row.columnText(2);
        if (types.isEmpty()) {
            byExploitation[QString()] += count;
            return;
        }
        for (const QString& type : types.split(QLatin1Char(',')))
            byExploitation[type] += count;
    }));
    dashboard.openByStatus = inVocabularyOrder(VocabularyId::CaseStatus, byStatus);
    dashboard.openByRisk = inVocabularyOrder(VocabularyId::RiskLevel, byRisk);
    dashboard.openByExploitation = inVocabularyOrder(VocabularyId::ExploitationType, byExploitation);
    return {};
}

Result<void> countOverdue(db::Connection& connection, const Period& period, const QString& today,
                          Dashboard& dashboard) {
    QHash<QString, int> byWorker;
    // Walks the open follow-ups through followups_open_by_due and looks up each one's case (CROSS JOIN keeps that
    // order), as the follow-ups screen does.
    auto overdue = period.prepare(
        connection, QByteArray("SELECT coalesce(nullif(f.assignee, ''), nullif(c.assigned_to, ''), ''), count(*) "
                               "FROM followups f CROSS JOIN cases c ON c.id = f.case_id "
                               "WHERE f.state = 'Open' AND f.due_on < ?3 AND f.archived = 0 AND") +
                        kPeriodCases + "GROUP BY 1");
    if (!overdue) return overdue.error();
    overdue->bind(3, today);
    FC_TRY(overdue->forEachRow([&](const db::Statement& row) {
        const int count = static_cast<int>(row.columnInt64(1));
        byWorker[row.columnText(0)] += count;
        dashboard.overdue += count;
    }));
    dashboard.overdueByWorker = largestFirst(byWorker);
    return {};
}

Result<void> countReferrals(db::Connection& connection, const Period& period, Dashboard& dashboard) {
    QHash<QString, int> byOrganisation;
    QHash<QString, int> byStatus;
    QHash<QString, int> byOutcome;
    auto referrals = period.prepare(
        connection, QByteArray("SELECT coalesce(o.name, ''), r.status, count(*) FROM referrals r "
                               "CROSS JOIN cases c ON c.id = r.case_id "
                               "LEFT JOIN organisations o ON o.id = r.organisation_id WHERE r.archived = 0 AND") +
                        kPeriodCases + "GROUP BY 1, 2");
    if (!referrals) return referrals.error();
    FC_TRY(referrals->forEachRow([&](const db::Statement& row) {
        const int count = static_cast<int>(row.columnInt64(2));
        const QString status = row.columnText(1);
        dashboard.referrals += count;
        byOrganisation[row.columnText(0)] += count;
        (isUnderWay(status) ? byStatus : byOutcome)[status] += count;
    }));
    dashboard.referralsByOrganisation = largestFirst(byOrganisation);
    dashboard.referralsByStatus = inVocabularyOrder(VocabularyId::ReferralStatus, byStatus);
    dashboard.referralsByOutcome = inVocabularyOrder(VocabularyId::ReferralStatus, byOutcome);
    return {};
}

Result<void> countPeople(db::Connection& connection, const Period& period, const QDate& today, Dashboard& dashboard) {
    QHash<QString, int> byGender;
    QHash<QString, int> byAge;
    auto people = period.prepare(
        connection, QByteArray("SELECT p.gender, p.birth_date, p.estimated_age FROM persons p WHERE p.archived = 0 "
                               "AND p.id IN (SELECT l.person_id FROM case_persons l "
                               "CROSS JOIN cases c ON c.id = l.case_id "
                               "WHERE l.archived = 0 AND l.role = 'Survivor' AND") +
                        kPeriodCases + ")");
    if (!people) return people.error();
    FC_TRY(people->forEachRow([&](const db::Statement& row) {
        ++dashboard.people;
        byGender[row.columnText(0)] += 1;
        const QVariant estimated = row.columnIsNull(2) ? QVariant() : QVariant(row.columnInt64(2));
        byAge[ageBand(ageOn(today, row.columnText(1), estimated))] += 1;
    }));
    dashboard.peopleByGender = inVocabularyOrder(VocabularyId::Gender, byGender);
    for (const auto& [from, band] : kAgeBands) {
        const QString key = QLatin1String(band);
        if (byAge.value(key) > 0) dashboard.peopleByAgeBand << DashboardCount{key, key, byAge.value(key)};
    }
    if (byAge.value(QString()) > 0)
        dashboard.peopleByAgeBand << DashboardCount{QString(), notRecorded(), byAge.value(QString())};
    return {};
}

}  // namespace

QString ageBand(int years) {
    if (years < 0) return {};
    QString band;
    for (const auto& [from, name] : kAgeBands) {
        if (years >= from) band = QLatin1String(name);
    }
    return band;
}

int ageOn(const QDate& day, const QString& birthDate, const QVariant& estimatedAge) {
    const QDate born = QDate::fromString(birthDate, Qt::ISODate);
    if (born.isValid() && born <= day) {
        int years = day.year() - born.year();
        if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day())) --years;
        return years;
    }
    if (estimatedAge.isValid() && !estimatedAge.isNull()) return estimatedAge.toInt();
    return -1;
}

Result<Dashboard> dashboard(db::Connection& connection, const DashboardQuery& query) {
    if (!query.today.isValid()) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Records", "The dashboard is counted from a valid date."));
    }
    if (query.from.isValid() && query.to.isValid() && query.from > query.to) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate("Records", "The period ends before it begins."));
    }
    const Period period(query);
    Dashboard result;
    FC_TRY(countMonths(connection, period, result));
    FC_TRY(countCases(connection, period, result));
    FC_TRY(countOverdue(connection, period, query.today.toString(Qt::ISODate), result));
    FC_TRY(countReferrals(connection, period, result));
    FC_TRY(countPeople(connection, period, query.today, result));
    return result;
}

}  // namespace fieldcase::query
