#include "ui/security/DestroyKeysCountdown.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

DestroyKeysCountdown::DestroyKeysCountdown(QWidget* parent) : QDialog(parent), m_count(new QLabel) {
    setObjectName(QStringLiteral("destroyKeysCountdown"));
    setWindowTitle(tr("Destroy keys now"));
    setModal(true);
    auto* what =
        new QLabel(tr("The vault's keys will be overwritten. After that neither the passphrase nor the "
                      "recovery code opens this vault again; what this laptop has exchanged is still with "
                      "the team, and the laptop can join it again as a new device."));
    what->setWordWrap(true);
    auto* caveat =
        new QLabel(tr("Copies elsewhere are not reached: backups, copies on sticks, and old blocks an SSD "
                      "may keep. Full-disk encryption covers the last."));
    caveat->setWordWrap(true);
    caveat->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(QStringLiteral("destroyKeysCount"));
    QFont large = m_count->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_count->setFont(large);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("destroyKeysCancel"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_count);
    layout->addWidget(caveat);
    layout->addWidget(buttons);
    cancel->setFocus();
    showCount();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DestroyKeysCountdown::tick);
    m_timer.start();
}

void DestroyKeysCountdown::tick() {
    if (m_secondsLeft <= 0) return;
    --m_secondsLeft;
    showCount();
    if (m_secondsLeft == 0) {
        m_timer.stop();
        accept();
    }
}

void DestroyKeysCountdown::showCount() {
    m_count->setText(tr("Destroying the keys in %n second(s)…", nullptr, m_secondsLeft));
}

}  // namespace fieldcase::ui
