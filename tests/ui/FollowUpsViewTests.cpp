// The follow-ups screen: the lists by due date with their counts, marking done, opening the case.
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UiTestVault.h"
#include "ui/cases/FollowUpsView.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using fieldcase::test::child;

namespace {

// The day the screen counts from; the real date never matters.
const QDate kToday(2026, 3, 10);

enum Tab { OverdueTab, TodayTab, ThisWeekTab, LaterTab, DoneTab };
enum Column { DueColumn, WhatColumn, CaseColumn, AssigneeColumn };

struct Vault : fieldcase::test::UiTestVault {
    QString followUp(const QString& caseId, const QString& what, int daysFromToday,
                     const QString& state = QStringLiteral("Open")) {
        return create("followup", {{QStringLiteral("case_id"), caseId},
                                   {QStringLiteral("what"), what},
                                   {QStringLiteral("due_on"), kToday.addDays(daysFromToday).toString(Qt::ISODate)},
                                   {QStringLiteral("state"), state}});
    }
};

std::unique_ptr<fieldcase::ui::FollowUpsView> showView(Vault& vault) {
    auto view = std::make_unique<fieldcase::ui::FollowUpsView>(vault.records(), [] { return kToday; });
    view->resize(900, 600);
    view->show();
    REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    view->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(view.get()));
    return view;
}

QString cell(const QTreeView* list, int row, int columnIndex) {
    return list->model()->index(row, columnIndex).data().toString();
}

QStringList column(const QTreeView* list, int columnIndex) {
    QStringList texts;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        texts << cell(list, row, columnIndex);
    return texts;
}

void choose(QTreeView* list, int row) {
    list->setCurrentIndex(list->model()->index(row, 0));
}

}  // namespace

TEST_CASE("The follow-ups screen shows what is due by when with counts and opens the case", "[ui][followups]") {
    Vault vault;
    const QString market = vault.create("case", {{QStringLiteral("title"), QStringLiteral("Рынок на Садовой")}});
    const QString farm = vault.create("case", {{QStringLiteral("title"), QStringLiteral("Ферма под Казанью")}});
    const QString marketReference =
        vault.records().get(QStringLiteral("case"), market)->fields.value(QStringLiteral("reference")).toString();
    vault.followUp(market, QStringLiteral("Вернуть паспорт"), -3);
    vault.followUp(farm, QStringLiteral("Позвонить сестре"), -1);
    vault.create("followup", {{QStringLiteral("case_id"), farm},
                              {QStringLiteral("what"), QStringLiteral("Встреча с юристом")},
                              {QStringLiteral("due_on"), kToday.toString(Qt::ISODate)},
                              {QStringLiteral("assignee"), QStringLiteral("Ольга")}});
    vault.followUp(market, QStringLiteral("Место в приюте"), 6);
    vault.followUp(market, QStringLiteral("Проверить документы"), 7);
    vault.followUp(farm, QStringLiteral("Уже сделано"), 0, QStringLiteral("Done"));

    const auto view = showView(vault);
    auto* tabs = child<QTabBar>(view.get(), "followUpsBuckets");
    auto* list = child<QTreeView>(view.get(), "followUpsList");
    auto* empty = child<QLabel>(view.get(), "followUpsEmptyLabel");

    // Counts on every open list; the most urgent list with something in it comes first.
    CHECK(tabs->tabText(OverdueTab).contains(QStringLiteral("(2)")));
    CHECK(tabs->tabText(TodayTab).contains(QStringLiteral("(1)")));
    CHECK(tabs->tabText(ThisWeekTab).contains(QStringLiteral("(1)")));
    CHECK(tabs->tabText(LaterTab).contains(QStringLiteral("(1)")));
    CHECK(tabs->currentIndex() == OverdueTab);
    CHECK(column(list, WhatColumn) ==
          QStringList{QStringLiteral("Вернуть паспорт"), QStringLiteral("Позвонить сестре")});
    CHECK(cell(list, 0, DueColumn) == QLocale().toString(kToday.addDays(-3), QLocale::ShortFormat));
    CHECK(cell(list, 0, CaseColumn).contains(marketReference));
    CHECK(cell(list, 0, CaseColumn).contains(QStringLiteral("Рынок на Садовой")));
    fieldcase::test::saveScreenshot(view.get(), "followups");

    // The arrow keys move between the lists.
    tabs->setFocus();
    QTest::keyClick(tabs, Qt::Key_Right);
    REQUIRE(tabs->currentIndex() == TodayTab);
    CHECK(column(list, WhatColumn) == QStringList{QStringLiteral("Встреча с юристом")});
    CHECK(cell(list, 0, AssigneeColumn) == QStringLiteral("Ольга"));
    tabs->setCurrentIndex(ThisWeekTab);
    CHECK(column(list, WhatColumn) == QStringList{QStringLiteral("Место в приюте")});
    tabs->setCurrentIndex(LaterTab);
    CHECK(column(list, WhatColumn) == QStringList{QStringLiteral("Проверить документы")});
    // Done ones only when asked for.
    tabs->setCurrentIndex(DoneTab);
    CHECK(column(list, WhatColumn) == QStringList{QStringLiteral("Уже сделано")});

    // Marking done: the follow-up leaves its list, the count drops, and the list says what to expect instead.
    tabs->setCurrentIndex(TodayTab);
    auto* doneButton = child<QPushButton>(view.get(), "followUpsDoneButton");
    CHECK_FALSE(doneButton->isEnabled());
    list->setFocus();
    choose(list, 0);
    REQUIRE(doneButton->isEnabled());
    QTest::mouseClick(doneButton, Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(view.get(), "followUpsErrorLabel")->isVisible());
    CHECK(tabs->tabText(TodayTab).contains(QStringLiteral("(0)")));
    CHECK(list->model()->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("due today")));
    CHECK(child<QLabel>(view.get(), "followUpsNotice")->text().contains(QStringLiteral("Встреча с юристом")));
    tabs->setCurrentIndex(DoneTab);
    CHECK(column(list, WhatColumn).contains(QStringLiteral("Встреча с юристом")));

    // A follow-up marked done by mistake goes back to its list.
    const int mistaken = static_cast<int>(column(list, WhatColumn).indexOf(QStringLiteral("Встреча с юристом")));
    REQUIRE(mistaken >= 0);
    choose(list, mistaken);
    QTest::mouseClick(doneButton, Qt::LeftButton);
    CHECK(tabs->tabText(TodayTab).contains(QStringLiteral("(1)")));

    // Enter and a double click open the follow-up's case.
    QSignalSpy opened(view.get(), &fieldcase::ui::FollowUpsView::openCase);
    tabs->setCurrentIndex(OverdueTab);
    list->setFocus();
    choose(list, 1);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == farm);
    // A real double click starts as a click; the view opens only what the click pressed.
    const QPoint firstRow = list->visualRect(list->model()->index(0, 0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, firstRow);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, firstRow);
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(1).at(0).toString() == market);
}

TEST_CASE("With nothing open the follow-ups screen says where follow-ups come from", "[ui][followups]") {
    Vault vault;
    const QString caseId = vault.create("case", {{QStringLiteral("title"), QStringLiteral("Дело")}});
    vault.followUp(caseId, QStringLiteral("Сделано давно"), -40, QStringLiteral("Done"));
    const auto view = showView(vault);
    auto* tabs = child<QTabBar>(view.get(), "followUpsBuckets");
    auto* empty = child<QLabel>(view.get(), "followUpsEmptyLabel");

    CHECK(tabs->currentIndex() == TodayTab);
    for (const int tab : {OverdueTab, TodayTab, ThisWeekTab, LaterTab})
        CHECK(tabs->tabText(tab).contains(QStringLiteral("(0)")));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Nothing is due today.")));
    CHECK(empty->text().contains(QStringLiteral("Follow-ups tab")));
    CHECK_FALSE(child<QTreeView>(view.get(), "followUpsList")->isVisible());
    CHECK_FALSE(child<QPushButton>(view.get(), "followUpsDoneButton")->isEnabled());
}
