// The dashboard: every chart shows the facade's figures for the chosen period, names its numbers on hover, saves
// itself as PNG, SVG and CSV; the statistics export runs from it.
#include "app/training/TrainingVault.h"
#include "core/api/RecordService.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UiTestVault.h"
#include "ui/importer/ImportWizard.h"
#include "ui/reports/ChartCard.h"
#include "ui/reports/DashboardView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using fieldcase::test::child;
using fieldcase::ui::ChartCard;

namespace {

QList<QStringList> tableOf(const QList<fieldcase::DashboardCount>& counts) {
    QList<QStringList> table{{QStringLiteral("Value"), QStringLiteral("Count")}};
    for (const auto& count : counts)
        table << QStringList{count.label, QString::number(count.count)};
    return table;
}

QByteArray contentOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Fixture : fieldcase::test::UiTestVault {
    QDate today = QDate::currentDate();  // the training team is dated up to the real today
    std::unique_ptr<fieldcase::ui::DashboardView> view;

    Fixture() {
        REQUIRE(fieldcase::training::fillWithTrainingTeam(records(), 150).ok());
        view = std::make_unique<fieldcase::ui::DashboardView>(records(), [this] { return today; });
        view->resize(1100, 900);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        REQUIRE(child<ChartCard>(view.get(), "openByStatus")->table().isEmpty());  // nothing counted until shown
        view->reload();
        settle();
    }

    // Counting runs away from the event loop; the charts change when it ends.
    void settle() {
        REQUIRE(fieldcase::test::waitFor([this] { return !view->isCounting() && busy()->isHidden(); }));
    }
    QWidget* busy() { return child<QWidget>(view.get(), "dashboardBusy"); }

    fieldcase::Dashboard figures(QDate from, QDate to) {
        fieldcase::DashboardQuery query;
        query.from = from;
        query.to = to;
        query.today = today;
        auto result = records().dashboard(query);
        REQUIRE(result.ok());
        return *result;
    }

    void choose(const QString& period) {
        auto* combo = child<QComboBox>(view.get(), "dashboardPeriod");
        const int index = combo->findText(period);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        settle();
    }
};

}  // namespace

TEST_CASE("every dashboard chart shows the figures of the chosen period", "[ui][dashboard]") {
    Fixture fx;
    for (const QString& period : {QStringLiteral("Last 12 months"), QStringLiteral("All time"),
                                  QStringLiteral("Last year"), QStringLiteral("This year")}) {
        INFO(period.toStdString());
        fx.choose(period);
        const fieldcase::Dashboard expected = fx.figures(fx.view->from(), fx.view->to());
        REQUIRE(child<ChartCard>(fx.view.get(), "openByStatus")->table() == tableOf(expected.openByStatus));
        REQUIRE(child<ChartCard>(fx.view.get(), "openByRisk")->table() == tableOf(expected.openByRisk));
        REQUIRE(child<ChartCard>(fx.view.get(), "openByExploitation")->table() == tableOf(expected.openByExploitation));
        REQUIRE(child<ChartCard>(fx.view.get(), "overdueByWorker")->table() == tableOf(expected.overdueByWorker));
        REQUIRE(child<ChartCard>(fx.view.get(), "referralsByOrganisation")->table() ==
                tableOf(expected.referralsByOrganisation));
        REQUIRE(child<ChartCard>(fx.view.get(), "referralsByStatus")->table() == tableOf(expected.referralsByStatus));
        REQUIRE(child<ChartCard>(fx.view.get(), "referralsByOutcome")->table() == tableOf(expected.referralsByOutcome));
        REQUIRE(child<ChartCard>(fx.view.get(), "peopleByGender")->table() == tableOf(expected.peopleByGender));
        REQUIRE(child<ChartCard>(fx.view.get(), "peopleByAgeBand")->table() == tableOf(expected.peopleByAgeBand));
        const auto& months = child<ChartCard>(fx.view.get(), "casesPerMonth")->table();
        REQUIRE(months.size() == expected.months.size() + 1);
        for (qsizetype i = 0; i < expected.months.size(); ++i) {
            REQUIRE(months[i + 1] == QStringList{expected.months[i].month, QString::number(expected.months[i].opened),
                                                 QString::number(expected.months[i].closed)});
        }
        REQUIRE(child<QLabel>(fx.view.get(), "dashboardSummary")->text().contains(QString::number(expected.cases)));
    }
    SECTION("all time covers every case, a year fewer") {
        fx.choose(QStringLiteral("All time"));
        REQUIRE(!fx.view->from().isValid());
        const int all = fx.figures({}, {}).cases;
        REQUIRE(all == 150);
        fx.choose(QStringLiteral("Last year"));
        REQUIRE(fx.view->from() == QDate(fx.today.year() - 1, 1, 1));
        REQUIRE(fx.figures(fx.view->from(), fx.view->to()).cases < all);
    }
}

TEST_CASE("the dashboard counts away from the event loop and counts again for a period chosen meanwhile",
          "[ui][dashboard]") {
    Fixture fx;
    auto* combo = child<QComboBox>(fx.view.get(), "dashboardPeriod");
    combo->setCurrentIndex(combo->findText(QStringLiteral("All time")));
    CHECK(fx.busy()->isVisibleTo(fx.view.get()));  // says it is counting
    // Chosen before the first count ends: the charts end up showing the last choice.
    combo->setCurrentIndex(combo->findText(QStringLiteral("Last year")));
    fx.settle();
    const fieldcase::Dashboard expected = fx.figures(fx.view->from(), fx.view->to());
    CHECK(fx.view->from() == QDate(fx.today.year() - 1, 1, 1));
    CHECK(child<ChartCard>(fx.view.get(), "openByStatus")->table() == tableOf(expected.openByStatus));
    CHECK(child<QLabel>(fx.view.get(), "dashboardSummary")->text().contains(QString::number(expected.cases)));
}

TEST_CASE("a chart names its numbers on hover and saves itself as PNG, SVG and CSV", "[ui][dashboard]") {
    Fixture fx;
    fx.choose(QStringLiteral("All time"));
    auto* status = child<ChartCard>(fx.view.get(), "openByStatus");
    const auto& table = status->table();
    REQUIRE(table.size() >= 3);
    REQUIRE(status->hoverText(0, 0) == table[1][0] + QStringLiteral(": ") + table[1][1]);
    auto* months = child<ChartCard>(fx.view.get(), "casesPerMonth");
    REQUIRE(months->hoverText(1, 0).contains(QStringLiteral("closed")));
    REQUIRE(months->hoverText(0, 100000).isEmpty());

    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("status.png"));
    const QString svg = out.filePath(QStringLiteral("status.svg"));
    const QString csv = out.filePath(QStringLiteral("status.csv"));
    REQUIRE(status->saveImage(png));
    REQUIRE(status->saveImage(svg));
    REQUIRE(status->saveTable(csv));
    REQUIRE(contentOf(png).startsWith("\x89PNG"));
    const QByteArray vector = contentOf(svg);
    REQUIRE(vector.contains("<svg"));
    REQUIRE(vector.contains("Active"));  // the bars' names are text in the image, not pixels
    const QByteArray rows = contentOf(csv);
    REQUIRE(rows.startsWith("\xEF\xBB\xBF\"Value\",\"Count\"\r\n"));
    REQUIRE(rows.contains(QStringLiteral("\"%1\",\"%2\"").arg(table[1][0], table[1][1]).toUtf8()));
    REQUIRE(!status->saveImage(out.filePath(QStringLiteral("missing/folder/x.png"))));
}

TEST_CASE("the statistics export runs from the dashboard and reports what it wrote", "[ui][dashboard]") {
    Fixture fx;
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("stats"));
    QString reported;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr) return;
        if (modal->objectName() == QLatin1String("statisticsDialog")) {
            auto* k = child<QSpinBox>(modal, "statisticsK");
            k->setValue(3);
            REQUIRE(k->value() == 11);  // never below 11
            child<QLineEdit>(modal, "statisticsFolder")->setText(folder);
            qobject_cast<QDialog*>(modal)->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            reported = box->text();
            box->accept();
        }
    });
    driver.start(20);
    fx.view->exportStatistics();
    // Written away from the event loop: the button waits, the report follows.
    CHECK_FALSE(child<QPushButton>(fx.view.get(), "exportStatisticsButton")->isEnabled());
    REQUIRE(fieldcase::test::waitFor([&] { return !reported.isEmpty(); }));
    driver.stop();
    CHECK(child<QPushButton>(fx.view.get(), "exportStatisticsButton")->isEnabled());
    INFO(reported.toStdString());
    REQUIRE(reported.contains(QStringLiteral("k = 11")));
    REQUIRE(reported.contains(QStringLiteral("of 150 rows")));
    REQUIRE(QFile::exists(QDir(folder).filePath(QStringLiteral("ctdc-records.csv"))));
    REQUIRE(QFile::exists(QDir(folder).filePath(QStringLiteral("report.txt"))));
}

TEST_CASE("every record is exported from the dashboard as a workbook, with a warning that it is not encrypted",
          "[ui][dashboard][export]") {
    Fixture fx;
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("records"));
    QString warning;
    QString reported;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr) return;
        if (modal->objectName() == QLatin1String("exportRecordsDialog")) {
            for (const QLabel* label : modal->findChildren<QLabel*>())
                warning += label->text();
            auto* format = child<QComboBox>(modal, "exportFormat");
            format->setCurrentIndex(format->findText(QStringLiteral("One JSON document (HTCDS keys)")));
            REQUIRE_FALSE(child<QCheckBox>(modal, "exportKeys")->isEnabled());  // JSON is always keys
            format->setCurrentIndex(0);                                         // the spreadsheet
            child<QCheckBox>(modal, "exportKeys")->setChecked(true);
            child<QLineEdit>(modal, "exportFolder")->setText(folder);
            qobject_cast<QDialog*>(modal)->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            reported = box->text() + box->detailedText();
            box->accept();
        }
    });
    driver.start(20);
    fx.view->exportRecords();
    CHECK(fx.view->isExporting());
    CHECK_FALSE(child<QPushButton>(fx.view.get(), "exportStatisticsButton")->isEnabled());
    REQUIRE(fieldcase::test::waitFor([&] { return !reported.isEmpty(); }));
    driver.stop();
    CHECK(warning.contains(QStringLiteral("not encrypted")));
    const QString workbook = QDir(folder).filePath(QStringLiteral("fieldcase-records.xlsx"));
    CHECK(reported.contains(workbook));
    CHECK(reported.contains(QStringLiteral("plain text")));
    CHECK(QFileInfo(workbook).size() > 0);
    CHECK(child<QPushButton>(fx.view.get(), "exportRecordsButton")->isEnabled());
}

TEST_CASE("a spreadsheet is imported from the dashboard, which then says what it made and counts again",
          "[ui][dashboard][import]") {
    Fixture fx;
    const int casesBefore = fx.records().counts()->value(QStringLiteral("case")).toInt();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("ФИО;Пол\nЗуева Нина;ж\nЛосева Ада;ж\n").toUtf8());
    }
    QString notice;
    QObject::connect(fx.view.get(), &fieldcase::ui::DashboardView::notice, [&](const QString& text) { notice = text; });
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        auto* wizard = qobject_cast<fieldcase::ui::ImportWizard*>(QApplication::activeModalWidget());
        if (wizard == nullptr || wizard->isBusy()) return;
        if (wizard->currentId() == fieldcase::ui::ImportWizard::FilePage &&
            child<QLineEdit>(wizard, "importFile")->text().isEmpty()) {
            wizard->setFile(path);
        } else if (wizard->currentPage()->isComplete()) {
            wizard
                ->button(wizard->currentId() == fieldcase::ui::ImportWizard::CheckPage ? QWizard::FinishButton
                                                                                       : QWizard::NextButton)
                ->click();
        }
    });
    driver.start(20);
    fx.view->importSpreadsheet();
    driver.stop();
    CHECK(notice.contains(QStringLiteral("Imported 2 cases")));
    CHECK(fx.records().counts()->value(QStringLiteral("case")).toInt() == casesBefore + 2);
}
