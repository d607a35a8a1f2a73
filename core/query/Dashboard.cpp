#include "core/query/Dashboard.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Vocabulary.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

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

bool isClosed(QByteArrayView status) {
    return status == "Closed" || status == "ClosedReferred";
}

bool isUnderWay(QByteArrayView status) {
    return status == "Planned" || status == "Sent" || status == "Accepted";
}

// Counts of a column's values, read as the bytes SQLite holds: the lookup of a value seen before copies nothing,
// so walking 100 000 rows allocates only for the few distinct values.
class Tally {
public:
    void add(QByteArrayView value, int count = 1) {
        const auto found = m_counts.find(QByteArray::fromRawData(value.data(), value.size()));
        if (found != m_counts.end()) {
            *found += count;
        } else {
            m_counts.insert(value.toByteArray(), count);
        }
    }
    // Each value of a comma-separated list (an empty list counts as "not recorded").
    void addEach(QByteArrayView list) {
        if (list.isEmpty()) return add(list);
        for (qsizetype start = 0; start <= list.size();) {
            qsizetype comma = list.indexOf(',', start);
            if (comma < 0) comma = list.size();
            add(list.sliced(start, comma - start));
            start = comma + 1;
        }
    }
    const QHash<QByteArray, int>& counts() const { return m_counts; }
    QHash<QString, int> byText() const {
        QHash<QString, int> counts;
        for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
            counts[QString::fromUtf8(it.key())] += it.value();
        return counts;
    }

private:
    QHash<QByteArray, int> m_counts;
};

// A record id (16 bytes) as two numbers that compare as SQLite compares the blobs (memcmp).
struct RecordKey {
    quint64 high = 0;
    quint64 low = 0;
    auto operator<=>(const RecordKey&) const = default;
};
constexpr qsizetype kRecordIdBytes = 16;

std::optional<RecordKey> recordKey(QByteArrayView id) {
    if (id.size() != kRecordIdBytes) return std::nullopt;  // never written by Fieldcase: counted nowhere
    return RecordKey{qFromBigEndian<quint64>(id.data()), qFromBigEndian<quint64>(id.data() + 8)};
}

// Record ids to look up, sorted once.
class RecordKeys {
public:
    void add(RecordKey key) { m_keys.push_back(key); }
    void sort() {
        std::sort(m_keys.begin(), m_keys.end());
        m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
    }
    bool contains(QByteArrayView id) const {
        const auto key = recordKey(id);
        return key && std::binary_search(m_keys.begin(), m_keys.end(), *key);
    }

private:
    std::vector<RecordKey> m_keys;
};

// The period's cases, sorted by id, with the worker each is assigned to (an index into workers).
class PeriodCases {
public:
    void add(RecordKey id, QByteArrayView worker) {
        const auto known = m_workerIndex.constFind(QByteArray::fromRawData(worker.data(), worker.size()));
        int index = 0;
        if (known != m_workerIndex.constEnd()) {
            index = known.value();
        } else {
            index = static_cast<int>(m_workers.size());
            m_workers << QString::fromUtf8(worker);
            m_workerIndex.insert(worker.toByteArray(), index);
        }
        m_cases.push_back({id, index});
    }
    void sort() { std::sort(m_cases.begin(), m_cases.end()); }
    // The case's worker, or null when the id is not one of the period's cases.
    const QString* find(QByteArrayView id) const {
        const auto key = recordKey(id);
        if (!key) return nullptr;
        const auto found = std::lower_bound(m_cases.begin(), m_cases.end(), Entry{*key, -1});
        if (found == m_cases.end() || found->id != *key) return nullptr;
        return &m_workers[found->worker];
    }
    bool contains(QByteArrayView id) const { return find(id) != nullptr; }

private:
    struct Entry {
        RecordKey id;
        int worker = 0;
        auto operator<=>(const Entry&) const = default;
    };
    std::vector<Entry> m_cases;
    QStringList m_workers;
    QHash<QByteArray, int> m_workerIndex;
};

// Every figure walks one index of migration 18 from end to end and joins in memory: at 100 000 cases a walk reads
// each page once, where a lookup per record would read pages again and again (docs/reports.md, "Speed"). Values
// are compared as the UTF-8 bytes SQLite holds; only the counted keys become text.
class Period {
public:
    explicit Period(const DashboardQuery& query)
        : m_from(query.from.isValid() ? query.from.toString(Qt::ISODate).toLatin1() : QByteArray()),
          m_to(query.to.isValid() ? query.to.toString(Qt::ISODate).toLatin1() : QByteArray()) {}

    QString from() const { return QString::fromLatin1(m_from); }
    QString to() const { return QString::fromLatin1(m_to); }
    bool isOpen() const { return m_from.isEmpty() && m_to.isEmpty(); }
    // A date (YYYY-MM-DD) within the period; no date is within an open period only.
    bool contains(QByteArrayView date) const {
        if (date.isEmpty()) return isOpen();
        return (m_from.isEmpty() || date.compare(m_from) >= 0) && (m_to.isEmpty() || date.compare(m_to) <= 0);
    }

private:
    QByteArray m_from;
    QByteArray m_to;
};

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

// The YYYY-MM of a YYYY-MM-DD date (of whatever a damaged value holds, no more than its first seven bytes).
QByteArrayView monthOf(QByteArrayView date) {
    return date.first(std::min<qsizetype>(date.size(), 7));
}

Result<PeriodCases> countCases(db::Connection& connection, const Period& period, Dashboard& dashboard) {
    Tally opened;
    Tally closed;
    Tally byStatus;
    Tally byRisk;
    Tally byExploitation;
    PeriodCases cases;
    auto select = connection.prepare(
        "SELECT opened_on, closed_on, status, risk, exploitation, assigned_to, id FROM cases "
        "INDEXED BY cases_by_id_archived WHERE archived = 0");
    if (!select) return select.error();
    FC_TRY(select->forEachRow([&](const db::Statement& row) {
        const QByteArrayView openedOn = row.columnBytes(0);
        const QByteArrayView closedOn = row.columnBytes(1);
        const QByteArrayView status = row.columnBytes(2);
        // Closings are dated by closed_on, whenever the case was opened; a reopened case keeps an old closed_on,
        // so only cases closed now count.
        if (isClosed(status) && !closedOn.isEmpty() && period.contains(closedOn)) closed.add(monthOf(closedOn));
        if (!period.contains(openedOn)) return;
        const auto id = recordKey(row.columnBytes(6));
        if (!id) return;
        cases.add(*id, row.columnBytes(5));
        if (!openedOn.isEmpty()) opened.add(monthOf(openedOn));
        ++dashboard.cases;
        if (isClosed(status)) return;
        ++dashboard.openCases;
        byStatus.add(status);
        byRisk.add(row.columnBytes(3));
        byExploitation.addEach(row.columnBytes(4));
    }));
    cases.sort();
    QMap<QString, DashboardMonth> months;
    const QHash<QString, int> openings = opened.byText();
    for (auto it = openings.begin(); it != openings.end(); ++it)
        months[it.key()].opened = it.value();
    const QHash<QString, int> closings = closed.byText();
    for (auto it = closings.begin(); it != closings.end(); ++it)
        months[it.key()].closed = it.value();
    fillMonths(period, months, dashboard);
    dashboard.openByStatus = inVocabularyOrder(VocabularyId::CaseStatus, byStatus.byText());
    dashboard.openByRisk = inVocabularyOrder(VocabularyId::RiskLevel, byRisk.byText());
    dashboard.openByExploitation = inVocabularyOrder(VocabularyId::ExploitationType, byExploitation.byText());
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
        const QString* caseWorker = cases.find(row.columnBytes(0));
        if (!caseWorker) return;
        const QString assignee = row.columnText(1);
        byWorker[assignee.isEmpty() ? *caseWorker : assignee] += 1;
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
    Tally byOrganisation;
    Tally byStatus;
    Tally byOutcome;
    auto referrals = connection.prepare(
        "SELECT case_id, organisation_id, status FROM referrals INDEXED BY referrals_for_dashboard "
        "WHERE archived = 0");
    if (!referrals) return referrals.error();
    FC_TRY(referrals->forEachRow([&](const db::Statement& row) {
        if (!cases.contains(row.columnBytes(0))) return;
        const QByteArrayView status = row.columnBytes(2);
        ++dashboard.referrals;
        byOrganisation.add(row.columnBytes(1));
        (isUnderWay(status) ? byStatus : byOutcome).add(status);
    }));
    // Counted by organisation id, then named (no organisation: "not recorded").
    QHash<QString, int> byName;
    for (auto it = byOrganisation.counts().begin(); it != byOrganisation.counts().end(); ++it)
        byName[names.value(it.key())] += it.value();
    dashboard.referralsByOrganisation = largestFirst(byName);
    dashboard.referralsByStatus = inVocabularyOrder(VocabularyId::ReferralStatus, byStatus.byText());
    dashboard.referralsByOutcome = inVocabularyOrder(VocabularyId::ReferralStatus, byOutcome.byText());
    return {};
}

// A YYYY-MM-DD date read from its bytes; null when it is not one.
QDate isoDate(QByteArrayView text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return {};
    int parts[3] = {0, 0, 0};
    const std::array<std::pair<int, int>, 3> spans{{{0, 4}, {5, 2}, {8, 2}}};
    for (std::size_t part = 0; part < spans.size(); ++part) {
        for (int i = spans[part].first; i < spans[part].first + spans[part].second; ++i) {
            if (text[i] < '0' || text[i] > '9') return {};
            parts[part] = parts[part] * 10 + (text[i] - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

Result<void> countPeople(db::Connection& connection, const PeriodCases& cases, const QDate& today,
                         Dashboard& dashboard) {
    RecordKeys survivors;
    auto links = connection.prepare(
        "SELECT case_id, person_id FROM case_persons INDEXED BY case_persons_by_role "
        "WHERE role = 'Survivor' AND archived = 0");
    if (!links) return links.error();
    FC_TRY(links->forEachRow([&](const db::Statement& row) {
        if (!cases.contains(row.columnBytes(0))) return;
        if (const auto person = recordKey(row.columnBytes(1))) survivors.add(*person);
    }));
    survivors.sort();
    Tally byGender;
    std::array<int, kAgeBands.size()> byAge{};
    int ageUnknown = 0;
    auto people = connection.prepare(
        "SELECT id, gender, birth_date, estimated_age FROM persons INDEXED BY persons_for_reports WHERE archived = 0");
    if (!people) return people.error();
    FC_TRY(people->forEachRow([&](const db::Statement& row) {
        if (!survivors.contains(row.columnBytes(0))) return;
        ++dashboard.people;
        byGender.add(row.columnBytes(1));
        const int age = ageOn(
            today, isoDate(row.columnBytes(2)),
            row.columnIsNull(3) ? std::optional<int>() : std::optional<int>(static_cast<int>(row.columnInt64(3))));
        const int band = ageBandIndex(age);
        if (band < 0) {
            ++ageUnknown;
        } else {
            ++byAge[static_cast<std::size_t>(band)];
        }
    }));
    dashboard.peopleByGender = inVocabularyOrder(VocabularyId::Gender, byGender.byText());
    for (std::size_t band = 0; band < kAgeBands.size(); ++band) {
        const QString key = QLatin1String(kAgeBands[band].second);
        if (byAge[band] > 0) dashboard.peopleByAgeBand << DashboardCount{key, key, byAge[band]};
    }
    if (ageUnknown > 0) dashboard.peopleByAgeBand << DashboardCount{QString(), notRecorded(), ageUnknown};
    return {};
}

}  // namespace

int ageBandIndex(int years) {
    if (years < 0) return -1;
    int band = -1;
    for (std::size_t index = 0; index < kAgeBands.size(); ++index) {
        if (years >= kAgeBands[index].first) band = static_cast<int>(index);
    }
    return band;
}

QString ageBand(int years) {
    const int band = ageBandIndex(years);
    return band < 0 ? QString() : QLatin1String(kAgeBands[static_cast<std::size_t>(band)].second);
}

int ageOn(const QDate& day, const QDate& born, std::optional<int> estimatedAge) {
    if (born.isValid() && born <= day) {
        int years = day.year() - born.year();
        if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day())) --years;
        return years;
    }
    return estimatedAge.value_or(-1);
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
