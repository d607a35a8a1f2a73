#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace fieldcase {
class RecordService;
}

namespace fieldcase::ui {

// Search across the vault, with results as one types, grouped by kind of record.
class SearchDialog : public QDialog {
    Q_OBJECT

public:
    // records must outlive the dialog.
    explicit SearchDialog(RecordService& records, QWidget* parent = nullptr);

    // Hit snippets mark matches with [ and ]; this shows them bold, with everything else escaped so record text
    // is never read as markup.
    static QString snippetToHtml(const QString& snippet);

signals:
    void openCase(const QString& caseId);
    void openPerson(const QString& personId);

private:
    void runSearch();
    void openItem(QTreeWidgetItem* item);
    bool eventFilter(QObject* watched, QEvent* event) override;

    RecordService& m_records;
    QLineEdit* m_query;
    QTreeWidget* m_results;
    QLabel* m_status;
    QTimer* m_debounce;
};

}  // namespace fieldcase::ui
