#pragma once

#include "core/base/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace fieldcase::ui {

// A long list read from the core a page at a time as its view scrolls (canFetchMore / fetchMore): a vault of
// 100 000 records never loads more than what was looked at. The one place paging is written; subclasses say how
// to read a page (PagedRowModel below) and how to show a row.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    // Reads the first page again (after a change, or a new query); false when the core refused it (loadFailed says
    // why).
    bool reload();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // The core refused a page; message is one line for a person. No further page is asked for until reload().
    void loadFailed(const QString& message);
    // The first page was read again (or could not be).
    void reloaded();

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // Reads up to `limit` rows from `offset` and holds them until keepFetched(); returns how many, and whether
    // more follow.
    struct Fetched {
        int rows = 0;
        bool more = false;
    };
    virtual Result<Fetched> fetchPage(int offset, int limit) = 0;
    virtual void keepFetched() = 0;  // appends the rows fetchPage() holds
    virtual void clearRows() = 0;
    virtual int loadedRows() const = 0;

private:
    bool m_more = false;
};

// A PagedTableModel over rows of one type: subclasses read a page with readPage() and show rowAt().
template <typename Row>
class PagedRowModel : public PagedTableModel {
public:
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<Row>& rows() const { return m_rows; }

protected:
    using PagedTableModel::PagedTableModel;

    struct Page {
        QList<Row> rows;
        bool more = false;  // rows beyond these exist
    };
    virtual Result<Page> readPage(int offset, int limit) = 0;

private:
    Result<Fetched> fetchPage(int offset, int limit) final {
        Result<Page> page = readPage(offset, limit);
        if (!page) return page.error();
        m_fetched = std::move(page->rows);
        return Fetched{static_cast<int>(m_fetched.size()), page->more};
    }
    void keepFetched() final {
        m_rows.append(std::move(m_fetched));
        m_fetched.clear();
    }
    void clearRows() final { m_rows.clear(); }
    int loadedRows() const final { return static_cast<int>(m_rows.size()); }

    QList<Row> m_rows;
    QList<Row> m_fetched;
};

}  // namespace fieldcase::ui
