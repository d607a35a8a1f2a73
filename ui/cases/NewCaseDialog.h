#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fieldcase {
class RecordService;
}

namespace fieldcase::ui {

// The few fields a case needs to exist; the rest is filled in the case workspace.
class NewCaseDialog : public QDialog {
    Q_OBJECT

public:
    // records must outlive the dialog.
    explicit NewCaseDialog(RecordService& records, QWidget* parent = nullptr);

    // The id of the case created, once the dialog was accepted.
    QString createdId() const { return m_createdId; }

    void accept() override;

private:
    RecordService& m_records;
    QLineEdit* m_title;
    QComboBox* m_status;
    QComboBox* m_risk;
    QPlainTextEdit* m_summary;
    QLabel* m_error;
    QString m_createdId;
};

}  // namespace fieldcase::ui
