#include "ui/models/PagedTableModel.h"

namespace fieldcase::ui {

bool PagedTableModel::reload() {
    beginResetModel();
    clearRows();
    Result<Fetched> first = fetchPage(0, kPageSize);
    if (first) keepFetched();
    m_more = first && first->more;
    endResetModel();
    if (!first) emit loadFailed(first.error().message);
    emit reloaded();
    return first.ok();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_more;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    const int first = loadedRows();
    Result<Fetched> page = fetchPage(first, kPageSize);
    if (!page) {
        // Stop asking: the view would otherwise retry on every scroll.
        m_more = false;
        emit loadFailed(page.error().message);
        return;
    }
    // Rows that went away since the count was taken end the list.
    m_more = page->more && page->rows > 0;
    if (page->rows == 0) return;
    beginInsertRows(QModelIndex(), first, first + page->rows - 1);
    keepFetched();
    endInsertRows();
}

}  // namespace fieldcase::ui
