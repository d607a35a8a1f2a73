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
    : QAbstractTableModel(parent),
      m_records(records),
      m_statuses(records.vocabulary(QStringLiteral("case_status"))),
      m_risks(records.vocabulary(QStringLiteral("risk_level"))) {
    m_query.limit = kPageSize;
}

void CaseListModel::setQuery(const CaseListQuery& query) {
    const QString sortField = m_query.sortField;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sortField = sortField;
    m_query.descending = descending;
    reload();
}

void CaseListModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    CaseListQuery first = m_query;
    first.offset = 0;
    first.limit = kPageSize;
    Result<CaseListPage> page = m_records.listCases(first);
    if (page) {
        m_rows = std::move(page->rows);
        m_total = page->total;
    }
    endResetModel();
    if (!page) emit loadFailed(page.error().message);
    emit totalChanged(m_total);
}

QString CaseListModel::caseId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const CaseSummary& row = m_rows.at(index.row());
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

bool CaseListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    CaseListQuery next = m_query;
    next.offset = static_cast<int>(m_rows.size());
    next.limit = kPageSize;
    Result<CaseListPage> page = m_records.listCases(next);
    if (!page) {
        // Stop asking: the view would otherwise retry on every scroll.
        m_total = static_cast<int>(m_rows.size());
        emit loadFailed(page.error().message);
        return;
    }
    if (page->rows.isEmpty()) {
        // Cases went away since the count was taken.
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) return;
    m_query.sortField = QString::fromLatin1(kSortFields[column]);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

}  // namespace fieldcase::ui
