#pragma once

#include "ui/security/InactivityWatch.h"

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
    // Minutes of no use after which an open vault locks itself.
    static constexpr int kAutoLockMinutes = 5;

    // services must outlive the window; idleClock drives the auto-lock (tests pass a fake one).
    explicit AppWindow(Services& services, InactivityWatch::Clock idleClock = {}, QWidget* parent = nullptr);

    // Closes the vault, wipes its keys and drops everything the workspace showed.
    void lock();

private:
    void openWorkspace();
    void lockWhenIdle();

    Services& m_services;
    QStackedWidget* m_stack;
    CreateVaultPage* m_createPage = nullptr;
    UnlockPage* m_unlockPage;
    WorkspacePage* m_workspace = nullptr;
    QAction* m_lockAction;
    QToolBar* m_toolBar;
    InactivityWatch* m_idleWatch;
};

}  // namespace fieldcase::ui
