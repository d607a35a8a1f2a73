#include "ui/cases/CaseWorkspace.h"

#include "ui/cases/AttachmentsTab.h"
#include "ui/cases/CaseFollowUpsTab.h"
#include "ui/cases/CaseSummaryTab.h"
#include "ui/cases/ConsentsTab.h"
#include "ui/cases/EncountersTab.h"
#include "ui/cases/HistoryTab.h"
#include "ui/cases/NotesTab.h"
#include "ui/cases/PrintDialog.h"
#include "ui/cases/ReferralsTab.h"
#include "ui/widgets/PageLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

CaseWorkspace::CaseWorkspace(RecordService& records, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_caseId(caseId),
      m_heading(makeHeading(QString())),
      m_archiveButton(new QPushButton),
      m_loadError(makeErrorLabel()),
      m_tabs(new QTabWidget),
      m_summary(new CaseSummaryTab(records, caseId)),
      m_encounters(new EncountersTab(records, caseId)),
      m_notes(new NotesTab(records, caseId)),
      m_followUps(new CaseFollowUpsTab(records, caseId)),
      m_referrals(new ReferralsTab(records, caseId)),
      m_consents(new ConsentsTab(records)),
      m_attachments(new AttachmentsTab(records, caseId)),
      m_history(new HistoryTab(records, caseId)) {
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
    auto* printButton = new QPushButton(tr("&PDF…"));
    printButton->setObjectName(QStringLiteral("casePdfButton"));
    printButton->setToolTip(tr("Save a summary of the case as a PDF, to print or hand over."));
    connect(printButton, &QPushButton::clicked, this, [this] {
        PrintDialog* dialog = PrintDialog::caseSummary(m_records, m_caseId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* header = new QHBoxLayout;
    header->addWidget(backButton);
    header->addWidget(m_heading, 1);
    header->addWidget(printButton);
    header->addWidget(m_archiveButton);

    // Ctrl+S saves the summary form from any tab.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, m_summary, &CaseSummaryTab::save);
    connect(m_summary, &CaseSummaryTab::saved, this, [this] { reload(true); });

    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(m_summary, tr("Summar&y"));
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

    setFocusProxy(m_summary);
    reload(true);
}

void CaseWorkspace::goBack() {
    if (confirmLeave()) emit closed();
}

bool CaseWorkspace::confirmLeave() {
    if (m_summary->changes().isEmpty()) return true;
    const auto choice = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The case has changes that are not saved yet. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Cancel) return false;
    return choice == QMessageBox::Discard || m_summary->save();
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
    m_summary->showCase(m_details, refillForm);
    m_encounters->showEncounters(m_details.encounters);
    m_notes->showNotes(m_details.notes);
    m_followUps->showFollowUps(m_details.followups);
    m_referrals->showReferrals(m_details.referrals);
    m_consents->showConsents(m_details.people, m_details.consents);
    m_attachments->showAttachments(m_details.attachments);
    m_history->reload();
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
