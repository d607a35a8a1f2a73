#include "ui/security/NeutralPage.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace fieldcase::ui {

NeutralPage::NeutralPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("neutralPage"));
    setFocusPolicy(Qt::StrongFocus);
    auto* note = new QLabel(tr("No documents are open."));
    note->setAlignment(Qt::AlignCenter);
    note->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
}

void NeutralPage::keyPressEvent(QKeyEvent* event) {
    // Modifiers alone (the end of the shortcut that hid the app) do not bring the unlock page back.
    switch (event->key()) {
        case Qt::Key_Shift:
        case Qt::Key_Control:
        case Qt::Key_Alt:
        case Qt::Key_Meta:
            QWidget::keyPressEvent(event);
            return;
        default:
            Q_EMIT dismissed();
    }
}

void NeutralPage::mousePressEvent(QMouseEvent* event) {
    QWidget::mousePressEvent(event);
    Q_EMIT dismissed();
}

}  // namespace fieldcase::ui
