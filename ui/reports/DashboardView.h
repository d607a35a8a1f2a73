#pragma once

#include "core/api/RecordService.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace fieldcase::ui {

class BusyIndicator;
class ChartCard;

// The coordinator's dashboard: the figures of RecordService::dashboard() for a period, as charts that show their
// numbers, each saved as an image or a table; and the anonymised statistics export.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    // records must outlive the view; today says which day it is (tests pass a fixed one).
    explicit DashboardView(RecordService& records, std::function<QDate()> today = &QDate::currentDate,
                           QWidget* parent = nullptr);
    ~DashboardView() override;

    // Counts again for the chosen period, away from the event loop (a second of work at 100 000 cases the first
    // time); the charts change when the figures are in. A reload asked for while counting runs after it.
    void reload();
    bool isCounting() const;
    // The period the figures are for (null ends are open).
    QDate from() const;
    QDate to() const;
    // Asks for a folder and k, writes the statistics away from the event loop and then shows the report.
    void exportStatistics();
    // Asks for a format (XLSX, CSV, JSON), labels or HTCDS keys and a folder, then writes every record there
    // (docs/exports.md) away from the event loop and says which files it wrote.
    void exportRecords();
    // Opens the import wizard; after an import, says what it made and counts again.
    void importSpreadsheet();
    // Whether the statistics or the records are being written.
    bool isExporting() const;

signals:
    void notice(const QString& text);

private:
    enum Period { Last12Months, ThisYear, LastYear, AllTime, Custom };
    void choosePeriod();
    void showPeriodDates();
    void showFigures();
    void showExportReport();
    void showExportedRecords();
    void setExporting(const QString& what);

    RecordService& m_records;
    std::function<QDate()> m_today;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    QLabel* m_error;
    BusyIndicator* m_busy;
    QFutureWatcher<Result<Dashboard>>* m_counting;
    bool m_countAgain = false;
    QPushButton* m_exportButton;
    QPushButton* m_exportRecordsButton;
    QPushButton* m_importButton;
    BusyIndicator* m_exportBusy;
    QFutureWatcher<Result<StatisticsReport>>* m_exporting;
    QFutureWatcher<Result<QStringList>>* m_exportingRecords;
    QString m_exportFolder;
    ChartCard* m_months;
    ChartCard* m_byStatus;
    ChartCard* m_byRisk;
    ChartCard* m_byExploitation;
    ChartCard* m_overdue;
    ChartCard* m_byOrganisation;
    ChartCard* m_referralStatus;
    ChartCard* m_referralOutcome;
    ChartCard* m_gender;
    ChartCard* m_age;
};

}  // namespace fieldcase::ui
