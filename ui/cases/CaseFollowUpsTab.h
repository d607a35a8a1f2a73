#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace fieldcase::ui {

// The follow-ups of one case: what is planned, by due date, a quick form to add one and a way to tick one off.
class CaseFollowUpsTab : public QWidget {
    Q_OBJECT

public:
    // records must outlive the tab.
    CaseFollowUpsTab(RecordService& records, const QString& caseId, QWidget* parent = nullptr);

    // Shows the case's follow-ups; the form keeps what is being typed.
    void showFollowUps(const QList<RecordData>& followUps);

signals:
    // A follow-up was added or done; the case is to be loaded again.
    void changed();

private:
    void addFollowUp();
    void markDone();

    RecordService& m_records;
    const QString m_caseId;
    QList<VocabularyItem> m_states;
    QTreeWidget* m_list;
    QLineEdit* m_what;
    QDateEdit* m_due;
    QLabel* m_error;
};

}  // namespace fieldcase::ui
