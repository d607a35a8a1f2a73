// Training mode: a throwaway vault of made-up cases, a banner that cannot be missed, nothing left behind.
#include "app/training/TrainingVault.h"
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/app/AppWindow.h"
#include "ui/app/WorkspacePage.h"

#include <QDate>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using fieldcase::test::child;
using fieldcase::test::typeText;
using fieldcase::test::waitFor;

TEST_CASE("the training vault holds made-up cases in both languages and is gone afterwards", "[ui][training]") {
    QString folder;
    {
        auto created = fieldcase::training::TrainingVault::create(40);
        REQUIRE(created.ok());
        fieldcase::training::TrainingVault& vault = **created;
        folder = vault.folder();
        REQUIRE(QDir(folder).exists());
        fieldcase::RecordService& records = vault.services().records();
        REQUIRE(vault.services().vault().isUnlocked());

        const auto counts = records.counts();
        REQUIRE(counts.ok());
        REQUIRE(counts->value(QStringLiteral("case")).toInt() == 40);
        REQUIRE(counts->value(QStringLiteral("organisation")).toInt() > 0);

        fieldcase::CaseListQuery query;
        query.limit = 40;
        query.includeArchived = true;
        const auto page = records.listCases(query);
        REQUIRE(page.ok());
        bool russian = false;
        bool english = false;
        for (const fieldcase::CaseSummary& summary : page->rows) {
            russian = russian || summary.title.contains(QRegularExpression(QStringLiteral("[а-яА-Я]")));
            english = english || summary.title.contains(QRegularExpression(QStringLiteral("^[A-Za-z]")));
        }
        REQUIRE(russian);
        REQUIRE(english);

        // Dated up to today: there is work overdue and work still to come, as on a real day.
        fieldcase::FollowUpQuery followUps;
        followUps.today = QDate::currentDate();
        const auto due = records.followUps(followUps);
        REQUIRE(due.ok());
        REQUIRE(due->counts.overdue > 0);
        REQUIRE(due->counts.later + due->counts.thisWeek + due->counts.today > 0);
    }
    REQUIRE_FALSE(QDir(folder).exists());
}

TEST_CASE("training mode opens straight into the workspace under a banner with the passphrase", "[ui][training]") {
    auto created = fieldcase::training::TrainingVault::create(10);
    REQUIRE(created.ok());
    fieldcase::ui::AppWindowOptions options;
    options.trainingPassphrase = QString::fromLatin1(fieldcase::training::TrainingVault::kPassphrase);
    options.preferencesFile = (*created)->folder() + QStringLiteral("/preferences.ini");
    fieldcase::ui::AppWindow window((*created)->services(), options);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.findChild<fieldcase::ui::WorkspacePage*>() != nullptr);
    auto* banner = child<QLabel>(&window, "trainingBanner");
    REQUIRE(banner->isVisible());
    REQUIRE(banner->text().contains(QStringLiteral("TRAINING")));
    REQUIRE(banner->text().contains(options.trainingPassphrase));

    // Practising the unlock: the banner stays, and its passphrase opens the vault.
    window.lock();
    REQUIRE(banner->isVisible());
    typeText(child<QLineEdit>(&window, "unlockPassphraseEdit"), options.trainingPassphrase);
    QTest::mouseClick(child<QPushButton>(&window, "unlockButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return window.findChild<fieldcase::ui::WorkspacePage*>() != nullptr; }));
}
