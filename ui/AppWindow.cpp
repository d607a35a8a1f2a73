#include "ui/AppWindow.h"

#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "ui/CreateVaultPage.h"
#include "ui/UnlockPage.h"
#include "ui/WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QToolBar>

namespace fieldcase::ui {

AppWindow::AppWindow(Services& services, InactivityWatch::Clock idleClock, QWidget* parent)
    : QMainWindow(parent),
      m_services(services),
      m_stack(new QStackedWidget),
      m_unlockPage(new UnlockPage(services.vault())),
      m_lockAction(new QAction(tr("&Lock"), this)),
      m_toolBar(new QToolBar(tr("Vault"))),
      m_idleWatch(new InactivityWatch(std::move(idleClock), this)) {
    m_idleWatch->setObjectName(QStringLiteral("idleWatch"));
    connect(m_idleWatch, &InactivityWatch::idle, this, &AppWindow::lockWhenIdle);
    setObjectName(QStringLiteral("appWindow"));
    // Neutral on purpose: the title shows in task bars and screen sharing.
    setWindowTitle(tr("Fieldcase"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fieldcase.svg")));
    setContextMenuPolicy(Qt::NoContextMenu);
    resize(960, 680);

    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Locking must work from any of our windows, the search popup included.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setToolTip(
        tr("Lock the vault now (%1)").arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    m_lockAction->setEnabled(false);
    connect(m_lockAction, &QAction::triggered, this, &AppWindow::lock);
    // Also on the window itself, so the shortcut works whatever bar is visible.
    addAction(m_lockAction);

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    vaultMenu->addAction(m_lockAction);
    vaultMenu->addSeparator();
    vaultMenu->addAction(quitAction);

    m_toolBar->setObjectName(QStringLiteral("vaultToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->hide();
    addToolBar(m_toolBar);

    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->addWidget(m_unlockPage);
    connect(m_unlockPage, &UnlockPage::unlocked, this, &AppWindow::openWorkspace);
    if (!services.vault().exists()) {
        m_createPage = new CreateVaultPage(services.vault());
        m_stack->addWidget(m_createPage);
        m_stack->setCurrentWidget(m_createPage);
        connect(m_createPage, &CreateVaultPage::vaultOpened, this, &AppWindow::openWorkspace);
    }
    setCentralWidget(m_stack);
}

void AppWindow::lock() {
    if (m_workspace == nullptr) {
        return;
    }
    m_idleWatch->stop();
    m_services.vault().lock();
    m_lockAction->setEnabled(false);
    m_toolBar->hide();
    m_unlockPage->reset();
    m_stack->setCurrentWidget(m_unlockPage);
    m_stack->removeWidget(m_workspace);
    delete m_workspace;
    m_workspace = nullptr;
}

void AppWindow::openWorkspace() {
    if (m_createPage != nullptr) {
        // The vault exists from now on; the next time it is closed, the unlock page opens it.
        m_stack->removeWidget(m_createPage);
        m_createPage->deleteLater();
        m_createPage = nullptr;
    }
    m_workspace = new WorkspacePage(m_services.records(), m_services.sync());
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->setFocus();
    m_lockAction->setEnabled(true);
    m_toolBar->show();
    m_idleWatch->start(kAutoLockMinutes);
}

void AppWindow::lockWhenIdle() {
    // A question may be open over the workspace (unsaved changes, a merge): cancel it and lock on the next check,
    // once the code that asked has finished, rather than destroy the page under it.
    if (QWidget* modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
        return;
    }
    lock();
}

}  // namespace fieldcase::ui
