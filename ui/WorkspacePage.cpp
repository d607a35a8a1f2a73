#include "ui/WorkspacePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fieldcase::ui {

WorkspacePage::WorkspacePage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("workspacePage"));
    auto* emptyState = new QLabel(tr("Your vault is open. Cases will appear here."));
    emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(emptyState);
}

}  // namespace fieldcase::ui
