#include "ui/cases/CaseListView.h"

#include "core/api/RecordService.h"
#include "ui/cases/NewCaseDialog.h"
#include "ui/models/CaseListModel.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include <functional>

namespace fieldcase::ui {

namespace {

// Opens the current row on Enter on every platform (on macOS the view would try to edit it instead).
class CaseTable : public QTableView {
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

QComboBox* makeFilter(const char* objectName, const QString& accessibleName) {
    auto* combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessibleName);
    // Some vocabulary labels are a sentence long; the popup shows them whole, the closed box need not.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(18);
    return combo;
}

}  // namespace

CaseListView::CaseListView(RecordService& records, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_model(new CaseListModel(records, this)),
      m_status(makeFilter("statusFilter", tr("Status"))),
      m_exploitation(makeFilter("exploitationFilter", tr("Type of exploitation"))),
      m_risk(makeFilter("riskFilter", tr("Risk"))),
      m_worker(makeFilter("workerFilter", tr("Assigned to"))),
      m_overdue(new QCheckBox(tr("&Overdue follow-ups"))),
      m_archived(new QCheckBox(tr("Show ar&chived"))),
      m_count(new QLabel),
      m_error(makeErrorLabel()),
      m_body(new QStackedWidget),
      m_table(nullptr),
      m_empty(new QLabel) {
    setObjectName(QStringLiteral("caseListView"));
    auto* table = new CaseTable;
    table->onEnter = [this] { openCurrent(); };
    m_table = table;

    fillVocabularyCombo(m_status, records.vocabulary(QStringLiteral("case_status")), tr("All statuses"));
    fillVocabularyCombo(m_exploitation, records.vocabulary(QStringLiteral("exploitation_type")),
                        tr("All types of exploitation"));
    fillVocabularyCombo(m_risk, records.vocabulary(QStringLiteral("risk_level")), tr("All risk levels"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_archived->setObjectName(QStringLiteral("archivedFilter"));
    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    m_error->setObjectName(QStringLiteral("caseListErrorLabel"));

    auto* newButton = new QPushButton(tr("&New case"));
    newButton->setObjectName(QStringLiteral("newCaseButton"));
    newButton->setToolTip(tr("Record a new case (Ctrl+N)"));
    connect(newButton, &QPushButton::clicked, this, &CaseListView::newCase);

    fillWorkers();
    for (QComboBox* combo : {m_status, m_exploitation, m_risk, m_worker}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListView::applyFilters);
    }
    connect(m_overdue, &QCheckBox::toggled, this, &CaseListView::applyFilters);
    connect(m_archived, &QCheckBox::toggled, this, &CaseListView::applyFilters);

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    // Sized from the first rows only, which keeps it cheap however many are loaded.
    header->setResizeContentsPrecision(CaseListModel::kPageSize);
    header->setSortIndicator(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    connect(m_table, &QTableView::activated, this, &CaseListView::openCurrent);

    m_empty->setObjectName(QStringLiteral("caseListEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_body->addWidget(m_table);
    m_body->addWidget(m_empty);

    connect(m_model, &CaseListModel::totalChanged, this, &CaseListView::updateCount);
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString& message) { showError(m_error, message); });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_exploitation);
    filters->addWidget(m_risk);
    filters->addWidget(m_worker);
    filters->addWidget(m_overdue);
    filters->addWidget(m_archived);
    filters->addStretch();
    filters->addWidget(newButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);

    // Sorting on turns the first page in, in the order of the sort indicator.
    m_table->setSortingEnabled(true);
    setTabOrder(m_status, m_exploitation);
    setTabOrder(m_exploitation, m_risk);
    setTabOrder(m_risk, m_worker);
    setTabOrder(m_worker, m_overdue);
    setTabOrder(m_overdue, m_archived);
    setTabOrder(m_archived, newButton);
    setTabOrder(newButton, m_table);
    setFocusProxy(m_table);
}

void CaseListView::reload() {
    fillWorkers();
    m_model->reload();
}

void CaseListView::fillWorkers() {
    // New names arrive with new cases and with sync; the choice made stays if the name is still there.
    const QString chosen = m_worker->currentData().toString();
    const QSignalBlocker blocker(m_worker);
    m_worker->clear();
    m_worker->addItem(tr("All workers"), QString());
    if (auto workers = m_records.caseWorkers()) {
        for (const QString& worker : *workers)
            m_worker->addItem(worker, worker);
    }
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(chosen)));
}

void CaseListView::newCase() {
    if (auto* open = findChild<NewCaseDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new NewCaseDialog(m_records, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCaseDialog::accepted, this, [this, dialog] {
        reload();
        emit openCase(dialog->createdId());
    });
    // Not modal: a modal dialog would block the lock shortcut, and locking must work at any moment.
    dialog->show();
}

void CaseListView::applyFilters() {
    CaseListQuery query;
    query.status = m_status->currentData().toString();
    query.exploitation = m_exploitation->currentData().toString();
    query.risk = m_risk->currentData().toString();
    query.assignedTo = m_worker->currentData().toString();
    query.overdueOnly = m_overdue->isChecked();
    query.includeArchived = m_archived->isChecked();
    m_model->setQuery(query);
}

void CaseListView::updateCount(int total) {
    showError(m_error, QString());
    m_count->setText(tr("%Ln case(s)", nullptr, total));
    const CaseListQuery& query = m_model->query();
    const bool filtered = !query.status.isEmpty() || !query.exploitation.isEmpty() || !query.risk.isEmpty() ||
                          !query.assignedTo.isEmpty() || query.overdueOnly;
    if (total > 0) {
        m_body->setCurrentWidget(m_table);
    } else {
        m_empty->setText(filtered ? tr("No cases match these filters. Choose \"All\" in the filters to see every case.")
                                  : tr("No cases yet. Press New case (Ctrl+N) to record the first one."));
        m_body->setCurrentWidget(m_empty);
    }
}

void CaseListView::openCurrent() {
    const QString id = m_model->caseId(m_table->currentIndex().row());
    if (!id.isEmpty()) emit openCase(id);
}

}  // namespace fieldcase::ui
