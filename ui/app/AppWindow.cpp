#include "ui/app/AppWindow.h"

#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "ui/app/WorkspacePage.h"
#include "ui/security/ClipboardGuard.h"
#include "ui/security/DestroyKeysCountdown.h"
#include "ui/security/NeutralPage.h"
#include "ui/security/SessionWatch.h"
#include "ui/security/WindowIdentity.h"
#include "ui/vault/CreateVaultPage.h"
#include "ui/vault/TravelLockDialog.h"
#include "ui/vault/UnlockPage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

constexpr int kLockRetryMs = 100;
constexpr int kNoticeMs = 60 * 1000;

// Training mode's banner above page, impossible to miss, so nobody mistakes the made-up cases for real ones or
// records a real case there.
QWidget* withTrainingBanner(QWidget* page, const QString& passphrase) {
    auto* banner = new QLabel(AppWindow::tr("TRAINING: every case here is made up, and all of it is deleted when "
                                            "Fieldcase closes. Passphrase: %1")
                                  .arg(passphrase));
    banner->setObjectName(QStringLiteral("trainingBanner"));
    banner->setWordWrap(true);
    banner->setAlignment(Qt::AlignCenter);
    banner->setMargin(6);
    // Black on amber reads the same in light and dark themes.
    banner->setStyleSheet(QStringLiteral("QLabel { background: #f2b400; color: black; font-weight: bold; }"));
    auto* framed = new QWidget;
    auto* layout = new QVBoxLayout(framed);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(page, 1);
    return framed;
}

}  // namespace

AppWindow::AppWindow(Services& services, AppWindowOptions options, QWidget* parent)
    : QMainWindow(parent),
      m_services(services),
      m_preferences(options.preferencesFile),
      m_stack(new QStackedWidget),
      m_unlockPage(new UnlockPage(services.vault())),
      m_neutralPage(new NeutralPage),
      m_lockAction(new QAction(tr("&Lock"), this)),
      m_hideAction(new QAction(tr("&Hide"), this)),
      m_destroyAction(new QAction(tr("&Destroy keys now…"), this)),
      m_toolBar(new QToolBar(tr("Vault"))),
      m_idleWatch(new InactivityWatch(options.clock, this)),
      m_clipboardGuard(new ClipboardGuard(options.clock, this)),
      m_identity(new WindowIdentity(this)) {
    m_idleWatch->setObjectName(QStringLiteral("idleWatch"));
    m_clipboardGuard->setObjectName(QStringLiteral("clipboardGuard"));
    connect(m_idleWatch, &InactivityWatch::idle, this, &AppWindow::lockSoon);
    auto* sessionWatch = new SessionWatch(this);
    sessionWatch->setObjectName(QStringLiteral("sessionWatch"));
    connect(sessionWatch, &SessionWatch::sessionLocking, this, &AppWindow::lockSoon);
    setObjectName(QStringLiteral("appWindow"));
    setContextMenuPolicy(Qt::NoContextMenu);
    resize(960, 680);

    // Also on the window itself, so the shortcuts work whatever bar is visible.
    addSafetyAction(m_lockAction, QStringLiteral("lockAction"), QKeySequence(Qt::CTRL | Qt::Key_L),
                    tr("Lock the vault now (%1)"), &AppWindow::lock);
    m_lockAction->setEnabled(false);
    addSafetyAction(m_hideAction, QStringLiteral("hideAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                    tr("Lock the vault and leave an empty window (%1)"), &AppWindow::hideNow);
    addSafetyAction(m_destroyAction, QStringLiteral("destroyKeysAction"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                    tr("Overwrite the vault's keys after a five-second countdown (%1)"), &AppWindow::destroyKeysAsked);

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    m_travelLockAction = new QAction(tr("&Travel lock…"), this);
    m_travelLockAction->setObjectName(QStringLiteral("travelLockAction"));
    m_travelLockAction->setEnabled(false);
    connect(m_travelLockAction, &QAction::triggered, this, &AppWindow::travelLockAsked);

    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    vaultMenu->addAction(m_lockAction);
    vaultMenu->addAction(m_hideAction);
    vaultMenu->addAction(m_travelLockAction);
    vaultMenu->addSeparator();
    vaultMenu->addAction(m_destroyAction);
    vaultMenu->addSeparator();
    vaultMenu->addAction(quitAction);

    m_toolBar->setObjectName(QStringLiteral("vaultToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_hideAction);
    m_toolBar->hide();
    addToolBar(m_toolBar);

    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->addWidget(m_unlockPage);
    m_stack->addWidget(m_neutralPage);
    connect(m_unlockPage, &UnlockPage::unlocked, this, &AppWindow::openWorkspace);
    connect(m_unlockPage, &UnlockPage::wrongSecret, this, &AppWindow::countWrongUnlock);
    connect(m_neutralPage, &NeutralPage::dismissed, this, &AppWindow::showUnlockPage);
    if (!services.vault().exists()) {
        m_createPage = new CreateVaultPage(services.vault());
        m_stack->addWidget(m_createPage);
        m_stack->setCurrentWidget(m_createPage);
        connect(m_createPage, &CreateVaultPage::vaultOpened, this, &AppWindow::openWorkspace);
    }
    if (options.trainingPassphrase.isEmpty()) {
        setCentralWidget(m_stack);
    } else {
        setCentralWidget(withTrainingBanner(m_stack, options.trainingPassphrase));
    }
    applyPreferences();
    if (services.vault().isUnlocked()) openWorkspace();
}

void AppWindow::addSafetyAction(QAction* action, const QString& name, const QKeySequence& keys,
                                const QString& toolTipWithKeys, void (AppWindow::*slot)()) {
    action->setObjectName(name);
    action->setShortcut(keys);
    // The safety shortcuts work from any of our windows, the search popup included.
    action->setShortcutContext(Qt::ApplicationShortcut);
    action->setToolTip(toolTipWithKeys.arg(keys.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
}

void AppWindow::lock() {
    m_clipboardGuard->clearNow();
    statusBar()->clearMessage();
    if (m_workspace == nullptr) {
        return;
    }
    m_idleWatch->stop();
    m_services.vault().lock();
    m_lockAction->setEnabled(false);
    m_travelLockAction->setEnabled(false);
    m_toolBar->hide();
    m_unlockPage->reset();
    if (m_stack->currentWidget() != m_neutralPage) m_stack->setCurrentWidget(m_unlockPage);
    m_stack->removeWidget(m_workspace);
    delete m_workspace;
    m_workspace = nullptr;
}

void AppWindow::hideNow() {
    // A first-run page holds nothing yet worth hiding, and leaving it would lose what was typed.
    if (m_createPage != nullptr && m_stack->currentWidget() == m_createPage) return;
    // Covered at once; the vault closes as soon as no question is open over the workspace.
    showNeutralWindow();
    lockSoon();
}

void AppWindow::destroyKeysAsked() {
    if (!m_services.vault().exists()) return;
    DestroyKeysCountdown countdown(this);
    if (countdown.exec() != QDialog::Accepted) return;
    destroyKeysNow();
}

void AppWindow::travelLockAsked() {
    if (m_workspace == nullptr) return;
    TravelLockDialog dialog(m_services.vault(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    lock();
    showNotice(tr("The vault is travel-locked. Open it after the journey with your passphrase and a release file."));
}

void AppWindow::countWrongUnlock() {
    const int wrong = m_preferences.wrongUnlocks() + 1;
    m_preferences.setWrongUnlocks(wrong);
    const int limit = m_preferences.destroyAfterWrongUnlocks();
    if (limit == 0 || wrong < limit) return;
    // No countdown: the only one who could cancel it is the person typing the wrong passphrases.
    m_preferences.setWrongUnlocks(0);
    destroyKeysNow();
}

void AppWindow::destroyKeysNow() {
    // Nothing that showed a record survives, and nothing writes to the vault while its keys go.
    lock();
    const Result<void> destroyed = m_services.vault().destroyKeys();
    if (!destroyed) {
        QMessageBox::critical(this, tr("Destroy keys now"),
                              tr("The keys could not be destroyed: %1").arg(destroyed.error().message));
        return;
    }
    // What is left on screen names nothing, as after quick-hide.
    showNeutralWindow();
}

void AppWindow::showNeutralWindow() {
    m_toolBar->hide();
    menuBar()->hide();
    // Nothing on screen, in the task bar or in the window's properties names the app or a case any more.
    m_identity->setNeutral(true);
    setWindowTitle(m_identity->title());
    m_stack->setCurrentWidget(m_neutralPage);
    m_neutralPage->setFocus();
}

void AppWindow::showUnlockPage() {
    menuBar()->show();
    m_stack->setCurrentWidget(m_unlockPage);
    applyPreferences();
    m_unlockPage->setFocus();
}

void AppWindow::openWorkspace() {
    if (m_createPage != nullptr) {
        // The vault exists from now on; the next time it is closed, the unlock page opens it.
        m_stack->removeWidget(m_createPage);
        m_createPage->deleteLater();
        m_createPage = nullptr;
    }
    m_preferences.setWrongUnlocks(0);
    m_workspace = new WorkspacePage(m_services.records(), m_services.sync(), m_services.vault(), m_services.changes(),
                                    m_preferences);
    connect(m_workspace, &WorkspacePage::preferencesChanged, this, &AppWindow::applyPreferences);
    connect(m_workspace, &WorkspacePage::notice, this, &AppWindow::showNotice);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->setFocus();
    m_lockAction->setEnabled(true);
    m_travelLockAction->setEnabled(true);
    m_toolBar->show();
    applyPreferences();
}

void AppWindow::applyPreferences() {
    // The title, icon and window class show in task bars, window switchers and screen sharing; the neutral ones
    // name no purpose. The neutral page keeps them neutral until the person leaves it.
    if (m_stack->currentWidget() != m_neutralPage) m_identity->setNeutral(m_preferences.neutralTitle());
    setWindowTitle(m_identity->title());
    if (m_workspace != nullptr) m_idleWatch->start(m_preferences.autoLockMinutes());
}

void AppWindow::showNotice(const QString& text) {
    // In the window's own status bar, and the task bar entry asks for attention: nothing is shown outside the
    // window, and the notice carries counts only.
    statusBar()->showMessage(text, kNoticeMs);
    QApplication::alert(this);
}

void AppWindow::lockSoon() {
    // A question may be open over the workspace (unsaved changes, a merge): cancel it and lock a moment later,
    // once the code that asked has finished, rather than destroy the page under it.
    if (QWidget* modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
        QTimer::singleShot(kLockRetryMs, this, &AppWindow::lockSoon);
        return;
    }
    lock();
}

}  // namespace fieldcase::ui
