// fieldcase-screenshots: renders the app's main screens in English and Russian on a training vault of a chosen
// size, for the README and for reviewing the look (docs/screenshots/). Run it through `./build.sh screenshots`,
// which starts it under xvfb-run so the real X11 platform, fonts and style draw the widgets.
#include "app/training/TrainingVault.h"
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/SyncService.h"
#include "core/api/VaultService.h"
#include "translations/Translations.h"
#include "ui/app/AppWindow.h"
#include "ui/app/WorkspacePage.h"
#include "ui/reports/DashboardView.h"
#include "ui/sync/RetentionReview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QTextStream>
#include <QThread>
#include <QTranslator>

#include <algorithm>
#include <iterator>

namespace {

constexpr int kWidth = 1200;
constexpr int kHeight = 760;

// Lets queued work (list paging, search as you type) finish before a picture is taken.
void settle(int milliseconds = 300) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

bool save(QWidget* widget, const QDir& out, const QString& language, const char* name) {
    settle();
    const QString path = out.filePath(QStringLiteral("%1-%2.png").arg(language, QLatin1String(name)));
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << "\n";
        return false;
    }
    QTextStream(stdout) << path << "\n";
    return true;
}

void useLanguage(const QString& language) {
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    fieldcase::installTranslations(language);
}

bool renderScreens(fieldcase::Services& services, const QDir& out, const QString& language) {
    useLanguage(language);
    fieldcase::ui::AppWindowOptions options;
    options.preferencesFile = out.filePath(QStringLiteral(".preferences.ini"));
    fieldcase::ui::AppWindow window(services, options);
    window.resize(kWidth, kHeight);
    window.show();
    auto* workspace = window.findChild<fieldcase::ui::WorkspacePage*>();
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("workspaceNav"));
    if (workspace == nullptr || nav == nullptr) return false;

    bool ok = save(&window, out, language, "cases");
    fieldcase::CaseListQuery query;
    query.limit = 1;
    query.status = QStringLiteral("Active");
    const auto first = services.records().listCases(query);
    if (!first || first->rows.isEmpty()) return false;
    workspace->openCase(first->rows.front().id);
    ok = save(&window, out, language, "case") && ok;

    // In the order of the navigation list.
    const char* sections[] = {"cases", "people", "followups", "organisations", "dashboard", "sync", "team", "settings"};
    for (int row = 1; row < std::min(nav->count(), static_cast<int>(std::size(sections))); ++row) {
        nav->setCurrentRow(row);
        if (auto* dashboard = window.findChild<fieldcase::ui::DashboardView*>();
            dashboard != nullptr && qstrcmp(sections[row], "dashboard") == 0) {
            // The dashboard counts away from the event loop: shown once its figures are in.
            auto* busy = dashboard->findChild<QWidget*>(QStringLiteral("dashboardBusy"));
            QElapsedTimer counting;
            counting.start();
            while ((dashboard->isCounting() || (busy != nullptr && !busy->isHidden())) && counting.elapsed() < 60000)
                settle(50);
        }
        ok = save(&window, out, language, sections[row]) && ok;
    }
    nav->setCurrentRow(0);

    workspace->showSearch();
    auto* search = window.findChild<QWidget*>(QStringLiteral("searchDialog"));
    auto* edit = search != nullptr ? search->findChild<QLineEdit*>(QStringLiteral("searchEdit")) : nullptr;
    if (edit == nullptr) return false;
    edit->setText(language == QLatin1String("ru") ? QStringLiteral("работа на складе") : QStringLiteral("passport"));
    settle(1500);
    ok = save(search, out, language, "search") && ok;
    search->close();

    // The team's retention rules set: the bar above the workspace and the list of what is due.
    if (!services.sync().setRetention(24, 12)) return false;
    nav->setCurrentRow(0);
    auto* review = window.findChild<fieldcase::ui::RetentionReview*>();
    if (review == nullptr) return false;
    review->refresh();
    review->review();
    settle(300);
    auto* dueList = window.findChild<QDialog*>(QStringLiteral("retentionDialog"));
    if (dueList == nullptr) return false;
    ok = save(&window, out, language, "retention") && ok;
    ok = save(dueList, out, language, "retention-due") && ok;
    dueList->close();
    if (!services.sync().setRetention(0, 0)) return false;

    window.lock();
    ok = save(&window, out, language, "unlock") && ok;
    return ok;
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders Fieldcase's main screens in English and Russian."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("dir"), QStringLiteral("docs/screenshots"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases in the training vault."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(outOption);
    parser.addOption(casesOption);
    parser.process(app);

    bool numeric = false;
    const int cases = parser.value(casesOption).toInt(&numeric);
    const QDir out(parser.value(outOption));
    if (!numeric || cases < 1 || !QDir().mkpath(out.path())) {
        QTextStream(stderr) << "usage: fieldcase-screenshots [--out DIR] [--cases N]\n";
        return 2;
    }
    QTextStream(stdout) << "creating a training vault with " << cases << " cases…\n";
    auto vault = fieldcase::training::TrainingVault::create(cases);
    if (!vault) {
        QTextStream(stderr) << vault.error().message << "\n";
        return 1;
    }
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        // The window locks the vault at the end of each language; the next one opens it again.
        if (!(*vault)->services().vault().isUnlocked()) {
            const auto unlocked = (*vault)->services().vault().unlock(
                fieldcase::SecretBytes::fromText(fieldcase::training::TrainingVault::kPassphrase));
            if (!unlocked) {
                QTextStream(stderr) << unlocked.error().message << "\n";
                return 1;
            }
        }
        ok = renderScreens((*vault)->services(), out, language) && ok;
    }
    QFile::remove(out.filePath(QStringLiteral(".preferences.ini")));
    return ok ? 0 : 1;
}
