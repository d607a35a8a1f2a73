// The organisation directory: adding, editing, finding and archiving a partner organisation.
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UiTestVault.h"
#include "ui/organisations/OrganisationsView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using fieldcase::test::child;
using fieldcase::test::typeText;
using fieldcase::test::waitFor;

namespace {

using Vault = fieldcase::test::UiTestVault;

// Answers the next question box with the given button as soon as it shows (it runs its own event loop).
class Answerer {
public:
    Answerer() {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_timer.stop();
                box->button(m_reply)->click();
            }
        });
    }
    void answerNext(QMessageBox::StandardButton reply) {
        m_reply = reply;
        m_timer.start();
    }

private:
    QTimer m_timer;
    QMessageBox::StandardButton m_reply = QMessageBox::Cancel;
};

template <typename T>
T* field(const QWidget* view, const char* name) {
    return child<T>(view, (QByteArray("organisationField_") + name).constData());
}

QStringList names(const QTreeWidget* list) {
    QStringList texts;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts << list->topLevelItem(row)->text(0);
    return texts;
}

void check(QListWidget* list, const QString& key) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == key) {
            list->item(row)->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL("no entry " << key.toStdString());
}

fieldcase::RecordData onlyOrganisation(fieldcase::RecordService& records) {
    const auto all = records.list(QStringLiteral("organisation"), 0, 10);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    return all->first();
}

}  // namespace

TEST_CASE("The organisation directory adds - edits - finds and archives an organisation", "[ui][organisations]") {
    Vault vault;
    fieldcase::RecordService& records = vault.records();
    fieldcase::ui::OrganisationsView view(records);
    view.resize(1000, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    auto* list = child<QTreeWidget>(&view, "organisationList");
    auto* empty = child<QLabel>(&view, "organisationsEmptyLabel");
    auto* error = child<QLabel>(&view, "organisationErrorLabel");
    auto* save = child<QPushButton>(&view, "organisationSaveButton");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("New organisation")));

    // The form has a widget for every field the core describes, named for screen readers.
    for (const fieldcase::FieldInfo& info : records.fields(QStringLiteral("organisation"))) {
        if (info.name == QLatin1String("archived")) continue;
        const QByteArray name = "organisationField_" + info.name.toLatin1();
        auto* widget = child<QWidget>(&view, name.constData());
        CHECK(widget->accessibleName() == info.label);
    }

    // A new organisation without a name is refused in one line, and nothing is written.
    QTest::mouseClick(child<QPushButton>(&view, "newOrganisationButton"), Qt::LeftButton);
    auto* name = field<QLineEdit>(&view, "name");
    REQUIRE(waitFor([&] { return name->hasFocus(); }));
    typeText(field<QLineEdit>(&view, "city"), QStringLiteral("Москва"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().contains(QLatin1Char('\n')));
    CHECK(records.list(QStringLiteral("organisation"), 0, 10)->isEmpty());
    CHECK(field<QLineEdit>(&view, "city")->text() == QStringLiteral("Москва"));

    // Every field filled in: choices with their translated labels, several services, contacts one per line.
    typeText(name, QStringLiteral("Центр «Сёстры»"));
    auto* type = field<QComboBox>(&view, "org_type");
    const int shelter = type->findData(QStringLiteral("Shelter"));
    REQUIRE(shelter > 0);
    type->setCurrentIndex(shelter);
    auto* services = field<QListWidget>(&view, "services");
    check(services, QStringLiteral("Shelter"));
    check(services, QStringLiteral("Legal"));
    auto* contacts = field<QPlainTextEdit>(&view, "contacts");
    typeText(contacts, QStringLiteral("Анна +7 900 000-00-00"));
    QTest::keyClick(contacts, Qt::Key_Return);
    typeText(contacts, QStringLiteral("Горячая линия"));
    typeText(field<QPlainTextEdit>(&view, "notes"), QStringLiteral("Принимают с детьми"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(error->isVisible());
    fieldcase::RecordData stored = onlyOrganisation(records);
    CHECK(stored.fields.value(QStringLiteral("name")) == QStringLiteral("Центр «Сёстры»"));
    CHECK(stored.fields.value(QStringLiteral("org_type")) == QStringLiteral("Shelter"));
    CHECK(stored.fields.value(QStringLiteral("services")).toStringList() ==
          QStringList({QStringLiteral("Legal"), QStringLiteral("Shelter")}));
    CHECK(stored.fields.value(QStringLiteral("contacts")).toStringList() ==
          QStringList({QStringLiteral("Анна +7 900 000-00-00"), QStringLiteral("Горячая линия")}));
    CHECK(stored.fields.value(QStringLiteral("notes")) == QStringLiteral("Принимают с детьми"));
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Центр «Сёстры»"));
    CHECK(list->topLevelItem(0)->text(1) == type->itemText(shelter));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Москва"));

    // Editing: a value the core refuses (a name too long) is reported and what was typed stays; then a good one.
    const QString tooLong(300, QLatin1Char('x'));
    name->setText(tooLong);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().contains(QLatin1Char('\n')));
    CHECK(name->text() == tooLong);
    CHECK(onlyOrganisation(records).fields.value(QStringLiteral("name")) == QStringLiteral("Центр «Сёстры»"));
    name->setText(QStringLiteral("Центр «Сёстры»"));
    auto* city = field<QLineEdit>(&view, "city");
    city->clear();
    typeText(city, QStringLiteral("Санкт-Петербург"));
    QTest::keyClick(city, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(error->isVisible());
    stored = onlyOrganisation(records);
    CHECK(stored.fields.value(QStringLiteral("city")) == QStringLiteral("Санкт-Петербург"));
    CHECK(stored.fields.value(QStringLiteral("org_type")) == QStringLiteral("Shelter"));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Санкт-Петербург"));

    // Another organisation arrives (from another laptop); the filter finds each by name, type or city.
    REQUIRE(
        records
            .create(QStringLiteral("organisation"), {{QStringLiteral("name"), QStringLiteral("Юридическая клиника")},
                                                     {QStringLiteral("org_type"), QStringLiteral("LegalService")},
                                                     {QStringLiteral("city"), QStringLiteral("Казань")}})
            .ok());
    view.reload();
    CHECK(names(list) == QStringList({QStringLiteral("Центр «Сёстры»"), QStringLiteral("Юридическая клиника")}));
    fieldcase::test::saveScreenshot(&view, "organisations");
    auto* filter = child<QLineEdit>(&view, "organisationFilterEdit");
    typeText(filter, QStringLiteral("петер"));
    CHECK(names(list) == QStringList{QStringLiteral("Центр «Сёстры»")});
    filter->clear();
    typeText(filter, QStringLiteral("КЛИНИКА"));
    CHECK(names(list) == QStringList{QStringLiteral("Юридическая клиника")});
    filter->clear();
    typeText(filter, type->itemText(shelter));
    CHECK(names(list) == QStringList{QStringLiteral("Центр «Сёстры»")});
    filter->clear();
    typeText(filter, QStringLiteral("Новосибирск"));
    CHECK(list->topLevelItemCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Новосибирск")));
    filter->clear();
    CHECK(list->topLevelItemCount() == 2);

    // Choosing another organisation with unsaved changes asks first; cancelling keeps what was typed.
    Answerer answerer;
    auto* notes = field<QPlainTextEdit>(&view, "notes");
    notes->moveCursor(QTextCursor::End);
    typeText(notes, QStringLiteral(" и с животными"));
    answerer.answerNext(QMessageBox::Cancel);
    list->setCurrentItem(list->topLevelItem(1));
    CHECK(notes->toPlainText().endsWith(QStringLiteral(" и с животными")));
    CHECK(name->text() == QStringLiteral("Центр «Сёстры»"));
    answerer.answerNext(QMessageBox::Discard);
    list->setCurrentItem(list->topLevelItem(1));
    CHECK(name->text() == QStringLiteral("Юридическая клиника"));

    // Archiving asks first; archived ones leave the list and come back with "Show archived", to be restored.
    auto* archive = child<QPushButton>(&view, "organisationArchiveButton");
    const QString archiveText = archive->text();
    answerer.answerNext(QMessageBox::Cancel);
    QTest::mouseClick(archive, Qt::LeftButton);
    CHECK(list->topLevelItemCount() == 2);
    answerer.answerNext(QMessageBox::Yes);
    QTest::mouseClick(archive, Qt::LeftButton);
    CHECK(names(list) == QStringList{QStringLiteral("Центр «Сёстры»")});
    child<QCheckBox>(&view, "organisationArchivedFilter")->setChecked(true);
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(1)->text(0).contains(QStringLiteral("Юридическая клиника")));
    CHECK(archive->text() != archiveText);
    QTest::mouseClick(archive, Qt::LeftButton);
    child<QCheckBox>(&view, "organisationArchivedFilter")->setChecked(false);
    CHECK(list->topLevelItemCount() == 2);
    CHECK(archive->text() == archiveText);
}
