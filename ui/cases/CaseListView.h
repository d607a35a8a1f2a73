#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace fieldcase {
class RecordService;
}

namespace fieldcase::ui {

class CaseListModel;

// The cases of the vault with filters above them, a count, and an empty state that says what to do.
class CaseListView : public QWidget {
    Q_OBJECT

public:
    // records must outlive the view.
    explicit CaseListView(RecordService& records, QWidget* parent = nullptr);

    // Reloads the list (after a case changed elsewhere).
    void reload();
    // Asks for a new case; opens it when it was created.
    void newCase();
    CaseListModel* model() const { return m_model; }

signals:
    void openCase(const QString& id);

private:
    void applyFilters();
    void fillWorkers();
    void updateCount(int total);
    void openCurrent();

    RecordService& m_records;
    CaseListModel* m_model;
    QComboBox* m_status;
    QComboBox* m_exploitation;
    QComboBox* m_risk;
    QComboBox* m_worker;
    QCheckBox* m_overdue;
    QCheckBox* m_archived;
    QLabel* m_count;
    QLabel* m_error;
    QStackedWidget* m_body;
    QTableView* m_table;
    QLabel* m_empty;
};

}  // namespace fieldcase::ui
