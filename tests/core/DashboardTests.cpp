// The coordinator's dashboard: every figure against a count made by hand (a small vault whose answer is known) and
// against a count made another way (the training team, read back record by record through the facade).
#include "app/training/TrainingVault.h"
#include "core/api/RecordService.h"
#include "tests/core/RecordsFixture.h"

#include <QHash>

using namespace fieldcase;

namespace {

const QDate kToday(2026, 6, 15);

Dashboard dashboardOf(RecordService& records, QDate from = {}, QDate to = {}, QDate today = kToday) {
    DashboardQuery query;
    query.from = from;
    query.to = to;
    query.today = today;
    auto result = records.dashboard(query);
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    return *result;
}

// key -> count of a chart, to compare with a hand count.
QHash<QString, int> counts(const QList<DashboardCount>& chart) {
    QHash<QString, int> result;
    for (const DashboardCount& bar : chart) {
        REQUIRE(bar.count > 0);
        REQUIRE(!result.contains(bar.key));
        result.insert(bar.key, bar.count);
    }
    return result;
}

QList<RecordData> all(RecordService& records, const char* kind) {
    auto list = records.list(QLatin1String(kind), 0, 1000000);
    REQUIRE(list.ok());
    return *list;
}

QString field(const RecordData& record, const char* name) {
    return record.fields.value(QLatin1String(name)).toString();
}

struct Fixture : test::RecordsFixture {
    QString caseOpened(const QString& opened, const QVariantMap& more = {}) {
        QVariantMap fields{{QStringLiteral("title"), QStringLiteral("Case")}, {QStringLiteral("opened_on"), opened}};
        fields.insert(more);
        return create("case", fields);
    }
    QString survivor(const QString& caseId, const QVariantMap& person) {
        const QString personId = create("person", person);
        create("case_person", {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("person_id"), personId},
                               {QStringLiteral("role"), QStringLiteral("Survivor")}});
        return personId;
    }
};

}  // namespace

TEST_CASE("the dashboard counts a small vault exactly as a coordinator would by hand", "[dashboard]") {
    Fixture fx;
    const QString org = fx.create("organisation", {{QStringLiteral("name"), QStringLiteral("Приют «Надежда»")}});
    // Opened in January, open, two types of exploitation, high risk.
    const QString a = fx.caseOpened(QStringLiteral("2026-01-10"),
                                    {{QStringLiteral("exploitation"), QStringList{"ForcedLabour", "ForcedBegging"}},
                                     {QStringLiteral("risk"), QStringLiteral("high")},
                                     {QStringLiteral("assigned_to"), QStringLiteral("Ольга")}});
    // Opened in January, closed in March.
    const QString b =
        fx.caseOpened(QStringLiteral("2026-01-20"), {{QStringLiteral("status"), QStringLiteral("Closed")},
                                                     {QStringLiteral("closed_on"), QStringLiteral("2026-03-05")}});
    // Opened in April, on follow-up, nothing else recorded.
    const QString c =
        fx.caseOpened(QStringLiteral("2026-04-02"), {{QStringLiteral("status"), QStringLiteral("FollowUp")}});
    // Opened in 2025: outside a 2026 period; closed in February 2026, so it counts as a closing of the period.
    const QString d =
        fx.caseOpened(QStringLiteral("2025-11-30"), {{QStringLiteral("status"), QStringLiteral("ClosedReferred")},
                                                     {QStringLiteral("closed_on"), QStringLiteral("2026-02-01")}});
    // Closed then reopened: its old closing date is no closing.
    const QString e =
        fx.caseOpened(QStringLiteral("2026-02-14"), {{QStringLiteral("status"), QStringLiteral("Closed")},
                                                     {QStringLiteral("closed_on"), QStringLiteral("2026-02-20")}});
    REQUIRE(fx.records.update(QStringLiteral("case"), e, {{QStringLiteral("status"), QStringLiteral("Active")}}).ok());
    // Archived: left out of everything.
    const QString archived = fx.caseOpened(QStringLiteral("2026-01-11"));
    fx.create("followup", {{QStringLiteral("case_id"), archived},
                           {QStringLiteral("what"), QStringLiteral("x")},
                           {QStringLiteral("due_on"), QStringLiteral("2026-01-01")},
                           {QStringLiteral("state"), QStringLiteral("Open")}});
    REQUIRE(fx.records.archive(QStringLiteral("case"), archived).ok());

    // Follow-ups: overdue for Ольга (the case's worker), overdue for Пётр (named on it), due later, done.
    auto followUp = [&](const QString& caseId, const char* due, const char* state, const QString& assignee = {}) {
        QVariantMap fields{{QStringLiteral("case_id"), caseId},
                           {QStringLiteral("what"), QStringLiteral("Позвонить")},
                           {QStringLiteral("due_on"), QLatin1String(due)},
                           {QStringLiteral("state"), QLatin1String(state)}};
        if (!assignee.isEmpty()) fields.insert(QStringLiteral("assignee"), assignee);
        fx.create("followup", fields);
    };
    followUp(a, "2026-06-01", "Open");
    followUp(a, "2026-06-14", "Open", QStringLiteral("Пётр"));
    followUp(a, "2026-06-15", "Open");  // due today: not overdue
    followUp(c, "2026-05-01", "Done");
    followUp(c, "2026-05-02", "Open");  // nobody named, no worker on the case

    auto referral = [&](const QString& caseId, const char* status, bool withOrganisation) {
        QVariantMap fields{{QStringLiteral("case_id"), caseId},
                           {QStringLiteral("service_type"), QStringLiteral("Shelter")},
                           {QStringLiteral("status"), QLatin1String(status)}};
        if (withOrganisation) fields.insert(QStringLiteral("organisation_id"), org);
        fx.create("referral", fields);
    };
    referral(a, "Sent", true);
    referral(a, "Completed", true);
    referral(b, "Declined", false);
    referral(d, "Completed", true);  // a 2025 case

    // Survivors: one in two cases (counted once), ages from a birth date and an estimate; a witness is not counted.
    const QString maria = fx.survivor(a, {{QStringLiteral("given_name"), QStringLiteral("Мария")},
                                          {QStringLiteral("gender"), QStringLiteral("Feminine")},
                                          {QStringLiteral("birth_date"), QStringLiteral("2008-06-16")}});  // 17 today
    fx.create("case_person", {{QStringLiteral("case_id"), b},
                              {QStringLiteral("person_id"), maria},
                              {QStringLiteral("role"), QStringLiteral("Survivor")}});
    fx.survivor(b, {{QStringLiteral("given_name"), QStringLiteral("Ali")},
                    {QStringLiteral("gender"), QStringLiteral("Masculine")},
                    {QStringLiteral("estimated_age"), 30}});
    fx.survivor(c, {{QStringLiteral("given_name"), QStringLiteral("Анна")}});
    fx.survivor(d, {{QStringLiteral("given_name"), QStringLiteral("Old")}, {QStringLiteral("estimated_age"), 50}});
    const QString witness = fx.create("person", {{QStringLiteral("given_name"), QStringLiteral("Witness")}});
    fx.create("case_person", {{QStringLiteral("case_id"), c},
                              {QStringLiteral("person_id"), witness},
                              {QStringLiteral("role"), QStringLiteral("Witness")}});

    SECTION("the year 2026") {
        const Dashboard year = dashboardOf(fx.records, QDate(2026, 1, 1), QDate(2026, 12, 31));
        REQUIRE(year.months.size() == 12);
        REQUIRE(year.months.first().month == QStringLiteral("2026-01"));
        REQUIRE(year.months.last().month == QStringLiteral("2026-12"));
        QHash<QString, std::pair<int, int>> months;
        for (const DashboardMonth& month : year.months)
            months.insert(month.month, {month.opened, month.closed});
        REQUIRE(months.value(QStringLiteral("2026-01")) == std::pair(2, 0));
        REQUIRE(months.value(QStringLiteral("2026-02")) == std::pair(1, 1));  // e opened; d closed (2025 case)
        REQUIRE(months.value(QStringLiteral("2026-03")) == std::pair(0, 1));  // b
        REQUIRE(months.value(QStringLiteral("2026-04")) == std::pair(1, 0));
        REQUIRE(months.value(QStringLiteral("2026-05")) == std::pair(0, 0));

        REQUIRE(year.cases == 4);  // a b c e
        REQUIRE(year.openCases == 3);
        REQUIRE(counts(year.openByStatus) == QHash<QString, int>{{"Active", 2}, {"FollowUp", 1}});
        REQUIRE(counts(year.openByRisk) == QHash<QString, int>{{"high", 1}, {"", 2}});
        REQUIRE(counts(year.openByExploitation) ==
                QHash<QString, int>{{"ForcedLabour", 1}, {"ForcedBegging", 1}, {"", 2}});
        REQUIRE(year.openByStatus.first().label == QStringLiteral("Active"));

        REQUIRE(year.overdue == 3);
        REQUIRE(counts(year.overdueByWorker) == QHash<QString, int>{{"Ольга", 1}, {"Пётр", 1}, {"", 1}});
        REQUIRE(year.overdueByWorker.last().key.isEmpty());  // "not recorded" comes last

        REQUIRE(year.referrals == 3);
        REQUIRE(counts(year.referralsByOrganisation) == QHash<QString, int>{{"Приют «Надежда»", 2}, {"", 1}});
        REQUIRE(counts(year.referralsByStatus) == QHash<QString, int>{{"Sent", 1}});
        REQUIRE(counts(year.referralsByOutcome) == QHash<QString, int>{{"Completed", 1}, {"Declined", 1}});

        REQUIRE(year.people == 3);  // Мария once, Ali, Анна; not the witness, not the 2025 survivor
        REQUIRE(counts(year.peopleByGender) == QHash<QString, int>{{"Feminine", 1}, {"Masculine", 1}, {"", 1}});
        REQUIRE(counts(year.peopleByAgeBand) == QHash<QString, int>{{"9-17", 1}, {"30-38", 1}, {"", 1}});
    }
    SECTION("all time takes the 2025 case in and spans the months of the data") {
        const Dashboard ever = dashboardOf(fx.records);
        REQUIRE(ever.cases == 5);
        REQUIRE(ever.months.first().month == QStringLiteral("2025-11"));
        REQUIRE(ever.months.last().month == QStringLiteral("2026-04"));
        REQUIRE(ever.months.size() == 6);
        REQUIRE(ever.referrals == 4);
        REQUIRE(counts(ever.peopleByAgeBand).value(QStringLiteral("48+")) == 1);
    }
    SECTION("a day later Мария is 18 and the follow-up due today is overdue") {
        const Dashboard later = dashboardOf(fx.records, QDate(2026, 1, 1), QDate(2026, 12, 31), kToday.addDays(1));
        REQUIRE(counts(later.peopleByAgeBand) == QHash<QString, int>{{"18-20", 1}, {"30-38", 1}, {"", 1}});
        REQUIRE(later.overdue == 4);
    }
    SECTION("an empty period has no figures, and a reversed one is refused") {
        const Dashboard none = dashboardOf(fx.records, QDate(2030, 1, 1), QDate(2030, 1, 31));
        REQUIRE(none.cases == 0);
        REQUIRE(none.months.size() == 1);
        REQUIRE(none.openByStatus.isEmpty());
        REQUIRE(none.people == 0);
        DashboardQuery reversed;
        reversed.from = QDate(2026, 2, 1);
        reversed.to = QDate(2026, 1, 1);
        REQUIRE(!fx.records.dashboard(reversed).ok());
    }
}

TEST_CASE("every dashboard figure of the training team matches a count of its records one by one", "[dashboard]") {
    test::RecordsFixture fx;
    REQUIRE(training::fillWithTrainingTeam(fx.records, 300).ok());
    // The training team is dated up to today, its open follow-ups due around it.
    const QDate today = QDate::currentDate();
    const QDate from(today.year() - 3, 1, 1);
    const QDate to = today;
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    const Dashboard shown = dashboardOf(fx.records, from, to, today);

    // The period's cases, counted from the records themselves.
    QHash<QString, RecordData> periodCases;
    QHash<QString, int> opened, closed, byStatus, byRisk, byExploitation;
    int open = 0;
    for (const RecordData& record : all(fx.records, "case")) {
        if (record.archived) continue;
        const QString openedOn = field(record, "opened_on");
        const QString status = field(record, "status");
        const QString closedOn = field(record, "closed_on");
        const bool isClosed = status == QLatin1String("Closed") || status == QLatin1String("ClosedReferred");
        if (isClosed && closedOn >= fromText && closedOn <= toText) closed[closedOn.left(7)] += 1;
        if (openedOn < fromText || openedOn > toText) continue;
        periodCases.insert(record.id, record);
        opened[openedOn.left(7)] += 1;
        if (isClosed) continue;
        ++open;
        byStatus[status] += 1;
        byRisk[field(record, "risk")] += 1;
        const QStringList types = record.fields.value(QStringLiteral("exploitation")).toStringList();
        for (const QString& type : types)
            byExploitation[type] += 1;
        if (types.isEmpty()) byExploitation[QString()] += 1;
    }
    REQUIRE(periodCases.size() > 50);
    REQUIRE(shown.cases == periodCases.size());
    REQUIRE(shown.openCases == open);
    for (const DashboardMonth& month : shown.months) {
        INFO(month.month.toStdString());
        REQUIRE(month.opened == opened.value(month.month));
        REQUIRE(month.closed == closed.value(month.month));
    }
    REQUIRE(shown.months.size() == 3 * 12 + today.month());
    REQUIRE(counts(shown.openByStatus) == byStatus);
    REQUIRE(counts(shown.openByRisk) == byRisk);
    REQUIRE(counts(shown.openByExploitation) == byExploitation);

    QHash<QString, int> overdue;
    for (const RecordData& followUp : all(fx.records, "followup")) {
        if (followUp.archived || field(followUp, "state") != QLatin1String("Open")) continue;
        if (field(followUp, "due_on") >= toText) continue;
        const auto theCase = periodCases.constFind(field(followUp, "case_id"));
        if (theCase == periodCases.constEnd()) continue;
        const QString assignee = field(followUp, "assignee");
        overdue[assignee.isEmpty() ? field(*theCase, "assigned_to") : assignee] += 1;
    }
    REQUIRE(!overdue.isEmpty());
    REQUIRE(counts(shown.overdueByWorker) == overdue);

    QHash<QString, QString> organisationNames;
    for (const RecordData& organisation : all(fx.records, "organisation"))
        organisationNames.insert(organisation.id, field(organisation, "name"));
    QHash<QString, int> byOrganisation, referralStatus, referralOutcome;
    for (const RecordData& referral : all(fx.records, "referral")) {
        if (referral.archived || !periodCases.contains(field(referral, "case_id"))) continue;
        byOrganisation[organisationNames.value(field(referral, "organisation_id"))] += 1;
        const QString status = field(referral, "status");
        const bool underWay = status == QLatin1String("Planned") || status == QLatin1String("Sent") ||
                              status == QLatin1String("Accepted");
        (underWay ? referralStatus : referralOutcome)[status] += 1;
    }
    REQUIRE(referralStatus.size() >= 2);
    REQUIRE(referralOutcome.size() >= 2);
    REQUIRE(counts(shown.referralsByOrganisation) == byOrganisation);
    REQUIRE(counts(shown.referralsByStatus) == referralStatus);
    REQUIRE(counts(shown.referralsByOutcome) == referralOutcome);

    QSet<QString> survivors;
    for (const RecordData& link : all(fx.records, "case_person")) {
        if (!link.archived && field(link, "role") == QLatin1String("Survivor") &&
            periodCases.contains(field(link, "case_id")))
            survivors.insert(field(link, "person_id"));
    }
    QHash<QString, int> byGender, byAge;
    int people = 0;
    for (const RecordData& person : all(fx.records, "person")) {
        if (person.archived || !survivors.contains(person.id)) continue;
        ++people;
        byGender[field(person, "gender")] += 1;
        int age = -1;
        const QDate born = QDate::fromString(field(person, "birth_date"), Qt::ISODate);
        if (born.isValid()) {
            age = today.year() - born.year() - (QDate(today.year(), born.month(), born.day()) > today ? 1 : 0);
        } else if (person.fields.contains(QStringLiteral("estimated_age"))) {
            age = person.fields.value(QStringLiteral("estimated_age")).toInt();
        }
        const char* band = age < 0    ? ""
                           : age < 9  ? "0-8"
                           : age < 18 ? "9-17"
                           : age < 21 ? "18-20"
                           : age < 24 ? "21-23"
                           : age < 27 ? "24-26"
                           : age < 30 ? "27-29"
                           : age < 39 ? "30-38"
                           : age < 48 ? "39-47"
                                      : "48+";
        byAge[QLatin1String(band)] += 1;
    }
    REQUIRE(shown.people == people);
    REQUIRE(counts(shown.peopleByGender) == byGender);
    REQUIRE(counts(shown.peopleByAgeBand) == byAge);
    REQUIRE(byAge.size() >= 5);
}
