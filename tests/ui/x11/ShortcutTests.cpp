// The workspace's shortcuts from inside text fields, with a real X11 platform and its key bindings (ctest runs this
// with the generic theme and again as under GNOME, whose key bindings include the X11 ones, such as Ctrl+K "delete
// to the end of the line"). Qt's text widgets leave these keys to the shortcuts; this holds them to it.
#include "core/api/RecordService.h"
#include "tests/ui/AppWindowFixture.h"
#include "ui/search/SearchDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableView>

#include <functional>

using fieldcase::test::child;
using fieldcase::test::waitFor;

namespace {

void focus(QWidget* widget) {
    widget->setFocus();
    REQUIRE(waitFor([&] { return widget->hasFocus(); }));
}

// Ctrl+K from the field opens search and leaves the field's text as it was.
void searchFrom(const fieldcase::test::AppWindowFixture& app, QWidget* field, const std::function<QString()>& text) {
    const QString before = text();
    focus(field);
    QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
    fieldcase::ui::SearchDialog* search = nullptr;
    CHECK(waitFor([&] { return (search = app.window->findChild<fieldcase::ui::SearchDialog*>()) != nullptr; }));
    CHECK(text() == before);
    if (search != nullptr) search->close();
    REQUIRE(waitFor([&] { return app.window->findChild<fieldcase::ui::SearchDialog*>() == nullptr; }));
}

}  // namespace

TEST_CASE("the workspace's shortcuts work from a line edit and a text box - Ctrl+K included", "[x11][keyboard]") {
    fieldcase::test::AppWindowFixture app;
    app.unlock();
    app.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(app.window.get()));
    REQUIRE(app.services->records()
                .create(QStringLiteral("case"), {{QStringLiteral("title"), QStringLiteral("Рынок на Садовой")},
                                                 {QStringLiteral("summary"), QStringLiteral("Паспорт забрали.")}})
                .ok());
    auto* table = child<QTableView>(app.window.get(), "caseTable");
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 1; }));
    focus(table);
    table->setCurrentIndex(table->model()->index(0, 1));
    QTest::keyClick(table, Qt::Key_Return);
    QLineEdit* title = nullptr;
    REQUIRE(waitFor([&] {
        title = app.window->findChild<QLineEdit*>(QStringLiteral("caseTitleEdit"));
        return title != nullptr && title->isVisible();
    }));
    auto* summary = child<QPlainTextEdit>(app.window.get(), "caseSummaryEdit");

    title->setCursorPosition(0);
    searchFrom(app, title, [&] { return title->text(); });
    summary->moveCursor(QTextCursor::Start);
    searchFrom(app, summary, [&] { return summary->toPlainText(); });

    focus(title);
    QTest::keyClick(title, Qt::Key_3, Qt::ControlModifier);
    CHECK(child<QStackedWidget>(app.window.get(), "workspaceSections")->currentWidget()->objectName() ==
          QStringLiteral("followUpsView"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    CHECK(waitFor([&] { return !app.services->vault().isUnlocked(); }));
}
