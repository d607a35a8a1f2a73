#include "ui/cases/CaseWorkspace.h"

#include "ui/cases/AttachmentsTab.h"
#include "ui/cases/CaseFollowUpsTab.h"
#include "ui/cases/ConsentsTab.h"
#include "ui/cases/EncountersTab.h"
#include "ui/cases/NotesTab.h"
#include "ui/cases/ReferralsTab.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"
#include "ui/widgets/VocabularyPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

// What was done, as a person would say it.
QString actionLabel(const QString& action) {
    if (action == QLatin1String("create")) return CaseWorkspace::tr("created");
    if (action == QLatin1String("edit")) return CaseWorkspace::tr("changed");
    if (action == QLatin1String("archive")) return CaseWorkspace::tr("archived");
    if (action == QLatin1String("restore")) return CaseWorkspace::tr("restored");
    if (action == QLatin1String("purge")) return CaseWorkspace::tr("deleted for good");
    return action;
}

QString kindLabel(const QString& kind) {
    if (kind == QLatin1String("case")) return CaseWorkspace::tr("Case");
    if (kind == QLatin1String("person")) return CaseWorkspace::tr("Person");
    if (kind == QLatin1String("case_person")) return CaseWorkspace::tr("Person in the case");
    if (kind == QLatin1String("encounter")) return CaseWorkspace::tr("Encounter");
    if (kind == QLatin1String("note")) return CaseWorkspace::tr("Note");
    if (kind == QLatin1String("referral")) return CaseWorkspace::tr("Referral");
    if (kind == QLatin1String("followup")) return CaseWorkspace::tr("Follow-up");
    if (kind == QLatin1String("attachment")) return CaseWorkspace::tr("Attachment");
    return kind;
}

}  // namespace

CaseWorkspace::CaseWorkspace(RecordService& records, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_caseId(caseId),
      m_roles(records.vocabulary(QStringLiteral("case_person_role"))),
      m_heading(makeHeading(QString())),
      m_archiveButton(new QPushButton),
      m_loadError(makeErrorLabel()),
      m_tabs(new QTabWidget),
      m_title(new QLineEdit),
      m_status(new QComboBox),
      m_risk(new QComboBox),
      m_summary(makeTextArea("caseSummaryEdit", tr("Summary"), 6)),
      m_saveError(makeErrorLabel()),
      m_people(new QListWidget),
      m_encounters(new EncountersTab(records, caseId)),
      m_notes(new NotesTab(records, caseId)),
      m_followUps(new CaseFollowUpsTab(records, caseId)),
      m_referrals(new ReferralsTab(records, caseId)),
      m_consents(new ConsentsTab(records)),
      m_attachments(new AttachmentsTab(records, caseId)),
      m_history(makeTable("historyList", tr("History"), {tr("When"), tr("Who"), tr("What"), tr("Which fields")})) {
    setObjectName(QStringLiteral("caseWorkspace"));

    // Header: back, what case this is, archive.
    auto* backButton = new QPushButton(tr("← Back to cases"));
    backButton->setObjectName(QStringLiteral("caseBackButton"));
    backButton->setToolTip(tr("Back to the list (Esc)"));
    connect(backButton, &QPushButton::clicked, this, &CaseWorkspace::goBack);
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Back)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseWorkspace::goBack);
    }
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_archiveButton->setObjectName(QStringLiteral("caseArchiveButton"));
    connect(m_archiveButton, &QPushButton::clicked, this, &CaseWorkspace::toggleArchived);
    m_loadError->setObjectName(QStringLiteral("caseLoadErrorLabel"));
    auto* header = new QHBoxLayout;
    header->addWidget(backButton);
    header->addWidget(m_heading, 1);
    header->addWidget(m_archiveButton);

    // Summary: the case's own fields and its people.
    m_title->setObjectName(QStringLiteral("caseTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_status->setObjectName(QStringLiteral("caseStatusCombo"));
    m_status->setAccessibleName(tr("Status"));
    fillVocabularyCombo(m_status, records.vocabulary(QStringLiteral("case_status")), QString());
    m_risk->setObjectName(QStringLiteral("caseRiskCombo"));
    m_risk->setAccessibleName(tr("Risk"));
    fillVocabularyCombo(m_risk, records.vocabulary(QStringLiteral("risk_level")), tr("Not assessed"));
    // Every multi-choice HTCDS field of the case, in the schema's order, each a checklist with a search box.
    auto* pickers = new QGridLayout;
    for (const FieldInfo& field : records.fields(QStringLiteral("case"))) {
        if (field.type != QLatin1String("choice_set")) continue;
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
    connect(saveButton, &QPushButton::clicked, this, &CaseWorkspace::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &CaseWorkspace::save);
    m_people->setObjectName(QStringLiteral("casePeopleList"));
    m_people->setAccessibleName(tr("People in the case"));
    m_people->setMaximumHeight(m_people->fontMetrics().lineSpacing() * 7);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Risk:"), m_risk);
    form->addRow(tr("S&ummary:"), m_summary);
    QHBoxLayout* saveRow = makeActionRow(m_saveError, saveButton);
    auto* summaryContent = new QWidget;
    auto* summaryLayout = new QVBoxLayout(summaryContent);
    summaryLayout->addLayout(form);
    summaryLayout->addLayout(pickers);
    summaryLayout->addLayout(saveRow);
    summaryLayout->addWidget(new QLabel(tr("People in the case:")));
    summaryLayout->addWidget(m_people);
    summaryLayout->addStretch();
    // Six checklists do not fit a laptop screen at 200 %: the summary scrolls rather than squeezes.
    auto* summaryPage = new QScrollArea;
    summaryPage->setWidgetResizable(true);
    summaryPage->setFrameShape(QFrame::NoFrame);
    summaryPage->setWidget(summaryContent);

    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(summaryPage, tr("Summar&y"));
    m_tabs->addTab(m_encounters, tr("Encounters"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(m_followUps, tr("Follow-ups"));
    m_tabs->addTab(m_referrals, tr("Referrals"));
    m_tabs->addTab(m_consents, tr("Consent"));
    m_tabs->addTab(m_attachments, tr("Attachments"));
    m_tabs->addTab(m_history, tr("History"));
    const auto tabChanged = [this] { reload(false); };
    connect(m_encounters, &EncountersTab::changed, this, tabChanged);
    connect(m_notes, &NotesTab::changed, this, tabChanged);
    connect(m_followUps, &CaseFollowUpsTab::changed, this, tabChanged);
    connect(m_referrals, &ReferralsTab::changed, this, tabChanged);
    connect(m_consents, &ConsentsTab::changed, this, tabChanged);
    connect(m_attachments, &AttachmentsTab::changed, this, tabChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_loadError);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_title, m_status);
    setTabOrder(m_status, m_risk);
    setTabOrder(m_risk, m_summary);
    QWidget* previous = m_summary;
    for (const auto& entry : m_pickers) {
        setTabOrder(previous, entry.second->searchBox());
        setTabOrder(entry.second->searchBox(), entry.second->list());
        previous = entry.second->list();
    }
    setTabOrder(previous, saveButton);
    setFocusProxy(m_title);
    reload(true);
}

void CaseWorkspace::goBack() {
    if (confirmLeave()) emit closed();
}

bool CaseWorkspace::confirmLeave() {
    if (formChanges().isEmpty()) return true;
    const auto choice = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The case has changes that are not saved yet. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Cancel) return false;
    return choice == QMessageBox::Discard || save();
}

void CaseWorkspace::reload(bool refillForm) {
    Result<CaseDetails> details = m_records.caseDetails(m_caseId);
    if (!details) {
        showError(m_loadError, details.error().message);
        return;
    }
    showError(m_loadError, QString());
    m_details = std::move(details.value());
    const QVariantMap& fields = m_details.record.fields;
    m_heading->setText(QStringLiteral("%1 — %2").arg(fields.value(QStringLiteral("reference")).toString(),
                                                     fields.value(QStringLiteral("title")).toString()));
    m_archiveButton->setText(m_details.record.archived ? tr("&Restore case") : tr("&Archive case"));
    if (refillForm) fillForm();
    fillPeople();
    m_encounters->showEncounters(m_details.encounters);
    m_notes->showNotes(m_details.notes);
    m_followUps->showFollowUps(m_details.followups);
    m_referrals->showReferrals(m_details.referrals);
    m_consents->showConsents(m_details.people, m_details.consents);
    m_attachments->showAttachments(m_details.attachments);
    fillHistory();
}

void CaseWorkspace::fillForm() {
    const QVariantMap& fields = m_details.record.fields;
    m_title->setText(fields.value(QStringLiteral("title")).toString());
    selectKey(m_status, fields.value(QStringLiteral("status")).toString());
    selectKey(m_risk, fields.value(QStringLiteral("risk")).toString());
    m_summary->setPlainText(fields.value(QStringLiteral("summary")).toString());
    for (const auto& entry : m_pickers)
        entry.second->setSelected(linesOf(fields.value(entry.first)));
}

void CaseWorkspace::fillPeople() {
    m_people->clear();
    for (const RecordData& person : m_details.people) {
        const QString role = vocabularyLabel(m_roles, person.fields.value(QStringLiteral("role")).toString());
        m_people->addItem(tr("%1 — %2").arg(personName(person.fields), role));
    }
    if (m_details.people.isEmpty()) m_people->addItem(tr("No people linked to this case yet."));
}

void CaseWorkspace::fillHistory() {
    m_history->clear();
    const Result<QList<HistoryEntry>> history = m_records.history(QStringLiteral("case"), m_caseId);
    if (!history) {
        new QTreeWidgetItem(m_history, {history.error().message});
        return;
    }
    // Field labels per kind, looked up once for the whole history.
    QHash<QString, QHash<QString, QString>> labels;
    for (const HistoryEntry& entry : history.value()) {
        if (!labels.contains(entry.kind)) {
            QHash<QString, QString>& ofKind = labels[entry.kind];
            for (const FieldInfo& field : m_records.fields(entry.kind))
                ofKind.insert(field.name, field.label);
        }
        QStringList fieldLabels;
        for (const QString& field : entry.fields)
            fieldLabels << labels.value(entry.kind).value(field, field);
        const QString who = entry.worker.isEmpty() || entry.worker == entry.deviceName
                                ? entry.deviceName
                                : tr("%1 (%2)").arg(entry.worker, entry.deviceName);
        new QTreeWidgetItem(m_history, {formatTimestamp(entry.at), who,
                                        tr("%1: %2").arg(kindLabel(entry.kind), actionLabel(entry.action)),
                                        fieldLabels.join(QStringLiteral(", "))});
    }
    for (int column = 0; column < 3; ++column)
        m_history->resizeColumnToContents(column);
}

QVariantMap CaseWorkspace::formChanges() const {
    const QVariantMap& fields = m_details.record.fields;
    QVariantMap changes;
    const auto compare = [&](const QString& name, const QVariant& now) {
        if (now.toString() != fields.value(name).toString()) changes.insert(name, now);
    };
    compare(QStringLiteral("title"), m_title->text());
    compare(QStringLiteral("status"), m_status->currentData().toString());
    compare(QStringLiteral("risk"), m_risk->currentData().toString());
    compare(QStringLiteral("summary"), m_summary->toPlainText());
    for (const auto& entry : m_pickers) {
        const QStringList picked = entry.second->selected();
        QStringList stored = linesOf(fields.value(entry.first));
        stored.sort();
        QStringList chosen = picked;
        chosen.sort();
        if (chosen != stored) changes.insert(entry.first, picked);
    }
    return changes;
}

bool CaseWorkspace::save() {
    const QVariantMap changes = formChanges();
    if (changes.isEmpty()) {
        showError(m_saveError, QString());
        return true;
    }
    const Result<void> saved = m_records.update(QStringLiteral("case"), m_caseId, changes);
    if (!saved) {
        // The form keeps what was typed; the person corrects it and saves again.
        showError(m_saveError, saved.error().message);
        return false;
    }
    showError(m_saveError, QString());
    reload(true);
    return true;
}

void CaseWorkspace::toggleArchived() {
    const bool archived = m_details.record.archived;
    const Result<void> done = archived ? m_records.restore(QStringLiteral("case"), m_caseId)
                                       : m_records.archive(QStringLiteral("case"), m_caseId);
    if (!done) {
        showError(m_loadError, done.error().message);
        return;
    }
    reload(false);
}

}  // namespace fieldcase::ui
