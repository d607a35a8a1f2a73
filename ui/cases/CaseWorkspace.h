#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace fieldcase::ui {

class AttachmentsTab;
class ConsentsTab;
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
    void fillTimeline();
    void fillNotes();
    void fillFollowUps();
    void fillPeople();
    void fillHistory();
    QVariantMap formChanges() const;
    bool save();
    void addEncounter();
    void addNote();
    void addFollowUp();
    void markFollowUpDone();
    void toggleArchived();

    RecordService& m_records;
    const QString m_caseId;
    CaseDetails m_details;
    QList<VocabularyItem> m_channels;
    QList<VocabularyItem> m_roles;
    QList<VocabularyItem> m_followUpStates;

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
    QTreeWidget* m_timeline;
    QDateTimeEdit* m_encounterAt;
    QLineEdit* m_encounterPlace;
    QComboBox* m_encounterChannel;
    QPlainTextEdit* m_encounterText;
    QLabel* m_encounterError;
    QListWidget* m_notes;
    QPlainTextEdit* m_noteText;
    QLabel* m_noteError;
    QTreeWidget* m_followUps;
    QLineEdit* m_followUpWhat;
    QDateEdit* m_followUpDue;
    QLabel* m_followUpError;
    ReferralsTab* m_referrals;
    ConsentsTab* m_consents;
    AttachmentsTab* m_attachments;
    QTreeWidget* m_history;
};

}  // namespace fieldcase::ui
