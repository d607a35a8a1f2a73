#pragma once

#include <QPointer>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace fieldcase {
class ChangeNotifier;
class RecordService;
class SyncService;
class VaultService;
}  // namespace fieldcase

namespace fieldcase::ui {

class CaseListView;
class CaseWorkspace;
class DashboardView;
class FollowUpsView;
class OrganisationsView;
class PeopleView;
class Preferences;
class RetentionReview;
class SearchDialog;
class SettingsPage;
class SyncPage;
class TeamPage;

// The main area while the vault is open: navigation on the left, the chosen view on the right. It is created on
// unlock and destroyed on lock, with every view and dialog it owns, so nothing it showed outlives the open vault.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    // The services and preferences must outlive the page.
    WorkspacePage(RecordService& records, SyncService& sync, VaultService& vault, ChangeNotifier& changes,
                  Preferences& preferences, QWidget* parent = nullptr);

    // Opens a case in the case workspace, leaving the one open before.
    void openCase(const QString& id);
    void openPerson(const QString& id);
    // Ctrl+K: the search popup.
    void showSearch();
    // Ctrl+N: the new case dialog, from wherever one is.
    void newCase();

signals:
    // Settings changed something the window applies (auto-lock, title).
    void preferencesChanged();
    // A sync notice for the person (counts only, no record content).
    void notice(const QString& text);

private:
    void closeCase();
    void showSection(int row);

    RecordService& m_records;
    QListWidget* m_nav;
    QStackedWidget* m_sections;
    QStackedWidget* m_casesSection;
    CaseListView* m_caseList;
    CaseWorkspace* m_caseWorkspace = nullptr;
    PeopleView* m_people;
    FollowUpsView* m_followUps;
    OrganisationsView* m_organisations;
    DashboardView* m_dashboard;
    SyncPage* m_sync;
    TeamPage* m_team;
    SettingsPage* m_settings;
    RetentionReview* m_retention;
    QPointer<SearchDialog> m_search;
};

}  // namespace fieldcase::ui
