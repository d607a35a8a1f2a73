#include "ui/cases/EncountersTab.h"

#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

EncountersTab::EncountersTab(RecordService& records, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_caseId(caseId),
      m_channels(records.vocabulary(QStringLiteral("encounter_channel"))),
      m_timeline(makeTable("encounterTimeline", tr("Encounters"), {tr("When"), tr("Channel"), tr("What happened")})),
      m_at(new QDateTimeEdit(QDateTime::currentDateTime())),
      m_place(new QLineEdit),
      m_channel(new QComboBox),
      m_text(makeTextArea("encounterTextEdit", tr("What happened"), 4)),
      m_error(makeErrorLabel()) {
    m_at->setObjectName(QStringLiteral("encounterAtEdit"));
    m_at->setAccessibleName(tr("Date and time"));
    m_at->setCalendarPopup(true);
    m_place->setObjectName(QStringLiteral("encounterPlaceEdit"));
    m_place->setAccessibleName(tr("Place"));
    m_channel->setObjectName(QStringLiteral("encounterChannelCombo"));
    m_channel->setAccessibleName(tr("Channel"));
    fillVocabularyCombo(m_channel, m_channels, tr("Not set"));
    m_error->setObjectName(QStringLiteral("encounterErrorLabel"));
    auto* addButton = new QPushButton(tr("Add &encounter"));
    addButton->setObjectName(QStringLiteral("addEncounterButton"));
    connect(addButton, &QPushButton::clicked, this, &EncountersTab::addEncounter);
    auto* form = new QFormLayout;
    form->addRow(tr("&When:"), m_at);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("What &happened:"), m_text);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(form);
    layout->addLayout(makeActionRow(m_error, addButton));
}

void EncountersTab::showEncounters(const QList<RecordData>& encounters) {
    m_timeline->clear();
    for (const RecordData& encounter : encounters) {
        const QVariantMap& f = encounter.fields;
        QString text = f.value(QStringLiteral("text")).toString();
        const QString place = f.value(QStringLiteral("place")).toString();
        if (!place.isEmpty()) text = tr("%1 (at %2)").arg(text, place);
        auto* item = new QTreeWidgetItem(
            m_timeline, {formatDateTime(f.value(QStringLiteral("at")).toString()),
                         vocabularyLabel(m_channels, f.value(QStringLiteral("channel")).toString()), text});
        item->setData(0, Qt::UserRole, encounter.id);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
}

void EncountersTab::addEncounter() {
    if (m_text->toPlainText().trimmed().isEmpty()) {
        showError(m_error, tr("Write what happened."));
        m_text->setFocus();
        return;
    }
    QVariantMap fields;
    fields.insert(QStringLiteral("case_id"), m_caseId);
    fields.insert(QStringLiteral("at"), m_at->dateTime().toUTC().toString(Qt::ISODate));
    fields.insert(QStringLiteral("text"), m_text->toPlainText());
    if (!m_place->text().trimmed().isEmpty()) fields.insert(QStringLiteral("place"), m_place->text());
    const QString channel = m_channel->currentData().toString();
    if (!channel.isEmpty()) fields.insert(QStringLiteral("channel"), channel);
    const Result<QString> created = m_records.create(QStringLiteral("encounter"), fields);
    if (!created) {
        showError(m_error, created.error().message);
        return;
    }
    showError(m_error, QString());
    m_text->clear();
    m_place->clear();
    m_at->setDateTime(QDateTime::currentDateTime());
    emit changed();
}

}  // namespace fieldcase::ui
