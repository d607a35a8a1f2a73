#pragma once

#include "core/api/RecordService.h"

#include <QScrollArea>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fieldcase::ui {

class VocabularyPicker;

// A case's own fields (title, status, risk, summary, the keep mark, its HTCDS checklists) as a form that is saved as
// one change, and the people linked to the case. It scrolls: six checklists do not fit a laptop screen at 200 %.
class CaseSummaryTab : public QScrollArea {
    Q_OBJECT

public:
    // records must outlive the tab.
    CaseSummaryTab(RecordService& records, const QString& caseId, QWidget* parent = nullptr);

    // Shows the case; refillForm false keeps what is being typed in the form.
    void showCase(const CaseDetails& details, bool refillForm);
    // The form's fields that differ from the case as last shown.
    QVariantMap changes() const;
    // Saves the changes, if any; on an error the form keeps what was typed and says why. True when nothing is
    // left unsaved.
    bool save();

signals:
    // The case was saved; it is to be loaded again.
    void saved();

private:
    void fillForm();
    void fillPeople();

    RecordService& m_records;
    const QString m_caseId;
    QVariantMap m_fields;  // the case's fields as last shown
    QList<RecordData> m_people;
    const QList<VocabularyItem> m_roles;

    QLineEdit* m_title;
    QComboBox* m_status;
    QComboBox* m_risk;
    QPlainTextEdit* m_summary;
    QCheckBox* m_retain;
    // The case's HTCDS multi-choice fields (exploitation, recruitment, control…), by field name.
    std::vector<std::pair<QString, VocabularyPicker*>> m_pickers;
    QLabel* m_saveError;
    QListWidget* m_peopleList;
};

}  // namespace fieldcase::ui
