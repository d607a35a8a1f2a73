#include "core/query/Dashboard.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Vocabulary.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
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
    // A collator of its own: QString::localeAwareCompare keeps one per thread until the thread ends.
    const QCollator collator;
    std::sort(result.begin(), result.end(), [&collator](const DashboardCount& a, const DashboardCount& b) {
        if (a.count != b.count) return a.count > b.count;
        return collator.compare(a.label, b.label) < 0;
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

// Every figure walks one index of migration 18 from end to end and joins in memory: at 100 000 cases a walk reads
// each page once, where a lookup per record would read pages again and again (docs/reports.md, "Speed").
class Period {
public:
    explicit Period(const DashboardQuery& query)
        : m_from(query.from.isValid() ? query.from.toString(Qt::ISODate) : QString()),
          m_to(query.to.isValid() ? query.to.toString(Qt::ISODate) : QString()) {}

    const QString& from() const { return m_from; }
    const QString& to() const { return m_to; }
    bool isOpen() const { return m_from.isEmpty() && m_to.isEmpty(); }
    // A date (YYYY-MM-DD) within the period; no date is within an open period only.
    bool contains(const QString& date) const {
        if (date.isEmpty()) return isOpen();
        return (m_from.isEmpty() || date >= m_from) && (m_to.isEmpty() || date <= m_to);
    }

private:
    QString m_from;
    QString m_to;
};

// The period's cases by id, with the worker each is assigned to.
using PeriodCases = QHash<QByteArray, QString>;

void fillMonths(const Period& period, const QMap<QString, DashboardMonth>& counted, Dashboard& dashboard) {
    // Every month between the first and the last, so a chart's axis has no holes.
    QDate first = period.from().isEmpty() ? QDate() : QDate::fromString(period.from(), Qt::ISODate);
    QDate last = period.to().isEmpty() ? QDate() : QDate::fromString(period.to(), Qt::ISODate);
    if (!counted.isEmpty()) {
        const auto monthStart = [](const QString& month) {
            return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        };
        if (!first.isValid()) first = monthStart(counted.firstKey());
        if (!last.isValid()) last = monthStart(counted.lastKey());
    }
    if (!first.isValid() || !last.isValid()) return;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        DashboardMonth entry = counted.value(key);
        entry.month = key;
        dashboard.months << entry;
    }
}

Result<PeriodCases> countCases(db::Connection& connection, const Period& period, Dashboard& dashboard) {
    QMap<QString, DashboardMonth> months;
    QHash<QString, int> byStatus;
    QHash<QString, int> byRisk;
    QHash<QString, int> byExploitation;
    PeriodCases cases;
    auto select = connection.prepare(
        "SELECT opened_on, closed_on, status, risk, exploitation, assigned_to, id FROM cases "
        "INDEXED BY cases_by_id_archived WHERE archived = 0");
    if (!select) return select.error();
    FC_TRY(select->forEachRow([&](const db::Statement& row) {
        const QString opened = row.columnText(0);
        const QString closed = row.columnText(1);
        const QString status = row.columnText(2);
        // Closings are dated by closed_on, whenever the case was opened; a reopened case keeps an old closed_on,
        // so only cases closed now count.
        if (isClosed(status) && !closed.isEmpty() && period.contains(closed)) months[closed.left(7)].closed += 1;
        if (!period.contains(opened)) return;
        cases.insert(row.columnBlob(6), row.columnText(5));
        if (!opened.isEmpty()) months[opened.left(7)].opened += 1;
        ++dashboard.cases;
        if (isClosed(status)) return;
        ++dashboard.openCases;
        byStatus[status] += 1;
        byRisk[row.columnText(3)] += 1;
        const QString types = row.columnText(4);
        if (types.isEmpty()) {
            byExploitation[QString()] += 1;
            return;
        }
        for (const QString& type : types.split(QLatin1Char(',')))
            byExploitation[type] += 1;
    }));
    fillMonths(period, months, dashboard);
    dashboard.openByStatus = inVocabularyOrder(VocabularyId::CaseStatus, byStatus);
    dashboard.openByRisk = inVocabularyOrder(VocabularyId::RiskLevel, byRisk);
    dashboard.openByExploitation = inVocabularyOrder(VocabularyId::ExploitationType, byExploitation);
    return cases;
}

Result<void> countOverdue(db::Connection& connection, const PeriodCases& cases, const QString& today,
                          Dashboard& dashboard) {
    QHash<QString, int> byWorker;
    auto overdue = connection.prepare(
        "SELECT case_id, assignee FROM followups INDEXED BY followups_open_by_case "
        "WHERE state = 'Open' AND due_on < ? AND archived = 0");
    if (!overdue) return overdue.error();
    overdue->bind(1, today);
    FC_TRY(overdue->forEachRow([&](const db::Statement& row) {
        const auto theCase = cases.constFind(row.columnBlob(0));
        if (theCase == cases.constEnd()) return;
        const QString assignee = row.columnText(1);
        byWorker[assignee.isEmpty() ? theCase.value() : assignee] += 1;
        ++dashboard.overdue;
    }));
    dashboard.overdueByWorker = largestFirst(byWorker);
    return {};
}

Result<void> countReferrals(db::Connection& connection, const PeriodCases& cases, Dashboard& dashboard) {
    QHash<QByteArray, QString> names;
    auto organisations = connection.prepare("SELECT id, name FROM organisations");
    if (!organisations) return organisations.error();
    FC_TRY(organisations->forEachRow(
        [&](const db::Statement& row) { names.insert(row.columnBlob(0), row.columnText(1)); }));
    QHash<QString, int> byOrganisation;
    QHash<QString, int> byStatus;
    QHash<QString, int> byOutcome;
    auto referrals = connection.prepare(
        "SELECT case_id, organisation_id, status FROM referrals INDEXED BY referrals_for_dashboard "
        "WHERE archived = 0");
    if (!referrals) return referrals.error();
    FC_TRY(referrals->forEachRow([&](const db::Statement& row) {
        if (!cases.contains(row.columnBlob(0))) return;
        const QString status = row.columnText(2);
        ++dashboard.referrals;
        byOrganisation[names.value(row.columnBlob(1))] += 1;
        (isUnderWay(status) ? byStatus : byOutcome)[status] += 1;
    }));
    dashboard.referralsByOrganisation = largestFirst(byOrganisation);
    dashboard.referralsByStatus = inVocabularyOrder(VocabularyId::ReferralStatus, byStatus);
    dashboard.referralsByOutcome = inVocabularyOrder(VocabularyId::ReferralStatus, byOutcome);
    return {};
}

Result<void> countPeople(db::Connection& connection, const PeriodCases& cases, const QDate& today,
                         Dashboard& dashboard) {
    QSet<QByteArray> survivors;
    auto links = connection.prepare(
        "SELECT case_id, person_id FROM case_persons INDEXED BY case_persons_by_role "
        "WHERE role = 'Survivor' AND archived = 0");
    if (!links) return links.error();
    FC_TRY(links->forEachRow([&](const db::Statement& row) {
        if (cases.contains(row.columnBlob(0))) survivors.insert(row.columnBlob(1));
    }));
    QHash<QString, int> byGender;
    QHash<QString, int> byAge;
    auto people = connection.prepare(
        "SELECT id, gender, birth_date, estimated_age FROM persons INDEXED BY persons_for_reports WHERE archived = 0");
    if (!people) return people.error();
    FC_TRY(people->forEachRow([&](const db::Statement& row) {
        if (!survivors.contains(row.columnBlob(0))) return;
        ++dashboard.people;
        byGender[row.columnText(1)] += 1;
        const QVariant estimated = row.columnIsNull(3) ? QVariant() : QVariant(row.columnInt64(3));
        byAge[ageBand(ageOn(today, row.columnText(2), estimated))] += 1;
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
    auto cases = countCases(connection, period, result);
    if (!cases) return cases.error();
    FC_TRY(countOverdue(connection, *cases, query.today.toString(Qt::ISODate), result));
    FC_TRY(countReferrals(connection, *cases, result));
    FC_TRY(countPeople(connection, *cases, query.today, result));
    return result;
}

}  // namespace fieldcase::query
