#pragma once

#include "ui/security/InactivityWatch.h"
#include "ui/settings/Preferences.h"

#include <QMainWindow>

class QAction;
class QKeySequence;
class QStackedWidget;
class QToolBar;

namespace fieldcase {
class Services;
}

namespace fieldcase::ui {

class ClipboardGuard;
class CreateVaultPage;
class NeutralPage;
class UnlockPage;
class WindowIdentity;
class WorkspacePage;

struct AppWindowOptions {
    // Drives the auto-lock and the clipboard clearing; tests pass a fake one.
    InactivityWatch::Clock clock;
    // Empty: the user's preferences file.
    QString preferencesFile;
    // Not empty in training mode: a TRAINING banner stays on top of every page and shows this passphrase.
    QString trainingPassphrase;
};

// The main window: the create or unlock page while the vault is closed, the workspace while it is open (at once
// when the vault is already open, as in training mode).
class AppWindow : public QMainWindow {
    Q_OBJECT

public:
    // services must outlive the window.
    explicit AppWindow(Services& services, AppWindowOptions options = {}, QWidget* parent = nullptr);

    // Closes the vault, wipes its keys, clears what it copied and drops everything the workspace showed.
    void lock();
    // Locks and leaves an empty, neutral window behind (the quick-hide shortcut).
    void hideNow();

private:
    void addSafetyAction(QAction* action, const QString& name, const QKeySequence& keys, const QString& toolTipWithKeys,
                         void (AppWindow::*slot)());
    void openWorkspace();
    void lockSoon();
    // "Destroy keys now": a five-second countdown with Cancel, then the keys go and a neutral window stays.
    void destroyKeysAsked();
    void travelLockAsked();
    // The empty "Documents" page of quick-hide and destroyed keys, under the neutral identity.
    void showNeutralWindow();
    void destroyKeysNow();
    // A wrong passphrase or recovery code: counted, and past the limit set in Settings the keys are destroyed.
    void countWrongUnlock();
    void showUnlockPage();
    void applyPreferences();
    void showNotice(const QString& text);

    Services& m_services;
    Preferences m_preferences;
    QStackedWidget* m_stack;
    CreateVaultPage* m_createPage = nullptr;
    UnlockPage* m_unlockPage;
    NeutralPage* m_neutralPage;
    WorkspacePage* m_workspace = nullptr;
    QAction* m_lockAction;
    QAction* m_hideAction;
    QAction* m_destroyAction;
    QAction* m_travelLockAction = nullptr;
    QToolBar* m_toolBar;
    InactivityWatch* m_idleWatch;
    ClipboardGuard* m_clipboardGuard;
    WindowIdentity* m_identity;
};

}  // namespace fieldcase::ui
