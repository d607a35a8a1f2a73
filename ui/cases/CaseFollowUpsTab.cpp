#include "ui/cases/CaseFollowUpsTab.h"

#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

CaseFollowUpsTab::CaseFollowUpsTab(RecordService& records, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_caseId(caseId),
      m_states(records.vocabulary(QStringLiteral("follow_up_state"))),
      m_list(makeTable("followUpList", tr("Follow-ups"), {tr("Due"), tr("State"), tr("What to do")})),
      m_what(new QLineEdit),
      m_due(new QDateEdit(QDate::currentDate().addDays(7))),
      m_error(makeErrorLabel()) {
    m_what->setObjectName(QStringLiteral("followUpWhatEdit"));
    m_what->setAccessibleName(tr("What to do"));
    m_due->setObjectName(QStringLiteral("followUpDueEdit"));
    m_due->setAccessibleName(tr("Due"));
    m_due->setCalendarPopup(true);
    m_error->setObjectName(QStringLiteral("followUpErrorLabel"));
    auto* doneButton = new QPushButton(tr("Mark as d&one"));
    doneButton->setObjectName(QStringLiteral("followUpDoneButton"));
    connect(doneButton, &QPushButton::clicked, this, &CaseFollowUpsTab::markDone);
    auto* addButton = new QPushButton(tr("Add &follow-up"));
    addButton->setObjectName(QStringLiteral("addFollowUpButton"));
    connect(addButton, &QPushButton::clicked, this, &CaseFollowUpsTab::addFollowUp);
    auto* form = new QFormLayout;
    form->addRow(tr("What to &do:"), m_what);
    form->addRow(tr("D&ue on:"), m_due);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(doneButton, 0, Qt::AlignRight);
    layout->addLayout(form);
    layout->addLayout(makeActionRow(m_error, addButton));
}

void CaseFollowUpsTab::showFollowUps(const QList<RecordData>& followUps) {
    m_list->clear();
    for (const RecordData& followUp : followUps) {
        const QVariantMap& f = followUp.fields;
        auto* item =
            new QTreeWidgetItem(m_list, {formatDate(f.value(QStringLiteral("due_on")).toString()),
                                         vocabularyLabel(m_states, f.value(QStringLiteral("state")).toString()),
                                         f.value(QStringLiteral("what")).toString()});
        item->setData(0, Qt::UserRole, followUp.id);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

void CaseFollowUpsTab::addFollowUp() {
    if (m_what->text().trimmed().isEmpty()) {
        showError(m_error, tr("Write what is to be done."));
        m_what->setFocus();
        return;
    }
    const QVariantMap fields{{QStringLiteral("case_id"), m_caseId},
                             {QStringLiteral("what"), m_what->text()},
                             {QStringLiteral("due_on"), m_due->date().toString(Qt::ISODate)}};
    const Result<QString> created = m_records.create(QStringLiteral("followup"), fields);
    if (!created) {
        showError(m_error, created.error().message);
        return;
    }
    showError(m_error, QString());
    m_what->clear();
    emit changed();
}

void CaseFollowUpsTab::markDone() {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        showError(m_error, tr("Choose the follow-up that is done."));
        return;
    }
    const Result<void> done = m_records.update(QStringLiteral("followup"), item->data(0, Qt::UserRole).toString(),
                                               {{QStringLiteral("state"), QStringLiteral("Done")}});
    if (!done) {
        showError(m_error, done.error().message);
        return;
    }
    showError(m_error, QString());
    emit changed();
}

}  // namespace fieldcase::ui
