#include "ui/models/FollowUpsModel.h"

#include "ui/widgets/RecordFormat.h"

#include <utility>

namespace fieldcase::ui {

FollowUpsModel::FollowUpsModel(RecordService& records, std::function<QDate()> today, QObject* parent)
    : PagedRowModel<FollowUpItem>(parent), m_records(records), m_today(std::move(today)) {}

Result<FollowUpsModel::Page> FollowUpsModel::readPage(int offset, int limit) {
    FollowUpQuery query;
    query.today = m_today();
    query.bucket = m_bucket;
    query.offset = offset;
    // One more than a page tells whether there is another page.
    query.limit = limit + 1;
    Result<FollowUpPage> page = m_records.followUps(query);
    if (!page) return page.error();
    m_counts = page->counts;
    const bool more = page->rows.size() > limit;
    if (more) page->rows.resize(limit);
    return Page{std::move(page->rows), more};
}

int FollowUpsModel::rowOf(const QString& id) const {
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == id) return row;
    }
    return -1;
}

int FollowUpsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpsModel::data(const QModelIndex& index, int role) const {
    const FollowUpItem* followUp = index.isValid() ? rowAt(index.row()) : nullptr;
    if (followUp == nullptr || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) return {};
    switch (index.column()) {
        case DueColumn:
            return role == Qt::DisplayRole ? formatDate(followUp->dueOn) : QVariant();
        case WhatColumn:
            return followUp->what;
        case CaseColumn:
            return QStringLiteral("%1 — %2").arg(followUp->caseReference, followUp->caseTitle);
        case AssigneeColumn:
            return role == Qt::DisplayRole ? followUp->assignee : QVariant();
        default:
            return {};
    }
}

QVariant FollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case DueColumn:
            return tr("Due");
        case WhatColumn:
            return tr("What to do");
        case CaseColumn:
            return tr("Case");
        case AssigneeColumn:
            return tr("Assigned to");
        default:
            return {};
    }
}

}  // namespace fieldcase::ui
