#include "ui/reports/DashboardView.h"

#include "ui/importer/ImportWizard.h"
#include "ui/reports/ChartCard.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/FileDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fieldcase::ui {

namespace {

// A folder to write into: typed, or picked with Choose… through the app's history-free folder dialog.
QHBoxLayout* folderChooser(QDialog& dialog, QLineEdit* folder, const QString& caption) {
    auto* choose = new QPushButton(DashboardView::tr("Choose…"));
    QObject::connect(choose, &QPushButton::clicked, &dialog, [&dialog, folder, caption] {
        const QString chosen = chooseFolder(&dialog, caption);
        if (!chosen.isEmpty()) folder->setText(chosen);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(folder, 1);
    row->addWidget(choose);
    return row;
}

// An export dialog: what it writes and that it is not encrypted, the choices, then Export and Cancel.
void layOutExportDialog(QDialog& dialog, QLabel* explanation, QFormLayout* form) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(DashboardView::tr("Export"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

}  // namespace

DashboardView::DashboardView(RecordService& records, std::function<QDate()> today, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_today(std::move(today)),
      m_period(new QComboBox),
      m_from(new QDateEdit),
      m_to(new QDateEdit),
      m_summary(new QLabel),
      m_error(new QLabel),
      m_busy(new BusyIndicator),
      m_counting(new QFutureWatcher<Result<Dashboard>>(this)),
      m_exportButton(new QPushButton(tr("Export statistics…"))),
      m_exportRecordsButton(new QPushButton(tr("Export records…"))),
      m_importButton(new QPushButton(tr("Import a spreadsheet…"))),
      m_exportBusy(new BusyIndicator),
      m_exporting(new QFutureWatcher<Result<StatisticsReport>>(this)),
      m_exportingRecords(new QFutureWatcher<Result<QStringList>>(this)),
      m_months(new ChartCard(QStringLiteral("casesPerMonth"), tr("Cases opened and closed per month"))),
      m_byStatus(new ChartCard(QStringLiteral("openByStatus"), tr("Open cases by status"))),
      m_byRisk(new ChartCard(QStringLiteral("openByRisk"), tr("Open cases by risk"))),
      m_byExploitation(new ChartCard(QStringLiteral("openByExploitation"), tr("Open cases by type of exploitation"))),
      m_overdue(new ChartCard(QStringLiteral("overdueByWorker"), tr("Overdue follow-ups by worker"))),
      m_byOrganisation(new ChartCard(QStringLiteral("referralsByOrganisation"), tr("Referrals by organisation"))),
      m_referralStatus(new ChartCard(QStringLiteral("referralsByStatus"), tr("Referrals under way by status"))),
      m_referralOutcome(new ChartCard(QStringLiteral("referralsByOutcome"), tr("Referrals ended by outcome"))),
      m_gender(new ChartCard(QStringLiteral("peopleByGender"), tr("Survivors by gender"))),
      m_age(new ChartCard(QStringLiteral("peopleByAgeBand"), tr("Survivors by age"))) {
    setObjectName(QStringLiteral("dashboardView"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 12 months"), Last12Months);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Last year"), LastYear);
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Chosen dates"), Custom);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_period->currentData().toInt() == Custom) reload();
        });
    }
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::choosePeriod);
    m_exportButton->setObjectName(QStringLiteral("exportStatisticsButton"));
    m_exportButton->setToolTip(tr("Anonymised statistics that can be shared: no person can be singled out of them."));
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardView::exportStatistics);
    m_exportRecordsButton->setObjectName(QStringLiteral("exportRecordsButton"));
    m_exportRecordsButton->setToolTip(
        tr("Every record as a spreadsheet, CSV files or JSON, for other tools. Not encrypted."));
    connect(m_exportRecordsButton, &QPushButton::clicked, this, &DashboardView::exportRecords);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(
        tr("Cases and people from a CSV or XLSX file, with a check before anything is written."));
    connect(m_importButton, &QPushButton::clicked, this, &DashboardView::importSpreadsheet);
    m_exportBusy->setObjectName(QStringLiteral("exportBusy"));
    connect(m_exporting, &QFutureWatcherBase::finished, this, &DashboardView::showExportReport);
    connect(m_exportingRecords, &QFutureWatcherBase::finished, this, &DashboardView::showExportedRecords);

    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    connect(m_counting, &QFutureWatcherBase::finished, this, &DashboardView::showFigures);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* bar = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–")));
    bar->addWidget(m_to);
    bar->addStretch(1);
    bar->addWidget(m_importButton);
    bar->addWidget(m_exportRecordsButton);
    bar->addWidget(m_exportButton);

    auto* grid = new QGridLayout;
    const QList<ChartCard*> cards{m_months,         m_byStatus,       m_byRisk,          m_byExploitation, m_overdue,
                                  m_byOrganisation, m_referralStatus, m_referralOutcome, m_gender,         m_age};
    grid->addWidget(m_months, 0, 0, 1, 2);
    for (qsizetype i = 1; i < cards.size(); ++i) {
        const auto position = static_cast<int>(i + 1);
        grid->addWidget(cards[i], position / 2, position % 2);
        connect(cards[i], &ChartCard::notice, this, &DashboardView::notice);
    }
    connect(m_months, &ChartCard::notice, this, &DashboardView::notice);
    auto* charts = new QWidget;
    charts->setLayout(grid);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_exportBusy);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    // Counted when the section is shown (WorkspacePage), not at unlock: nobody waits for figures they did not ask for.
    showPeriodDates();
}

QDate DashboardView::from() const {
    return m_from->isEnabled() || m_period->currentData().toInt() != AllTime ? m_from->date() : QDate();
}

QDate DashboardView::to() const {
    return m_to->isEnabled() || m_period->currentData().toInt() != AllTime ? m_to->date() : QDate();
}

void DashboardView::choosePeriod() {
    showPeriodDates();
    reload();
}

void DashboardView::showPeriodDates() {
    const QDate today = m_today();
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    switch (period) {
        case Last12Months:
            m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
            m_to->setDate(today);
            break;
        case ThisYear:
            m_from->setDate(QDate(today.year(), 1, 1));
            m_to->setDate(today);
            break;
        case LastYear:
            m_from->setDate(QDate(today.year() - 1, 1, 1));
            m_to->setDate(QDate(today.year() - 1, 12, 31));
            break;
        case AllTime:
        case Custom:
            break;
    }
    m_from->setEnabled(period == Custom);
    m_to->setEnabled(period == Custom);
    m_from->setVisible(period != AllTime);
    m_to->setVisible(period != AllTime);
}

DashboardView::~DashboardView() {
    m_counting->waitForFinished();
    m_exporting->waitForFinished();
    m_exportingRecords->waitForFinished();
}

bool DashboardView::isCounting() const {
    return m_counting->isRunning();
}

void DashboardView::reload() {
    if (m_counting->isRunning()) {
        m_countAgain = true;  // the period changed while counting: count once more when this run ends
        return;
    }
    m_countAgain = false;
    DashboardQuery query;
    query.from = from();
    query.to = to();
    query.today = m_today();
    m_busy->start(tr("Counting…"));
    m_counting->setFuture(QtConcurrent::run([&records = m_records, query] { return records.dashboard(query); }));
}

void DashboardView::showFigures() {
    m_busy->stop();
    if (m_countAgain) {
        reload();
        return;
    }
    const Result<Dashboard> result = m_counting->result();
    m_error->setVisible(!result);
    if (!result) {
        m_error->setText(result.error().message);
        return;
    }
    const Dashboard& figures = *result;
    m_summary->setText(tr("Cases opened in the period: %1, still open: %2 · Overdue follow-ups: %3 · "
                          "Referrals: %4 · Survivors: %5")
                           .arg(figures.cases)
                           .arg(figures.openCases)
                           .arg(figures.overdue)
                           .arg(figures.referrals)
                           .arg(figures.people));
    m_months->showMonths(figures.months);
    m_byStatus->showCounts(figures.openByStatus, false);
    m_byRisk->showCounts(figures.openByRisk, false);
    m_byExploitation->showCounts(figures.openByExploitation, true);
    m_overdue->showCounts(figures.overdueByWorker, true);
    m_byOrganisation->showCounts(figures.referralsByOrganisation, true);
    m_referralStatus->showCounts(figures.referralsByStatus, false);
    m_referralOutcome->showCounts(figures.referralsByOutcome, false);
    m_gender->showCounts(figures.peopleByGender, true);
    m_age->showCounts(figures.peopleByAgeBand, false);
}

void DashboardView::exportStatistics() {
    if (isExporting()) return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("statisticsDialog"));
    dialog.setWindowTitle(tr("Export statistics"));
    auto* explanation = new QLabel(
        tr("Writes one row per survivor in a case with the columns CTDC uses (year, gender, age band, citizenship, "
           "country and type of exploitation, means of control, recruiter), coarsened until every combination "
           "describes at least k people, and count tables with small cells withheld. No names, ids or free text.\n\n"
           "The files are not encrypted: keep them on the laptop or the stick you hand over, and delete them "
           "afterwards."));
    explanation->setWordWrap(true);
    auto* k = new QSpinBox;
    k->setObjectName(QStringLiteral("statisticsK"));
    k->setRange(RecordService::kMinimumStatisticsK, 1000);
    k->setValue(RecordService::kMinimumStatisticsK);
    auto* folder = new QLineEdit;
    folder->setObjectName(QStringLiteral("statisticsFolder"));
    QHBoxLayout* folderRow = folderChooser(dialog, folder, tr("Folder for the statistics"));
    auto* form = new QFormLayout;
    form->addRow(tr("At least this many people per combination (k):"), k);
    form->addRow(tr("Folder:"), folderRow);
    layOutExportDialog(dialog, explanation, form);
    if (dialog.exec() != QDialog::Accepted || folder->text().trimmed().isEmpty()) return;

    // Seconds of work at 100 000 survivors: away from the event loop, one export at a time.
    m_exportFolder = folder->text().trimmed();
    setExporting(tr("Writing the statistics to %1…").arg(m_exportFolder));
    m_exporting->setFuture(QtConcurrent::run([&records = m_records, dir = m_exportFolder, atLeast = k->value()] {
        return records.exportStatistics(dir, atLeast);
    }));
}

bool DashboardView::isExporting() const {
    return m_exporting->isRunning() || m_exportingRecords->isRunning();
}

void DashboardView::setExporting(const QString& what) {
    const bool exporting = !what.isEmpty();
    m_exportButton->setEnabled(!exporting);
    m_exportRecordsButton->setEnabled(!exporting);
    if (exporting) {
        m_exportBusy->start(what);
    } else {
        m_exportBusy->stop();
    }
}

void DashboardView::exportRecords() {
    if (isExporting()) return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("exportRecordsDialog"));
    dialog.setWindowTitle(tr("Export records"));
    auto* explanation = new QLabel(
        tr("Writes every record of the vault, archived ones included, for a spreadsheet or another program.\n\n"
           "The files are not encrypted and hold names, stories and contacts: whoever gets them reads everything. "
           "Write them only where they are needed, and delete them afterwards."));
    explanation->setWordWrap(true);
    auto* format = new QComboBox;
    format->setObjectName(QStringLiteral("exportFormat"));
    format->addItem(tr("One spreadsheet (XLSX)"), static_cast<int>(ExportFormat::Xlsx));
    format->addItem(tr("CSV files, one per kind of record"), static_cast<int>(ExportFormat::Csv));
    format->addItem(tr("One JSON document (HTCDS keys)"), static_cast<int>(ExportFormat::Json));
    auto* keys = new QCheckBox(tr("HTCDS keys and field names instead of labels (for other programs)"));
    keys->setObjectName(QStringLiteral("exportKeys"));
    connect(format, &QComboBox::currentIndexChanged, keys, [format, keys] {
        keys->setEnabled(static_cast<ExportFormat>(format->currentData().toInt()) != ExportFormat::Json);
    });
    auto* folder = new QLineEdit;
    folder->setObjectName(QStringLiteral("exportFolder"));
    QHBoxLayout* folderRow = folderChooser(dialog, folder, tr("Folder for the records"));
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format);
    form->addRow(QString(), keys);
    form->addRow(tr("Folder:"), folderRow);
    layOutExportDialog(dialog, explanation, form);
    if (dialog.exec() != QDialog::Accepted || folder->text().trimmed().isEmpty()) return;

    m_exportFolder = folder->text().trimmed();
    const auto chosenFormat = static_cast<ExportFormat>(format->currentData().toInt());
    const ExportValues values =
        keys->isChecked() || chosenFormat == ExportFormat::Json ? ExportValues::Keys : ExportValues::Labels;
    setExporting(tr("Writing the records to %1…").arg(m_exportFolder));
    m_exportingRecords->setFuture(QtConcurrent::run([&records = m_records, dir = m_exportFolder, chosenFormat, values] {
        return records.exportRecords(dir, chosenFormat, values);
    }));
}

void DashboardView::importSpreadsheet() {
    ImportWizard wizard(m_records, this);
    if (wizard.exec() != QDialog::Accepted || !wizard.imported()) return;
    const ImportReport& report = *wizard.imported();
    emit notice(tr("Imported %1 cases and %2 new people; %3 rows were not imported.")
                    .arg(report.created.value(QStringLiteral("case")))
                    .arg(report.created.value(QStringLiteral("person")))
                    .arg(report.rejected.size()));
    reload();
}

void DashboardView::showExportedRecords() {
    setExporting(QString());
    const Result<QStringList> files = m_exportingRecords->result();
    if (!files) {
        QMessageBox::warning(this, tr("Export records"), files.error().message);
        return;
    }
    QMessageBox box(
        QMessageBox::Information, tr("Export records"),
        tr("Written in plain text to %1. Keep the files safe and delete them when done.").arg(m_exportFolder),
        QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("exportRecordsBox"));
    box.setDetailedText(files->join(QLatin1Char('\n')));
    box.exec();
}

void DashboardView::showExportReport() {
    setExporting(QString());
    const Result<StatisticsReport> report = m_exporting->result();
    if (!report) {
        QMessageBox::warning(this, tr("Export statistics"), report.error().message);
        return;
    }
    QString details;
    for (const StatisticsReport::Column& column : report->columns)
        details += QStringLiteral("%1: %2\n").arg(column.name, column.label);
    QMessageBox box(QMessageBox::Information, tr("Export statistics"),
                    tr("%1 of %2 rows written with k = %3; %4 left out as too rare. The report is in %5.")
                        .arg(report->releasedRows)
                        .arg(report->people)
                        .arg(report->k)
                        .arg(report->suppressedRows)
                        .arg(m_exportFolder),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("statisticsReportBox"));
    box.setDetailedText(details);
    box.exec();
}

}  // namespace fieldcase::ui
