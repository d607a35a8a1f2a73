// The follow-ups list across cases: buckets by due date from an injected today, counts, paging, what is left out.
#include "core/api/RecordService.h"
#include "core/base/Clock.h"
#include "core/services/LocalRecords.h"
#include "core/services/LocalVault.h"
#include "tests/core/RecordsFixture.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

using namespace fieldcase;
using fieldcase::test::errorCode;
using fieldcase::test::secret;

namespace {

// The day the tests count from; the vault's clock says otherwise, so only the query's date can matter.
const QDate kToday(2026, 3, 10);

struct Fixture : test::RecordsFixture {
    QString followUp(const QString& caseId, const QString& what, int daysFromToday,
                     const QString& state = QStringLiteral("Open")) {
        return create("followup", {{QStringLiteral("case_id"), caseId},
                                   {QStringLiteral("what"), what},
                                   {QStringLiteral("due_on"), kToday.addDays(daysFromToday).toString(Qt::ISODate)},
                                   {QStringLiteral("state"), state}});
    }

    FollowUpPage page(FollowUpBucket bucket, int offset = 0, int limit = 100) {
        FollowUpQuery query;
        query.today = kToday;
        query.bucket = bucket;
        query.offset = offset;
        query.limit = limit;
        auto result = records.followUps(query);
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
        return *result;
    }

    QStringList whats(FollowUpBucket bucket) {
        QStringList texts;
        for (const FollowUpItem& item : page(bucket).rows)
            texts << item.what;
        return texts;
    }
};

}  // namespace

TEST_CASE("open follow-ups fall into overdue - today - this week and later by their due date", "[records][followups]") {
    Fixture fx;
    const QString caseId = fx.create("case", {{QStringLiteral("title"), QStringLiteral("Рынок на Садовой")}});
    fx.followUp(caseId, QStringLiteral("a month late"), -30);
    fx.followUp(caseId, QStringLiteral("yesterday"), -1);
    fx.followUp(caseId, QStringLiteral("today"), 0);
    fx.followUp(caseId, QStringLiteral("tomorrow"), 1);
    fx.followUp(caseId, QStringLiteral("in six days"), 6);
    fx.followUp(caseId, QStringLiteral("in seven days"), 7);
    fx.followUp(caseId, QStringLiteral("next year"), 365);

    const FollowUpPage today = fx.page(FollowUpBucket::Today);
    CHECK(today.counts.overdue == 2);
    CHECK(today.counts.today == 1);
    CHECK(today.counts.thisWeek == 2);
    CHECK(today.counts.later == 2);
    // Soonest due first; the most overdue heads its list.
    CHECK(fx.whats(FollowUpBucket::Overdue) ==
          QStringList{QStringLiteral("a month late"), QStringLiteral("yesterday")});
    CHECK(fx.whats(FollowUpBucket::Today) == QStringList{QStringLiteral("today")});
    CHECK(fx.whats(FollowUpBucket::ThisWeek) == QStringList{QStringLiteral("tomorrow"), QStringLiteral("in six days")});
    CHECK(fx.whats(FollowUpBucket::Later) == QStringList{QStringLiteral("in seven days"), QStringLiteral("next year")});
    CHECK(fx.whats(FollowUpBucket::Done).isEmpty());
}

TEST_CASE("a follow-up in the list carries its case and who it is assigned to", "[records][followups]") {
    Fixture fx;
    const QString caseId = fx.create("case", {{QStringLiteral("title"), QStringLiteral("Рынок на Садовой")}});
    const QString id = fx.create("followup", {{QStringLiteral("case_id"), caseId},
                                              {QStringLiteral("what"), QStringLiteral("Позвонить сестре")},
                                              {QStringLiteral("due_on"), kToday.toString(Qt::ISODate)},
                                              {QStringLiteral("assignee"), QStringLiteral("Ольга")}});
    const auto caseRecord = fx.records.get(QStringLiteral("case"), caseId);
    REQUIRE(caseRecord.ok());

    const FollowUpPage today = fx.page(FollowUpBucket::Today);
    REQUIRE(today.rows.size() == 1);
    const FollowUpItem& item = today.rows.first();
    CHECK(item.id == id);
    CHECK(item.caseId == caseId);
    CHECK(item.caseReference == caseRecord->fields.value(QStringLiteral("reference")).toString());
    CHECK_FALSE(item.caseReference.isEmpty());
    CHECK(item.caseTitle == QStringLiteral("Рынок на Садовой"));
    CHECK(item.what == QStringLiteral("Позвонить сестре"));
    CHECK(item.dueOn == kToday.toString(Qt::ISODate));
    CHECK(item.assignee == QStringLiteral("Ольга"));
    CHECK(item.state == QStringLiteral("Open"));
}

TEST_CASE("done and cancelled follow-ups and those of archived cases are left out of the open buckets",
          "[records][followups]") {
    Fixture fx;
    const QString caseId = fx.create("case", {{QStringLiteral("title"), QStringLiteral("Открытое дело")}});
    const QString archivedCase = fx.create("case", {{QStringLiteral("title"), QStringLiteral("Архивное дело")}});
    fx.followUp(caseId, QStringLiteral("open"), 0);
    fx.followUp(caseId, QStringLiteral("done"), 0, QStringLiteral("Done"));
    fx.followUp(caseId, QStringLiteral("cancelled"), 0, QStringLiteral("Cancelled"));
    const QString archivedFollowUp = fx.followUp(caseId, QStringLiteral("archived follow-up"), -1);
    REQUIRE(fx.records.archive(QStringLiteral("followup"), archivedFollowUp).ok());
    fx.followUp(archivedCase, QStringLiteral("of an archived case"), -1);
    fx.followUp(archivedCase, QStringLiteral("done in an archived case"), -1, QStringLiteral("Done"));
    REQUIRE(fx.records.archive(QStringLiteral("case"), archivedCase).ok());

    const FollowUpPage today = fx.page(FollowUpBucket::Today);
    CHECK(today.counts.overdue == 0);
    CHECK(today.counts.today == 1);
    CHECK(fx.whats(FollowUpBucket::Today) == QStringList{QStringLiteral("open")});
    CHECK(fx.whats(FollowUpBucket::Overdue).isEmpty());
    // Done ones only when asked for, and not those of an archived case either.
    CHECK(fx.whats(FollowUpBucket::Done) == QStringList{QStringLiteral("done")});

    // Restoring the case brings its follow-up back.
    REQUIRE(fx.records.restore(QStringLiteral("case"), archivedCase).ok());
    CHECK(fx.page(FollowUpBucket::Today).counts.overdue == 1);
    CHECK(fx.whats(FollowUpBucket::Overdue) == QStringList{QStringLiteral("of an archived case")});
}

TEST_CASE("marking a follow-up done moves it from its bucket to done", "[records][followups]") {
    Fixture fx;
    const QString caseId = fx.create("case", {{QStringLiteral("title"), QStringLiteral("Дело")}});
    const QString id = fx.followUp(caseId, QStringLiteral("Найти место в приюте"), -2);
    fx.followUp(caseId, QStringLiteral("Earlier done"), -20, QStringLiteral("Done"));
    REQUIRE(fx.page(FollowUpBucket::Overdue).counts.overdue == 1);

    REQUIRE(
        fx.records.update(QStringLiteral("followup"), id, {{QStringLiteral("state"), QStringLiteral("Done")}}).ok());
    const FollowUpPage overdue = fx.page(FollowUpBucket::Overdue);
    CHECK(overdue.rows.isEmpty());
    CHECK(overdue.counts.overdue == 0);
    // Latest due first among the done ones.
    CHECK(fx.whats(FollowUpBucket::Done) ==
          QStringList{QStringLiteral("Найти место в приюте"), QStringLiteral("Earlier done")});
}

TEST_CASE("a long bucket comes a page at a time in a stable order", "[records][followups]") {
    Fixture fx;
    const QString caseId = fx.create("case", {{QStringLiteral("title"), QStringLiteral("Дело")}});
    QList<QVariantMap> many;
    for (int i = 0; i < 25; ++i) {
        // Several share a due date, so the order within a date must hold too.
        many << QVariantMap{{QStringLiteral("case_id"), caseId},
                            {QStringLiteral("what"), QStringLiteral("task %1").arg(i, 2, 10, QLatin1Char('0'))},
                            {QStringLiteral("due_on"), kToday.addDays(-1 - i / 5).toString(Qt::ISODate)}};
    }
    REQUIRE(fx.records.createMany(QStringLiteral("followup"), many).ok());

    QStringList seen;
    for (int offset = 0; offset < 25; offset += 10) {
        const FollowUpPage page = fx.page(FollowUpBucket::Overdue, offset, 10);
        CHECK(page.counts.overdue == 25);
        CHECK(page.rows.size() == std::min(10, 25 - offset));
        for (const FollowUpItem& item : page.rows)
            seen << item.what;
    }
    QStringList expected;
    for (int day = 4; day >= 0; --day) {
        for (int i = day * 5; i < day * 5 + 5; ++i)
            expected << QStringLiteral("task %1").arg(i, 2, 10, QLatin1Char('0'));
    }
    CHECK(seen == expected);
}

TEST_CASE("the follow-up list needs a valid day and an unlocked vault", "[records][followups]") {
    Fixture fx;
    FollowUpQuery query;
    CHECK(errorCode(fx.records.followUps(query)) == ErrorCode::Usage);
    query.today = kToday;
    REQUIRE(fx.records.followUps(query).ok());
    fx.vault.lock();
    CHECK(errorCode(fx.records.followUps(query)) == ErrorCode::Locked);
}
