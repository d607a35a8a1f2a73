// The import wizard: a messy Russian spreadsheet through every step, with the rows it will not import explained,
// people already in the vault linked, and nothing written before the last step (docs/import.md).
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UiTestVault.h"
#include "ui/importer/ImportWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using fieldcase::test::child;
using fieldcase::ui::ImportWizard;

namespace {

// Syllables, so that no two rows name the same person and no letter doubles.
QString patronymic(int row) {
    const QStringList syllables{"ба", "ве", "ги", "до", "ку", "ла", "ме", "ни", "по", "ру"};
    QString word;
    for (int n = row, i = 0; i < 4; ++i, n /= 10)
        word += syllables[n % 10];
    return word + QStringLiteral("вна");
}

int casesIn(fieldcase::RecordService& records, const char* kind) {
    const auto counts = records.counts();
    REQUIRE(counts.ok());
    return counts->value(QLatin1String(kind)).toInt();
}

void waitUntilChecked(ImportWizard& wizard) {
    REQUIRE(fieldcase::test::waitFor([&] { return !wizard.isBusy(); }));
    QCoreApplication::processEvents();
}

QComboBox* comboInColumn(QTreeWidget* tree, const QString& text, int textColumn, int comboColumn) {
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = tree->topLevelItem(row);
        if (item->text(textColumn) == text) return qobject_cast<QComboBox*>(tree->itemWidget(item, comboColumn));
    }
    FAIL("no row " << text.toStdString());
    return nullptr;
}

}  // namespace

TEST_CASE("a messy Russian spreadsheet imports through the wizard with every rejected row explained", "[ui][import]") {
    fieldcase::test::UiTestVault vault;
    vault.create("person", {{"family_name", "Иванова"}, {"given_name", "Мария"}, {"birth_date", "1990-02-01"}});
    constexpr int kRows = 2000;
    QString text = QStringLiteral("Реестр пострадавших;;;;\n№ дела;ФИО;Дата рождения;Пол;Вид эксплуатации\n");
    for (int row = 0; row < kRows; ++row) {
        const QString name =
            row == 3 ? QStringLiteral("Иванова Мария") : QStringLiteral("Орлова Вера ") + patronymic(row);
        const QString birth = row == 3   ? QStringLiteral("01.02.1990")
                              : row == 7 ? QStringLiteral("31.02.1990")
                              : row % 2  ? QStringLiteral("1991-05-%1").arg(row % 28 + 1, 2, 10, QLatin1Char('0'))
                                         : QStringLiteral("%1.05.1992").arg(row % 28 + 1, 2, 10, QLatin1Char('0'));
        const QString kind =
            row % 10 == 5 ? QStringLiteral("трудовая миграция") : QStringLiteral(" Принудительный труд ");
        text += QStringLiteral("%1; %2 ;%3;%4;%5\n").arg(row + 1).arg(name, birth, row % 3 ? "ж" : "Жен.", kind);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("реестр.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringEncoder("windows-1251").encode(text));
    }

    ImportWizard wizard(vault.records());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(path);
    waitUntilChecked(wizard);
    CHECK(child<QSpinBox>(&wizard, "importHeaderRow")->value() == 2);  // under the title
    CHECK(child<QComboBox>(&wizard, "importSheet")->currentText() == QStringLiteral("реестр"));
    CHECK(child<QTreeWidget>(&wizard, "importPreview")->topLevelItemCount() == 5);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    auto* columns = child<QTreeWidget>(&wizard, "importColumns");
    CHECK(comboInColumn(columns, QStringLiteral("ФИО"), 0, 2)->currentData() == QStringLiteral("person.full_name"));
    CHECK(comboInColumn(columns, QStringLiteral("№ дела"), 0, 2)->currentData() == QStringLiteral("case.group"));
    CHECK(comboInColumn(columns, QStringLiteral("Пол"), 0, 2)->currentData() == QStringLiteral("person.gender"));
    fieldcase::test::saveScreenshot(&wizard, "import-columns");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ValuesPage);
    CHECK(wizard.isBusy());
    waitUntilChecked(wizard);
    auto* unknown = child<QTreeWidget>(&wizard, "importValues");
    REQUIRE(unknown->topLevelItemCount() == 1);
    CHECK(unknown->topLevelItem(0)->text(2) == QStringLiteral("200"));  // rows that hold it
    QComboBox* meaning = comboInColumn(unknown, QStringLiteral("трудовая миграция"), 1, 3);
    const int forcedLabour = meaning->findData(QStringLiteral("ForcedLabour"));
    REQUIRE(forcedLabour > 0);
    meaning->setCurrentIndex(forcedLabour);
    fieldcase::test::saveScreenshot(&wizard, "import-values");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    waitUntilChecked(wizard);
    auto* rejected = child<QTreeWidget>(&wizard, "importRejected");
    REQUIRE(rejected->topLevelItemCount() == 1);
    CHECK(rejected->topLevelItem(0)->text(0) == QStringLiteral("10"));  // the spreadsheet's row number
    CHECK(rejected->topLevelItem(0)->text(1).contains(QStringLiteral("31.02.1990")));
    auto* duplicates = child<QTreeWidget>(&wizard, "importDuplicates");
    REQUIRE(duplicates->topLevelItemCount() == 1);
    CHECK(duplicates->topLevelItem(0)->text(0) == QStringLiteral("6"));
    CHECK(child<QLabel>(&wizard, "importSummary")->text().contains(QStringLiteral("1999 cases")));
    CHECK(casesIn(vault.records(), "case") == 0);  // every step so far was a dry run
    fieldcase::test::saveScreenshot(&wizard, "import-check");

    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(fieldcase::test::waitFor([&] { return wizard.imported().has_value(); }));
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(casesIn(vault.records(), "case") == kRows - 1);
    CHECK(casesIn(vault.records(), "person") == kRows - 1);  // Мария was linked, not made again

    // The same file once more: the check says it is in already, and Import waits for the person to insist.
    ImportWizard again(vault.records());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    again.setFile(path);
    waitUntilChecked(again);
    again.next();
    again.next();
    waitUntilChecked(again);
    // What the person said "трудовая миграция" means was remembered with the import.
    CHECK(child<QTreeWidget>(&again, "importValues")->topLevelItemCount() == 0);
    again.next();
    waitUntilChecked(again);
    REQUIRE(again.currentId() == ImportWizard::CheckPage);
    auto* importAgain = child<QCheckBox>(&again, "importAgain");
    CHECK(importAgain->isVisible());
    CHECK(importAgain->isEnabled());
    CHECK_FALSE(again.button(QWizard::FinishButton)->isEnabled());
    importAgain->setChecked(true);
    CHECK(again.button(QWizard::FinishButton)->isEnabled());
}

TEST_CASE("a file the wizard cannot read is explained on its page and nothing goes further", "[ui][import]") {
    fieldcase::test::UiTestVault vault;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.xlsx"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArrayLiteral("PK\x03\x04 not really a workbook"));
    }
    ImportWizard wizard(vault.records());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(path);
    waitUntilChecked(wizard);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    bool explained = false;
    for (QLabel* label : wizard.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("photo.xlsx"))) explained = true;
    }
    CHECK(explained);
}

TEST_CASE("a wizard closed while it imports - the app locking - writes the whole file, and the next one says so",
          "[ui][import]") {
    fieldcase::test::UiTestVault vault;
    constexpr int kRows = 300;
    QString text = QStringLiteral("№ дела;ФИО;Дата рождения\n");
    for (int row = 0; row < kRows; ++row)
        text += QStringLiteral("%1;Орлова Вера %2;01.05.1992\n").arg(row + 1).arg(patronymic(row));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("реестр.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    const auto toCheckPage = [&](ImportWizard& wizard) {
        wizard.setFile(path);
        waitUntilChecked(wizard);
        wizard.next();
        wizard.next();
        waitUntilChecked(wizard);
        wizard.next();
        waitUntilChecked(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    };
    {
        ImportWizard wizard(vault.records());
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        toCheckPage(wizard);
        wizard.button(QWizard::FinishButton)->click();
        REQUIRE(wizard.isBusy());
        wizard.reject();  // what locking the app does to an open dialog
    }  // the wizard goes once the write it started has ended: all of the file or none of it, never a part
    CHECK(casesIn(vault.records(), "case") == kRows);
    CHECK(casesIn(vault.records(), "person") == kRows);

    // Opened again on the same file, the check says it is in already and Import waits for the person to insist.
    ImportWizard again(vault.records());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    toCheckPage(again);
    CHECK(child<QCheckBox>(&again, "importAgain")->isVisible());
    CHECK_FALSE(again.button(QWizard::FinishButton)->isEnabled());
}
