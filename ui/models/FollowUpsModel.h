#pragma once

#include "core/api/RecordService.h"
#include "ui/models/PagedTableModel.h"

#include <QDate>

#include <functional>

namespace fieldcase::ui {

// The team's follow-ups of one bucket (overdue, today...), a page at a time as the view scrolls, with the open
// counts of every bucket as the latest page gave them.
class FollowUpsModel : public PagedRowModel<FollowUpItem> {
    Q_OBJECT

public:
    enum Column { DueColumn, WhatColumn, CaseColumn, AssigneeColumn, ColumnCount };

    // records must outlive the model; today says which day the buckets count from.
    FollowUpsModel(RecordService& records, std::function<QDate()> today, QObject* parent = nullptr);

    // Takes effect at the next reload().
    void setBucket(FollowUpBucket bucket) { m_bucket = bucket; }
    FollowUpBucket bucket() const { return m_bucket; }
    const FollowUpCounts& counts() const { return m_counts; }
    // The row of the follow-up among those loaded; -1 when not loaded.
    int rowOf(const QString& id) const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Result<Page> readPage(int offset, int limit) override;

    RecordService& m_records;
    const std::function<QDate()> m_today;
    FollowUpBucket m_bucket = FollowUpBucket::Today;
    FollowUpCounts m_counts;
};

}  // namespace fieldcase::ui
