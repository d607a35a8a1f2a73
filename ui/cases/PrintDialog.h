#pragma once

#include <QDialog>
#include <QStringList>

#include <vector>

class QCheckBox;
class QLineEdit;

namespace fieldcase {
class RecordService;
}

namespace fieldcase::ui {

// Saves a case summary or a referral letter as a PDF: which parts (for a summary), where to, and the warning that
// the file is not encrypted; accepting writes it and says where it went.
class PrintDialog : public QDialog {
    Q_OBJECT

public:
    // A case summary, the worker choosing its parts.
    static PrintDialog* caseSummary(RecordService& records, const QString& caseId, QWidget* parent);
    // A referral letter: what goes in is what the person agreed to share with the organisation.
    static PrintDialog* referralLetter(RecordService& records, const QString& referralId, QWidget* parent);

    // The parts chosen (case summaries), in the order of kCaseSummarySections.
    QStringList sections() const;

    void accept() override;

private:
    PrintDialog(RecordService& records, QString id, bool letter, QWidget* parent);

    RecordService& m_records;
    QString m_id;
    bool m_letter;
    std::vector<std::pair<QString, QCheckBox*>> m_parts;
    QLineEdit* m_path;
};

}  // namespace fieldcase::ui
