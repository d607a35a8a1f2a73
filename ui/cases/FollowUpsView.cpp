#include "ui/cases/FollowUpsView.h"

#include "ui/models/FollowUpsModel.h"

#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace fieldcase::ui {

namespace {

// The tabs, and the list each shows. The open lists come first, most urgent first.
enum Tab { OverdueTab, TodayTab, ThisWeekTab, LaterTab, DoneTab };
constexpr FollowUpBucket kBuckets[] = {FollowUpBucket::Overdue, FollowUpBucket::Today, FollowUpBucket::ThisWeek,
                                       FollowUpBucket::Later, FollowUpBucket::Done};

int openCount(const FollowUpCounts& counts, int tab) {
    switch (tab) {
        case OverdueTab:
            return counts.overdue;
        case TodayTab:
            return counts.today;
        case ThisWeekTab:
            return counts.thisWeek;
        case LaterTab:
            return counts.later;
        default:
            return 0;
    }
}

}  // namespace

FollowUpsView::FollowUpsView(RecordService& records, std::function<QDate()> today, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_model(new FollowUpsModel(records, std::move(today), this)),
      m_buckets(new QTabBar),
      m_error(makeErrorLabel()),
      m_body(new QStackedWidget),
      m_list(new QTreeView),
      m_empty(new QLabel),
      m_notice(new QLabel),
      m_doneButton(new QPushButton) {
    setObjectName(QStringLiteral("followUpsView"));

    m_buckets->setObjectName(QStringLiteral("followUpsBuckets"));
    m_buckets->setAccessibleName(tr("Which follow-ups to show"));
    m_buckets->setDocumentMode(true);
    m_buckets->setExpanding(false);
    for (int tab = 0; tab < static_cast<int>(std::size(kBuckets)); ++tab)
        m_buckets->addTab(QString());
    m_buckets->setTabToolTip(OverdueTab, tr("Due before today"));
    m_buckets->setTabToolTip(TodayTab, tr("Due today"));
    m_buckets->setTabToolTip(ThisWeekTab, tr("Due in the six days after today"));
    m_buckets->setTabToolTip(LaterTab, tr("Due in a week or later"));
    m_buckets->setTabText(DoneTab, tr("Do&ne"));
    m_buckets->setTabToolTip(DoneTab, tr("Follow-ups marked done; the other lists leave them out"));
    showCounts(FollowUpCounts{});
    connect(m_buckets, &QTabBar::currentChanged, this, &FollowUpsView::chooseBucket);

    m_error->setObjectName(QStringLiteral("followUpsErrorLabel"));

    m_list->setObjectName(QStringLiteral("followUpsList"));
    m_list->setAccessibleName(tr("Follow-ups"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FollowUpsModel::DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FollowUpsModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FollowUpsModel::CaseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FollowUpsModel::AssigneeColumn, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeView::activated, this, &FollowUpsView::openCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &FollowUpsView::updateActions);
    connect(m_model, &FollowUpsModel::loadFailed, this,
            [this](const QString& message) { showError(m_error, message); });
    // A further page brings the counts as they are now.
    connect(m_model, &FollowUpsModel::rowsInserted, this, [this] { showCounts(m_model->counts()); });

    m_empty->setObjectName(QStringLiteral("followUpsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_body->addWidget(m_list);
    m_body->addWidget(m_empty);

    m_notice->setObjectName(QStringLiteral("followUpsNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_doneButton->setObjectName(QStringLiteral("followUpsDoneButton"));
    connect(m_doneButton, &QPushButton::clicked, this, &FollowUpsView::toggleDone);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_notice, 1);
    actions->addWidget(m_doneButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_buckets);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);
    layout->addLayout(actions);

    setTabOrder(m_buckets, m_list);
    setTabOrder(m_list, m_doneButton);
    setFocusProxy(m_list);
    reload();
}

FollowUpBucket FollowUpsView::bucket() const {
    return kBuckets[std::max(0, m_buckets->currentIndex())];
}

void FollowUpsView::reload() {
    // Where the person was, to stay there: the same follow-up, or the one that took its place.
    const FollowUpItem* current = currentItem();
    const QString currentId = current != nullptr ? current->id : QString();
    int currentRow = m_list->currentIndex().row();

    m_model->setBucket(bucket());
    bool loaded = m_model->reload();
    if (loaded && !m_bucketChosen) {
        // Until the person picks a list, show the most urgent one that has something in it.
        int first = TodayTab;  // when nothing is open at all
        for (int tab = OverdueTab; tab < DoneTab; ++tab) {
            if (openCount(m_model->counts(), tab) > 0) {
                first = tab;
                break;
            }
        }
        if (first != m_buckets->currentIndex()) {
            const QSignalBlocker blocker(m_buckets);
            m_buckets->setCurrentIndex(first);
            currentRow = -1;
            m_model->setBucket(bucket());
            loaded = m_model->reload();
        }
    }
    if (!loaded) return;  // the model's loadFailed showed why
    showError(m_error, QString());
    showRows();
    showCounts(m_model->counts());
    showEmptyState(m_model->counts());

    int row = currentId.isEmpty() ? -1 : m_model->rowOf(currentId);
    if (row < 0 && currentRow >= 0) row = std::min(currentRow, m_model->rowCount() - 1);
    if (row >= 0) m_list->setCurrentIndex(m_model->index(row, 0));
    updateActions();
}

void FollowUpsView::showRows() {
    m_body->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_list);
}

void FollowUpsView::showCounts(const FollowUpCounts& counts) {
    m_buckets->setTabText(OverdueTab, tr("&Overdue (%Ln)", nullptr, counts.overdue));
    m_buckets->setTabText(TodayTab, tr("&Today (%Ln)", nullptr, counts.today));
    m_buckets->setTabText(ThisWeekTab, tr("This &week (%Ln)", nullptr, counts.thisWeek));
    m_buckets->setTabText(LaterTab, tr("&Later (%Ln)", nullptr, counts.later));
}

void FollowUpsView::showEmptyState(const FollowUpCounts& counts) {
    QString text;
    switch (bucket()) {
        case FollowUpBucket::Overdue:
            text = tr("Nothing is overdue.");
            break;
        case FollowUpBucket::Today:
            text = tr("Nothing is due today.");
            break;
        case FollowUpBucket::ThisWeek:
            text = tr("Nothing is due this week.");
            break;
        case FollowUpBucket::Later:
            text = tr("Nothing is planned for later.");
            break;
        case FollowUpBucket::Done:
            text = tr("No follow-ups are marked done yet. Mark one done in the other lists when it is dealt with.");
            break;
    }
    const bool nothingOpen = counts.overdue + counts.today + counts.thisWeek + counts.later == 0;
    if (nothingOpen && bucket() != FollowUpBucket::Done) {
        text += QLatin1Char('\n') + tr("Add follow-ups in a case, on its Follow-ups tab; they show up here for the "
                                       "whole team.");
    }
    m_empty->setText(text);
}

void FollowUpsView::chooseBucket(int tab) {
    if (tab < 0) return;
    m_bucketChosen = true;
    m_notice->clear();
    m_list->setCurrentIndex(QModelIndex());
    reload();
}

const FollowUpItem* FollowUpsView::currentItem() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

void FollowUpsView::updateActions() {
    const bool done = bucket() == FollowUpBucket::Done;
    m_doneButton->setText(done ? tr("&Reopen") : tr("&Mark done"));
    m_doneButton->setToolTip(done ? tr("Put the chosen follow-up back in the open lists")
                                  : tr("Mark the chosen follow-up as done"));
    m_doneButton->setEnabled(currentItem() != nullptr);
}

void FollowUpsView::openCurrent() {
    const FollowUpItem* item = currentItem();
    if (item != nullptr) emit openCase(item->caseId);
}

void FollowUpsView::toggleDone() {
    const FollowUpItem* item = currentItem();
    if (item == nullptr) return;
    const bool reopening = bucket() == FollowUpBucket::Done;
    const QString what = item->what;
    const Result<void> changed =
        m_records.update(QStringLiteral("followup"), item->id,
                         {{QStringLiteral("state"), reopening ? QStringLiteral("Open") : QStringLiteral("Done")}});
    if (!changed) {
        showError(m_error, changed.error().message);
        return;
    }
    m_notice->setText(reopening ? tr("Open again: %1").arg(what) : tr("Marked done: %1").arg(what));
    reload();
    m_list->setFocus();
}

}  // namespace fieldcase::ui
