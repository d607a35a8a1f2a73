#pragma once

#include <QMainWindow>

class QAction;
class QStackedWidget;
class QToolBar;

namespace fieldcase {
class Services;
}

namespace fieldcase::ui {

class CreateVaultPage;
class UnlockPage;
class WorkspacePage;

// The main window: the create or unlock page while the vault is closed, the workspace while it is open.
class AppWindow : public QMainWindow {
    Q_OBJECT

public:
    // services must outlive the window.
    explicit AppWindow(Services& services, QWidget* parent = nullptr);

    // Closes the vault, wipes its keys and drops everything the workspace showed.
    void lock();

private:
    void openWorkspace();

    Services& m_services;
    QStackedWidget* m_stack;
    CreateVaultPage* m_createPage = nullptr;
    UnlockPage* m_unlockPage;
    WorkspacePage* m_workspace = nullptr;
    QAction* m_lockAction;
    QToolBar* m_toolBar;
};

}  // namespace fieldcase::ui
