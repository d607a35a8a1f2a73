#pragma once

#include "core/api/RecordService.h"

#include <QFutureWatcher>
#include <QWizard>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace fieldcase::ui {

// Moving a spreadsheet into the vault (docs/import.md): the file, its sheet and header row; what each column becomes;
// what the texts nobody taught Fieldcase stand for; then the check — what will be made, each row that will not be
// imported and why, the people who are already in the vault — and the import, all or nothing. Every step checks the
// whole file with RecordService::importSpreadsheet as a dry run, away from the event loop.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { FilePage, ColumnsPage, ValuesPage, CheckPage };

    // records must outlive the wizard.
    explicit ImportWizard(RecordService& records, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Reads the file as if the person had chosen it (the path is checked like one typed in).
    void setFile(const QString& path);
    // A check or the import is under way.
    bool isBusy() const;
    // What the import wrote, once it has (the wizard then closes as accepted).
    const std::optional<ImportReport>& imported() const { return m_imported; }

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    class StepPage;

    QWizardPage* makeFilePage();
    QWizardPage* makeColumnsPage();
    QWizardPage* makeValuesPage();
    QWizardPage* makeCheckPage();
    // The mapping as the pages now say: sheet and header row, columns, values.
    ImportMapping mapping() const;
    // Checks the file with the mapping (a dry run) away from the event loop; then `then` shows the report.
    void check(ImportMapping mapping, void (ImportWizard::*then)());
    void checked();
    void showFile();
    void showValues();
    void showCheck();
    void importDone();
    QString targetLabel(const QString& name) const;
    // The check found something to make, and a sheet imported before is to be imported again only when ticked.
    bool canImport() const;

    RecordService& m_records;
    QList<ImportTarget> m_targets;
    QFutureWatcher<Result<ImportReport>>* m_running;
    void (ImportWizard::*m_then)() = nullptr;
    std::optional<std::pair<ImportMapping, void (ImportWizard::*)()>> m_pending;  // asked while checking
    QString m_checkedPath;
    bool m_importing = false;
    std::optional<ImportReport> m_report;  // the last check's
    std::optional<ImportReport> m_imported;
    ImportMapping m_values;  // the values the person mapped on the values page, kept across checks

    StepPage* m_checking = nullptr;  // the page the check under way reports to; none: no check under way
    StepPage* m_filePage = nullptr;
    QLineEdit* m_file = nullptr;
    QComboBox* m_sheet = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QTreeWidget* m_preview = nullptr;
    StepPage* m_columnsPage = nullptr;
    QTreeWidget* m_columns = nullptr;
    StepPage* m_valuesPage = nullptr;
    QLabel* m_valuesIntro = nullptr;
    QTreeWidget* m_unknown = nullptr;
    StepPage* m_checkPage = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_again = nullptr;
    QTreeWidget* m_rejected = nullptr;
    QTreeWidget* m_duplicates = nullptr;
    QLabel* m_rejectedCaption = nullptr;
    QLabel* m_duplicatesCaption = nullptr;
    bool m_showingFile = false;  // the file page's controls are being filled: their signals are not the person's
};

}  // namespace fieldcase::ui
