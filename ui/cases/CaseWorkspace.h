#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace fieldcase::ui {

class AttachmentsTab;
class CaseFollowUpsTab;
class ConsentsTab;
class EncountersTab;
class NotesTab;
class ReferralsTab;
class VocabularyPicker;

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
    void fillForm();
    void fillPeople();
    void fillHistory();
    QVariantMap formChanges() const;
    bool save();
    void toggleArchived();

    RecordService& m_records;
    const QString m_caseId;
    CaseDetails m_details;
    QList<VocabularyItem> m_roles;

    QLabel* m_heading;
    QPushButton* m_archiveButton;
    QLabel* m_loadError;
    QTabWidget* m_tabs;
    QLineEdit* m_title;
    QComboBox* m_status;
    QComboBox* m_risk;
    QPlainTextEdit* m_summary;
    // The case's HTCDS multi-choice fields (exploitation, recruitment, control…), by field name.
    std::vector<std::pair<QString, VocabularyPicker*>> m_pickers;
    QLabel* m_saveError;
    QListWidget* m_people;
    EncountersTab* m_encounters;
    NotesTab* m_notes;
    CaseFollowUpsTab* m_followUps;
    ReferralsTab* m_referrals;
    ConsentsTab* m_consents;
    AttachmentsTab* m_attachments;
    QTreeWidget* m_history;
};

}  // namespace fieldcase::ui
