#include "ui/models/CaseListModel.h"

#include "ui/widgets/RecordFormat.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace fieldcase::ui {

namespace {

// The core's sort field for each column, in Column order.
const char* const kSortFields[] = {"reference", "title", "status", "risk", "updated_at"};

}  // namespace

CaseListModel::CaseListModel(RecordService& records, QObject* parent)
    : PagedRowModel<CaseSummary>(parent),
      m_records(records),
      m_statuses(records.vocabulary(QStringLiteral("case_status"))),
      m_risks(records.vocabulary(QStringLiteral("risk_level"))) {
    m_query.limit = kPageSize;
    connect(this, &PagedTableModel::reloaded, this, [this] { emit totalChanged(m_total); });
}

void CaseListModel::setQuery(const CaseListQuery& query) {
    const QString sortField = m_query.sortField;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sortField = sortField;
    m_query.descending = descending;
    reload();
}

Result<CaseListModel::Page> CaseListModel::readPage(int offset, int limit) {
    if (offset == 0) m_total = 0;
    CaseListQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    Result<CaseListPage> page = m_records.listCases(query);
    if (!page) return page.error();
    m_total = page->total;
    const bool more = offset + page->rows.size() < m_total;
    return Page{std::move(page->rows), more};
}

QString CaseListModel::caseId(int row) const {
    const CaseSummary* summary = rowAt(row);
    return summary != nullptr ? summary->id : QString();
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    const CaseSummary* summary = index.isValid() ? rowAt(index.row()) : nullptr;
    if (summary == nullptr) return {};
    const CaseSummary& row = *summary;
    if (role == IdRole) return row.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case ReferenceColumn:
                return row.reference;
            case TitleColumn:
                return row.archived ? tr("%1 (archived)").arg(row.title) : row.title;
            case StatusColumn:
                return vocabularyLabel(m_statuses, row.status);
            case RiskColumn:
                return vocabularyLabel(m_risks, row.risk);
            case UpdatedColumn:
                return formatTimestamp(row.updatedAt);
            default:
                return {};
        }
    }
    // Archived cases in the theme's own muted text colour, which works in light and dark themes alike.
    if (role == Qt::ForegroundRole && row.archived) {
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case ReferenceColumn:
            return tr("Reference");
        case TitleColumn:
            return tr("Title");
        case StatusColumn:
            return tr("Status");
        case RiskColumn:
            return tr("Risk");
        case UpdatedColumn:
            return tr("Updated");
        default:
            return {};
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) return;
    m_query.sortField = QString::fromLatin1(kSortFields[column]);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

}  // namespace fieldcase::ui
