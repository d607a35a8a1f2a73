#pragma once

#include "core/api/RecordService.h"
#include "core/api/SyncService.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fieldcase::ui {

class PeopleListModel;
class VocabularyPicker;

// The people of the vault and an editor for one of them, which warns about a likely duplicate and merges it.
class PeopleView : public QWidget {
    Q_OBJECT

public:
    // records and sync must outlive the view.
    PeopleView(RecordService& records, SyncService& sync, QWidget* parent = nullptr);

    // Reloads the list and shows the person in the editor.
    void showPerson(const QString& id);
    // Reloads the list from its first page.
    void reload();
    // The person shown withdrew consent: signs the erasure (docs/threat-model.md, "Consent withdrawal") after the
    // caller confirmed, and says what follows; false (error shown) if it fails.
    bool withdrawConsent();

private:
    void withdrawConsentAsked();
    void edit(const QString& id);
    void save();
    void merge();
    void newPerson();

    RecordService& m_records;
    SyncService& m_sync;
    QString m_personId;
    RecordData m_person;
    QList<DuplicateCandidate> m_duplicates;

    PeopleListModel* m_model;
    QListView* m_list;
    QWidget* m_editor;
    QLabel* m_duplicateBanner;
    QPushButton* m_mergeButton;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_patronymic;
    QPlainTextEdit* m_aliases;
    QPlainTextEdit* m_otherScripts;
    QComboBox* m_gender;
    QDateEdit* m_birthDate;
    QSpinBox* m_estimatedAge;  // its minimum means "not known"
    VocabularyPicker* m_citizenships;
    QPlainTextEdit* m_phones;
    QLabel* m_error;
    QPushButton* m_withdrawConsent;
    QLabel* m_result;  // what a consent withdrawal did
};

}  // namespace fieldcase::ui
