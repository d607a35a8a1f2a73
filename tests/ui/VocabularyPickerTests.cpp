// HTCDS pickers: a search that narrows the checklist, choices that stay in sight, keys from newer laptops kept.
#include "tests/ui/UiTestSupport.h"
#include "ui/widgets/VocabularyPicker.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>

namespace {

const QList<fieldcase::VocabularyItem> kItems = {
    {QStringLiteral("ForcedLabour"), QStringLiteral("Forced labour"), QStringLiteral("Work under threat")},
    {QStringLiteral("Begging"), QStringLiteral("Forced begging"), QStringLiteral("Made to beg in the street")},
    {QStringLiteral("OrganRemoval"), QStringLiteral("Organ removal"), QStringLiteral("Removal of an organ")},
};

QStringList visible(const QListWidget* list) {
    QStringList shown;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden()) shown << list->item(row)->data(Qt::UserRole).toString();
    }
    return shown;
}

}  // namespace

TEST_CASE("a vocabulary picker narrows as one types and keeps what is ticked", "[ui][picker]") {
    fieldcase::ui::VocabularyPicker picker(kItems, QStringLiteral("Exploitation"));
    QListWidget* list = picker.list();
    REQUIRE(list->item(1)->toolTip() == QStringLiteral("Made to beg in the street"));

    fieldcase::test::typeText(picker.searchBox(), QStringLiteral("forced"));
    REQUIRE(visible(list) == QStringList{QStringLiteral("ForcedLabour"), QStringLiteral("Begging")});
    // Definitions count too.
    picker.searchBox()->clear();
    fieldcase::test::typeText(picker.searchBox(), QStringLiteral("street"));
    REQUIRE(visible(list) == QStringList{QStringLiteral("Begging")});

    QSignalSpy changed(&picker, &fieldcase::ui::VocabularyPicker::changed);
    list->item(1)->setCheckState(Qt::Checked);
    REQUIRE(changed.count() == 1);
    picker.searchBox()->clear();
    fieldcase::test::typeText(picker.searchBox(), QStringLiteral("organ"));
    REQUIRE(visible(list) == QStringList{QStringLiteral("Begging"), QStringLiteral("OrganRemoval")});
    REQUIRE(picker.selected() == QStringList{QStringLiteral("Begging")});
}

TEST_CASE("a key from a newer laptop is shown and kept by the picker", "[ui][picker]") {
    fieldcase::ui::VocabularyPicker picker(kItems, QStringLiteral("Exploitation"));
    picker.setSelected({QStringLiteral("OrganRemoval"), QStringLiteral("FutureKind")});
    REQUIRE(picker.list()->count() == 4);
    REQUIRE(picker.selected() == QStringList{QStringLiteral("OrganRemoval"), QStringLiteral("FutureKind")});
    // Shown again for another record: the kept key goes with the record it came from.
    picker.setSelected({QStringLiteral("ForcedLabour")});
    REQUIRE(picker.list()->count() == 3);
    REQUIRE(picker.selected() == QStringList{QStringLiteral("ForcedLabour")});
}
