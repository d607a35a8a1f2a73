// Retention and consent through the windows (docs/threat-model.md, "Retention rules" and "Consent withdrawal"): a
// coordinator sets the rules in Settings, a field worker sees them there and cannot change them, the bar above the
// workspace lists what is due and purges it only on the person's word, and the case form's keep mark takes a case out
// of it; a field worker's consent withdrawal on the person's page waits on the Team screen until a coordinator
// confirms it, which then shows the laptops that applied it.
#include "tests/support/TeamHarness.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/cases/CaseSummaryTab.h"
#include "ui/people/PeopleView.h"
#include "ui/settings/RetentionSection.h"
#include "ui/sync/RetentionReview.h"
#include "ui/sync/TeamPage.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

using fieldcase::test::child;
using fieldcase::test::Laptop;
using fieldcase::test::requireClean;

namespace {

QString closedCase(Laptop& laptop, const QString& title, int monthsAgo) {
    const QDate today = QDateTime::fromMSecsSinceEpoch(laptop.clock.nowMs()).date();
    return laptop.add("case", {{QStringLiteral("title"), title},
                               {QStringLiteral("status"), QStringLiteral("Closed")},
                               {QStringLiteral("closed_on"), today.addMonths(-monthsAgo).toString(Qt::ISODate)}});
}

}  // namespace

TEST_CASE("a coordinator sets the retention rules in Settings, and a field worker sees them and cannot change them",
          "[ui][retention]") {
    fieldcase::test::Team team(2);
    Laptop& coordinator = team[0];
    Laptop& worker = team[1];

    fieldcase::ui::RetentionSection atCoordinator(coordinator.sync);
    auto* closedCases = child<QSpinBox>(&atCoordinator, "closedCaseMonthsSpin");
    auto* attachments = child<QSpinBox>(&atCoordinator, "attachmentMonthsSpin");
    auto* save = child<QPushButton>(&atCoordinator, "saveRetentionButton");
    CHECK(closedCases->isEnabled());
    CHECK_FALSE(save->isHidden());
    CHECK_FALSE(save->isEnabled());  // nothing changed yet
    CHECK(closedCases->text() == fieldcase::ui::RetentionSection::tr("Keep"));
    closedCases->setValue(24);
    attachments->setValue(6);
    REQUIRE(save->isEnabled());
    save->click();
    auto rules = coordinator.sync.retention();
    REQUIRE(rules.ok());
    CHECK(rules->closedCaseMonths == 24);
    CHECK(rules->attachmentMonths == 6);
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(child<QLabel>(&atCoordinator, "retentionResultLabel")->isHidden());

    requireClean(worker.receive(coordinator));
    fieldcase::ui::RetentionSection atWorker(worker.sync);
    CHECK(child<QSpinBox>(&atWorker, "closedCaseMonthsSpin")->value() == 24);
    CHECK(child<QSpinBox>(&atWorker, "attachmentMonthsSpin")->value() == 6);
    CHECK_FALSE(child<QSpinBox>(&atWorker, "closedCaseMonthsSpin")->isEnabled());
    CHECK(child<QPushButton>(&atWorker, "saveRetentionButton")->isHidden());
    CHECK_FALSE(child<QLabel>(&atWorker, "retentionCoordinatorsOnlyLabel")->isHidden());
    CHECK(child<QLabel>(&atWorker, "retentionStatusLabel")->text().contains(coordinator.vault.info()->deviceName));
}

TEST_CASE("the retention bar lists what is due and purges it only when the person says so", "[ui][retention]") {
    fieldcase::test::Team team(2);
    Laptop& coordinator = team[0];
    Laptop& worker = team[1];
    const QString due = closedCase(worker, QStringLiteral("Closed two years ago"), 24);
    const QString kept = closedCase(worker, QStringLiteral("Closed two years ago, for the court"), 24);
    const QString recent = closedCase(worker, QStringLiteral("Closed last month"), 1);

    fieldcase::ui::RetentionReview bar(worker.sync);
    CHECK(bar.isHidden());  // no rules yet
    REQUIRE(coordinator.sync.setRetention(12, 0).ok());
    requireClean(worker.receive(coordinator));

    // The keep mark on the case form takes a case out of what is due.
    {
        fieldcase::ui::CaseSummaryTab form(worker.records, kept);
        auto details = worker.records.caseDetails(kept);
        REQUIRE(details.ok());
        form.showCase(*details, true);
        auto* retain = child<QCheckBox>(&form, "caseRetainCheck");
        CHECK_FALSE(retain->isChecked());
        retain->setChecked(true);
        CHECK(form.changes().value(QStringLiteral("retain")).toBool());
        REQUIRE(form.save());
        CHECK(worker.records.get(QStringLiteral("case"), kept)->fields.value(QStringLiteral("retain")).toBool());
    }

    bar.refresh();
    REQUIRE_FALSE(bar.isHidden());
    CHECK(child<QLabel>(&bar, "retentionDueLabel")->text().contains(QLatin1Char('1')));
    bar.review();
    auto* dialog = child<QDialog>(&bar, "retentionDialog");
    auto* list = child<QTreeWidget>(dialog, "retentionDueList");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1).contains(QStringLiteral("Closed two years ago")));
    child<QPushButton>(dialog, "notNowButton")->click();
    CHECK(worker.records.get(QStringLiteral("case"), due).ok());  // "Not now" purges nothing
    CHECK_FALSE(bar.isHidden());

    bar.review();
    dialog = child<QDialog>(&bar, "retentionDialog");
    child<QPushButton>(dialog, "purgeDueButton")->click();
    CHECK_FALSE(worker.records.get(QStringLiteral("case"), due).ok());
    CHECK(worker.records.get(QStringLiteral("case"), kept).ok());
    CHECK(worker.records.get(QStringLiteral("case"), recent).ok());
    CHECK(bar.isHidden());
}

TEST_CASE("a field worker's consent withdrawal waits on the Team screen until a coordinator confirms it",
          "[ui][erasure]") {
    fieldcase::test::Team team(2);
    Laptop& coordinator = team[0];
    Laptop& worker = team[1];
    const QString caseId = worker.add(QStringLiteral("Only her case"));
    const QString person = worker.add("person", {{QStringLiteral("given_name"), QStringLiteral("Aigerim")}});
    worker.add("case_person", {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("person_id"), person},
                               {QStringLiteral("role"), QStringLiteral("Survivor")}});
    requireClean(coordinator.receive(worker));

    {
        fieldcase::ui::PeopleView people(worker.records, worker.sync);
        people.showPerson(person);
        CHECK(child<QPushButton>(&people, "withdrawConsentButton")->isEnabled());
        REQUIRE(people.withdrawConsent());
        CHECK_FALSE(child<QLabel>(&people, "withdrawConsentResult")->isHidden());
        CHECK(worker.records.get(QStringLiteral("person"), person).ok());  // only asked for
    }
    requireClean(coordinator.receive(worker));

    fieldcase::ui::TeamPage teamPage(coordinator.sync);
    auto* panel = child<QWidget>(&teamPage, "erasurePanel");
    auto* list = child<QTreeWidget>(&teamPage, "erasures");
    auto* confirm = child<QPushButton>(&teamPage, "confirmErasure");
    CHECK_FALSE(panel->isHidden());
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0).contains(worker.vault.info()->deviceName));
    CHECK_FALSE(confirm->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE(confirm->isEnabled());
    REQUIRE(teamPage.confirmErasure(0));
    CHECK_FALSE(coordinator.records.get(QStringLiteral("person"), person).ok());
    REQUIRE(list->topLevelItemCount() == 1);
    const QString workerName = worker.vault.info()->deviceName;
    const auto waitingFor = [&] { return list->topLevelItem(0)->text(2).section(QStringLiteral("; "), 1); };
    CHECK(waitingFor().contains(workerName));  // not yet known there

    requireClean(worker.receive(coordinator));
    requireClean(coordinator.receive(worker));
    teamPage.reload();
    CHECK_FALSE(worker.records.get(QStringLiteral("person"), person).ok());
    CHECK_FALSE(waitingFor().contains(workerName));
    CHECK(list->topLevelItem(0)->text(2).section(QStringLiteral("; "), 0, 0).contains(workerName));
}
