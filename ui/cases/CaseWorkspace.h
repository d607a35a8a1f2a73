#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace fieldcase::ui {

class AttachmentsTab;
class CaseFollowUpsTab;
class CaseSummaryTab;
class ConsentsTab;
class EncountersTab;
class HistoryTab;
class NotesTab;
class ReferralsTab;

// One case and what belongs to it: the summary form, people, encounters, notes, follow-ups, referrals, consent,
// attached files and history.
class CaseWorkspace : public QWidget {
    Q_OBJECT

public:
    // records must outlive the workspace.
    CaseWorkspace(RecordService& records, const QString& caseId, QWidget* parent = nullptr);

    QString caseId() const { return m_caseId; }
    // Leaves the case, asking first when the summary has unsaved changes.
    void goBack();
    // Whether the case may be left now: true when nothing is unsaved, or the person saved or discarded it.
    bool confirmLeave();

signals:
    // The person is done with the case.
    void closed();

private:
    void reload(bool refillForm);
    void toggleArchived();

    RecordService& m_records;
    const QString m_caseId;
    CaseDetails m_details;

    QLabel* m_heading;
    QPushButton* m_archiveButton;
    QLabel* m_loadError;
    QTabWidget* m_tabs;
    CaseSummaryTab* m_summary;
    EncountersTab* m_encounters;
    NotesTab* m_notes;
    CaseFollowUpsTab* m_followUps;
    ReferralsTab* m_referrals;
    ConsentsTab* m_consents;
    AttachmentsTab* m_attachments;
    HistoryTab* m_history;
};

}  // namespace fieldcase::ui
