#include "ui/cases/CaseSummaryTab.h"

#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"
#include "ui/widgets/VocabularyPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

CaseSummaryTab::CaseSummaryTab(RecordService& records, const QString& caseId, QWidget* parent)
    : QScrollArea(parent),
      m_records(records),
      m_caseId(caseId),
      m_roles(records.vocabulary(QStringLiteral("case_person_role"))),
      m_title(new QLineEdit),
      m_status(new QComboBox),
      m_risk(new QComboBox),
      m_summary(makeTextArea("caseSummaryEdit", tr("Summary"), 6)),
      m_retain(new QCheckBox(tr("&Keep this case past the team's retention period"))),
      m_saveError(makeErrorLabel()),
      m_peopleList(new QListWidget) {
    m_title->setObjectName(QStringLiteral("caseTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_status->setObjectName(QStringLiteral("caseStatusCombo"));
    m_status->setAccessibleName(tr("Status"));
    fillVocabularyCombo(m_status, records.vocabulary(QStringLiteral("case_status")), QString());
    m_risk->setObjectName(QStringLiteral("caseRiskCombo"));
    m_risk->setAccessibleName(tr("Risk"));
    fillVocabularyCombo(m_risk, records.vocabulary(QStringLiteral("risk_level")), tr("Not assessed"));
    m_retain->setObjectName(QStringLiteral("caseRetainCheck"));
    m_retain->setToolTip(
        tr("A closed case is purged from every laptop when the team's retention period after its "
           "closing ends, unless it is marked to keep (a court case, a survivor's wish)."));
    // Every multi-choice field of the case (the HTCDS sets and the countries of exploitation), in the schema's
    // order, each a checklist with a search box.
    auto* pickers = new QGridLayout;
    for (const FieldInfo& field : records.fields(QStringLiteral("case"))) {
        if (field.type != QLatin1String("choice_set") && field.type != QLatin1String("country_codes")) continue;
        auto* picker = new VocabularyPicker(records.vocabulary(field.vocabulary), field.label);
        picker->setObjectName(QStringLiteral("casePicker_") + field.name);
        const int index = static_cast<int>(m_pickers.size());
        auto* label = new QLabel(tr("%1:").arg(field.label));
        label->setBuddy(picker->searchBox());
        pickers->addWidget(label, (index / 2) * 2, index % 2);
        pickers->addWidget(picker, (index / 2) * 2 + 1, index % 2);
        m_pickers.emplace_back(field.name, picker);
    }
    m_saveError->setObjectName(QStringLiteral("caseSaveErrorLabel"));
    auto* saveButton = new QPushButton(tr("&Save changes"));
    saveButton->setObjectName(QStringLiteral("caseSaveButton"));
    saveButton->setToolTip(tr("Save changes (Ctrl+S)"));
    connect(saveButton, &QPushButton::clicked, this, &CaseSummaryTab::save);
    m_peopleList->setObjectName(QStringLiteral("casePeopleList"));
    m_peopleList->setAccessibleName(tr("People in the case"));
    m_peopleList->setMaximumHeight(m_peopleList->fontMetrics().lineSpacing() * 7);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Risk:"), m_risk);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(QString(), m_retain);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addLayout(pickers);
    layout->addLayout(makeActionRow(m_saveError, saveButton));
    layout->addWidget(new QLabel(tr("People in the case:")));
    layout->addWidget(m_peopleList);
    layout->addStretch();
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(content);

    setTabOrder(m_title, m_status);
    setTabOrder(m_status, m_risk);
    setTabOrder(m_risk, m_summary);
    setTabOrder(m_summary, m_retain);
    QWidget* previous = m_retain;
    for (const auto& entry : m_pickers) {
        setTabOrder(previous, entry.second->searchBox());
        setTabOrder(entry.second->searchBox(), entry.second->list());
        previous = entry.second->list();
    }
    setTabOrder(previous, saveButton);
    setFocusProxy(m_title);
}

void CaseSummaryTab::showCase(const CaseDetails& details, bool refillForm) {
    m_fields = details.record.fields;
    m_people = details.people;
    if (refillForm) fillForm();
    fillPeople();
}

void CaseSummaryTab::fillForm() {
    m_title->setText(m_fields.value(QStringLiteral("title")).toString());
    selectKey(m_status, m_fields.value(QStringLiteral("status")).toString());
    selectKey(m_risk, m_fields.value(QStringLiteral("risk")).toString());
    m_summary->setPlainText(m_fields.value(QStringLiteral("summary")).toString());
    m_retain->setChecked(m_fields.value(QStringLiteral("retain")).toBool());
    for (const auto& entry : m_pickers)
        entry.second->setSelected(linesOf(m_fields.value(entry.first)));
}

void CaseSummaryTab::fillPeople() {
    m_peopleList->clear();
    for (const RecordData& person : m_people) {
        const QString role = vocabularyLabel(m_roles, person.fields.value(QStringLiteral("role")).toString());
        m_peopleList->addItem(tr("%1 — %2").arg(personName(person.fields), role));
    }
    if (m_people.isEmpty()) m_peopleList->addItem(tr("No people linked to this case yet."));
}

QVariantMap CaseSummaryTab::changes() const {
    QVariantMap changes;
    const auto compare = [&](const QString& name, const QVariant& now) {
        if (now.toString() != m_fields.value(name).toString()) changes.insert(name, now);
    };
    compare(QStringLiteral("title"), m_title->text());
    compare(QStringLiteral("status"), m_status->currentData().toString());
    compare(QStringLiteral("risk"), m_risk->currentData().toString());
    compare(QStringLiteral("summary"), m_summary->toPlainText());
    if (m_retain->isChecked() != m_fields.value(QStringLiteral("retain")).toBool())
        changes.insert(QStringLiteral("retain"), m_retain->isChecked());
    for (const auto& entry : m_pickers) {
        const QStringList picked = entry.second->selected();
        QStringList stored = linesOf(m_fields.value(entry.first));
        stored.sort();
        QStringList chosen = picked;
        chosen.sort();
        if (chosen != stored) changes.insert(entry.first, picked);
    }
    return changes;
}

bool CaseSummaryTab::save() {
    const QVariantMap changed = changes();
    if (changed.isEmpty()) {
        showError(m_saveError, QString());
        return true;
    }
    const Result<void> done = m_records.update(QStringLiteral("case"), m_caseId, changed);
    if (!done) {
        // The form keeps what was typed; the person corrects it and saves again.
        showError(m_saveError, done.error().message);
        return false;
    }
    showError(m_saveError, QString());
    emit saved();
    return true;
}

}  // namespace fieldcase::ui
