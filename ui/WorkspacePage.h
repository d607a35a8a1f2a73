#pragma once

#include <QPointer>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace fieldcase {
class RecordService;
class SyncService;
}  // namespace fieldcase

namespace fieldcase::ui {

class CaseListView;
class CaseWorkspace;
class PeopleView;
class RecordListView;
class SearchDialog;
class SyncPage;
class TeamPage;

// The main area while the vault is open: navigation on the left, the chosen view on the right. It is created on
// unlock and destroyed on lock, with every view and dialog it owns, so nothing it showed outlives the open vault.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    // records and sync must outlive the page.
    WorkspacePage(RecordService& records, SyncService& sync, QWidget* parent = nullptr);

    // Opens a case in the case workspace, leaving the one open before.
    void openCase(const QString& id);
    void openPerson(const QString& id);
    // Ctrl+K: the search popup.
    void showSearch();
    // Ctrl+N: the new case dialog, from wherever one is.
    void newCase();

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
    RecordListView* m_followUps;
    RecordListView* m_organisations;
    SyncPage* m_sync;
    TeamPage* m_team;
    QPointer<SearchDialog> m_search;
};

}  // namespace fieldcase::ui
