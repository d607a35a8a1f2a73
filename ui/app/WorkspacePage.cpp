#include "ui/app/WorkspacePage.h"

#include "core/api/RecordService.h"
#include "ui/cases/CaseListView.h"
#include "ui/cases/CaseWorkspace.h"
#include "ui/cases/FollowUpsView.h"
#include "ui/models/ChangeWatch.h"
#include "ui/organisations/OrganisationsView.h"
#include "ui/people/PeopleView.h"
#include "ui/reports/DashboardView.h"
#include "ui/search/SearchDialog.h"
#include "ui/settings/BackupScheduler.h"
#include "ui/settings/SettingsPage.h"
#include "ui/sync/RetentionReview.h"
#include "ui/sync/SyncPage.h"
#include "ui/sync/TeamPage.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fieldcase::ui {

namespace {

enum Section {
    CasesSection,
    PeopleSection,
    FollowUpsSection,
    OrganisationsSection,
    DashboardSection,
    SyncSection,
    TeamSection,
    SettingsSection
};

QShortcut* addShortcut(QWidget* parent, const QKeySequence& key) {
    auto* shortcut = new QShortcut(key, parent);
    // Window-wide while the workspace is shown; gone with it on lock.
    shortcut->setContext(Qt::WindowShortcut);
    return shortcut;
}

}  // namespace

WorkspacePage::WorkspacePage(RecordService& records, SyncService& sync, VaultService& vault, ChangeNotifier& changes,
                             Preferences& preferences, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_nav(new QListWidget),
      m_sections(new QStackedWidget),
      m_casesSection(new QStackedWidget),
      m_caseList(new CaseListView(records)),
      m_people(new PeopleView(records, sync)),
      m_followUps(new FollowUpsView(records)),
      m_organisations(new OrganisationsView(records)),
      m_dashboard(new DashboardView(records)),
      m_sync(new SyncPage(sync)),
      m_team(new TeamPage(sync)),
      m_settings(new SettingsPage(vault, sync, preferences)),
      m_retention(new RetentionReview(sync)) {
    setObjectName(QStringLiteral("workspacePage"));
    auto* backups = new BackupScheduler(vault, this);
    backups->setObjectName(QStringLiteral("backupScheduler"));
    connect(backups, &BackupScheduler::written, this, [this] { Q_EMIT notice(tr("A scheduled backup was written.")); });
    connect(backups, &BackupScheduler::failed, this,
            [this](const QString& message) { Q_EMIT notice(tr("The scheduled backup failed: %1").arg(message)); });

    m_nav->setObjectName(QStringLiteral("workspaceNav"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->addItems({tr("Cases"), tr("People"), tr("Follow-ups"), tr("Organisations"), tr("Dashboard"), tr("Sync"),
                     tr("Team"), tr("Settings")});
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setSpacing(3);
    int widest = 0;
    for (int row = 0; row < m_nav->count(); ++row) {
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(row)->text()));
    }
    m_nav->setFixedWidth(widest + 2 * m_nav->frameWidth() + 4 * m_nav->fontMetrics().averageCharWidth());
    connect(m_nav, &QListWidget::currentRowChanged, this, &WorkspacePage::showSection);

    m_casesSection->setObjectName(QStringLiteral("casesSection"));
    m_casesSection->addWidget(m_caseList);
    connect(m_caseList, &CaseListView::openCase, this, &WorkspacePage::openCase);
    connect(m_followUps, &FollowUpsView::openCase, this, &WorkspacePage::openCase);

    m_sections->setObjectName(QStringLiteral("workspaceSections"));
    m_sections->insertWidget(CasesSection, m_casesSection);
    m_sections->insertWidget(PeopleSection, m_people);
    m_sections->insertWidget(FollowUpsSection, m_followUps);
    m_sections->insertWidget(OrganisationsSection, m_organisations);
    m_sections->insertWidget(DashboardSection, m_dashboard);
    m_sections->insertWidget(SyncSection, m_sync);
    m_sections->insertWidget(TeamSection, m_team);
    m_sections->insertWidget(SettingsSection, m_settings);
    connect(m_settings, &SettingsPage::preferencesChanged, this, &WorkspacePage::preferencesChanged);
    connect(m_sync, &SyncPage::notice, this, &WorkspacePage::notice);
    connect(m_dashboard, &DashboardView::notice, this, &WorkspacePage::notice);
    connect(m_settings, &SettingsPage::syncSettingsChanged, m_sync, &SyncPage::reloadSettings);
    connect(m_settings, &SettingsPage::showSyncScreen, this, [this] { m_nav->setCurrentRow(SyncSection); });
    // Each list refreshes itself after every change it shows: this laptop's edits, and what arrives from the others
    // by hand or by automatic exchange.
    const QStringList caseKinds{QStringLiteral("case"),    QStringLiteral("case_person"), QStringLiteral("encounter"),
                                QStringLiteral("note"),    QStringLiteral("referral"),    QStringLiteral("followup"),
                                QStringLiteral("consent"), QStringLiteral("attachment")};
    new ChangeWatch(changes, {caseKinds}, m_caseList, [this] { m_caseList->reload(); });
    new ChangeWatch(changes, {{QStringLiteral("person")}}, m_people, [this] { m_people->reload(); });
    new ChangeWatch(changes, {{QStringLiteral("followup"), QStringLiteral("case")}}, m_followUps,
                    [this] { m_followUps->reload(); });
    new ChangeWatch(changes, {{QStringLiteral("organisation"), QStringLiteral("referral")}}, m_organisations,
                    [this] { m_organisations->reload(); });
    new ChangeWatch(changes, {{}, true, true}, m_team, [this] { m_team->reload(); });
    new ChangeWatch(changes, {{}, true, true}, m_settings, [this] { m_settings->reloadRetention(); });
    // What the retention rules call for changes with the rules and with the cases (a case closed, marked to keep).
    new ChangeWatch(changes, {caseKinds + QStringList{QStringLiteral("person")}, true, true}, m_retention,
                    [this] { m_retention->refresh(); });
    connect(m_settings, &SettingsPage::retentionRulesChanged, m_retention, &RetentionReview::refresh);

    // Ctrl+1 … Ctrl+8 reach each section from the keyboard, wherever the focus is.
    for (int row = 0; row < m_nav->count(); ++row) {
        const QKeySequence key(QKeyCombination(Qt::CTRL, static_cast<Qt::Key>(Qt::Key_1 + row)));
        m_nav->item(row)->setToolTip(key.toString(QKeySequence::NativeText));
        connect(addShortcut(this, key), &QShortcut::activated, this, [this, row] {
            m_nav->setCurrentRow(row);
            m_sections->currentWidget()->setFocus();
        });
    }
    connect(addShortcut(this, QKeySequence::New), &QShortcut::activated, this, &WorkspacePage::newCase);
    connect(addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_K)), &QShortcut::activated, this,
            &WorkspacePage::showSearch);

    auto* main = new QVBoxLayout;
    main->setContentsMargins(0, 0, 0, 0);
    main->addWidget(m_retention);
    main->addWidget(m_sections, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_nav);
    layout->addLayout(main, 1);
    m_nav->setCurrentRow(CasesSection);
    // Focus starts in the case list, so the arrow keys and Enter work at once.
    setFocusProxy(m_caseList);
}

void WorkspacePage::showSection(int row) {
    if (row < 0) return;
    if (row == FollowUpsSection) m_followUps->reload();
    if (row == OrganisationsSection) m_organisations->reload();
    if (row == DashboardSection) m_dashboard->reload();
    if (row == SyncSection) m_sync->reload();
    if (row == TeamSection) m_team->reload();
    if (row == SettingsSection) m_settings->reload();
    m_sections->setCurrentIndex(row);
}

void WorkspacePage::openCase(const QString& id) {
    if (id.isEmpty()) return;
    if (m_caseWorkspace != nullptr && !m_caseWorkspace->confirmLeave()) return;
    closeCase();
    m_caseWorkspace = new CaseWorkspace(m_records, id);
    connect(m_caseWorkspace, &CaseWorkspace::closed, this, &WorkspacePage::closeCase);
    m_casesSection->addWidget(m_caseWorkspace);
    m_casesSection->setCurrentWidget(m_caseWorkspace);
    m_nav->setCurrentRow(CasesSection);
    m_caseWorkspace->setFocus();
}

void WorkspacePage::closeCase() {
    if (m_caseWorkspace == nullptr) return;
    m_casesSection->setCurrentWidget(m_caseList);
    m_casesSection->removeWidget(m_caseWorkspace);
    // Later: this may run from one of the workspace's own signals.
    m_caseWorkspace->deleteLater();
    m_caseWorkspace = nullptr;
    m_caseList->setFocus();
}

void WorkspacePage::openPerson(const QString& id) {
    m_nav->setCurrentRow(PeopleSection);
    m_people->showPerson(id);
}

void WorkspacePage::showSearch() {
    if (m_search == nullptr) {
        m_search = new SearchDialog(m_records, this);
        m_search->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_search, &SearchDialog::openCase, this, &WorkspacePage::openCase);
        connect(m_search, &SearchDialog::openPerson, this, &WorkspacePage::openPerson);
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
}

void WorkspacePage::newCase() {
    m_nav->setCurrentRow(CasesSection);
    m_caseList->newCase();
}

}  // namespace fieldcase::ui
