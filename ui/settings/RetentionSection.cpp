#include "ui/settings/RetentionSection.h"

#include "core/api/SyncService.h"
#include "ui/widgets/PageLayout.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

QSpinBox* monthsSpin(const QString& objectName, const QString& accessibleName) {
    auto* spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, RetentionRules::kMaxMonths);
    spin->setSpecialValueText(RetentionSection::tr("Keep"));
    spin->setSuffix(RetentionSection::tr(" months after closing"));
    return spin;
}

}  // namespace

RetentionSection::RetentionSection(SyncService& sync, QWidget* parent)
    : QGroupBox(tr("Retention"), parent),
      m_sync(sync),
      m_status(makeParagraph(QString())),
      m_closedCases(monthsSpin(QStringLiteral("closedCaseMonthsSpin"), tr("Purge closed cases after"))),
      m_attachments(monthsSpin(QStringLiteral("attachmentMonthsSpin"), tr("Purge attachments of closed cases after"))),
      m_save(new QPushButton(tr("Set for the &team"))),
      m_coordinatorsOnly(makeParagraph(tr("Only a coordinator changes the team's rules."))),
      m_result(makeParagraph(QString())) {
    setObjectName(QStringLiteral("retentionSection"));
    auto* explanation = makeParagraph(
        tr("Closed cases, and sooner their attachments, are purged from every laptop of the team this many months "
           "after closing, unless the case is marked to keep. A coordinator sets the periods for the whole team; "
           "each laptop lists what is due and purges it when you agree."));
    m_status->setObjectName(QStringLiteral("retentionStatusLabel"));
    m_save->setObjectName(QStringLiteral("saveRetentionButton"));
    m_coordinatorsOnly->setObjectName(QStringLiteral("retentionCoordinatorsOnlyLabel"));
    m_result->setObjectName(QStringLiteral("retentionResultLabel"));
    m_result->hide();

    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("Purge &closed cases:"), m_closedCases), m_closedCases);
    form->addRow(labelFor(tr("Purge &attachments of closed cases:"), m_attachments), m_attachments);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_coordinatorsOnly, 1);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_save, &QPushButton::clicked, this, &RetentionSection::save);
    connect(m_closedCases, &QSpinBox::valueChanged, this, &RetentionSection::updateSaveButton);
    connect(m_attachments, &QSpinBox::valueChanged, this, &RetentionSection::updateSaveButton);
    reload();
}

void RetentionSection::reload() {
    auto rules = m_sync.retention();
    auto devices = m_sync.team();
    bool coordinator = false;
    QString setBy;
    if (devices) {
        for (const TeamDevice& device : *devices) {
            if (device.thisDevice && device.role == QLatin1String("coordinator")) coordinator = true;
            if (rules && device.deviceId == rules->setBy) setBy = device.name;
        }
    }
    if (!rules) {
        m_status->setText(rules.error().message);
        coordinator = false;
    } else if (rules->setBy.isEmpty()) {
        m_status->setText(tr("No rules are set: closed cases are kept until someone purges them."));
    } else {
        m_status->setText(
            tr("Set by %1 on %2.")
                .arg(setBy.isEmpty() ? rules->setBy : setBy,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(rules->setAtMs).date(), QLocale::LongFormat)));
    }
    m_savedClosedCases = rules ? rules->closedCaseMonths : 0;
    m_savedAttachments = rules ? rules->attachmentMonths : 0;
    m_closedCases->setValue(m_savedClosedCases);
    m_attachments->setValue(m_savedAttachments);
    m_closedCases->setEnabled(coordinator);
    m_attachments->setEnabled(coordinator);
    m_save->setVisible(coordinator);
    m_coordinatorsOnly->setVisible(!coordinator);
    updateSaveButton();
}

void RetentionSection::updateSaveButton() {
    m_save->setEnabled(m_closedCases->value() != m_savedClosedCases || m_attachments->value() != m_savedAttachments);
}

void RetentionSection::save() {
    auto saved = m_sync.setRetention(m_closedCases->value(), m_attachments->value());
    m_result->setText(saved ? tr("Signed for the team: the other laptops take the rules at their next exchange.")
                            : saved.error().message);
    m_result->show();
    reload();
    if (saved) Q_EMIT rulesChanged();
}

}  // namespace fieldcase::ui
