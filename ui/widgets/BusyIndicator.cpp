#include "ui/widgets/BusyIndicator.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace fieldcase::ui {

BusyIndicator::BusyIndicator(QWidget* parent) : QWidget(parent), m_bar(new QProgressBar), m_label(new QLabel) {
    m_bar->setObjectName(QStringLiteral("busyBar"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_label->setAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    hide();
}

void BusyIndicator::start(const QString& text) {
    m_label->setText(text);
    m_bar->setAccessibleName(text);
    show();
}

void BusyIndicator::stop() {
    hide();
    m_label->clear();
}

}  // namespace fieldcase::ui
