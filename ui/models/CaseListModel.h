#pragma once

#include "core/api/RecordService.h"

#include <QAbstractTableModel>
#include <QList>

namespace fieldcase::ui {

// The cases matching a query, fetched from the core a page at a time as the view scrolls (canFetchMore /
// fetchMore), so a vault of 100 000 cases never loads more than what was looked at. Sorting and filtering
// happen in the core: sort() and setQuery() start over from the first page.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ReferenceColumn, TitleColumn, StatusColumn, RiskColumn, UpdatedColumn, ColumnCount };
    static constexpr int kPageSize = 100;
    // The case id of a row, for opening it.
    static constexpr int IdRole = Qt::UserRole + 1;

    // records must outlive the model.
    explicit CaseListModel(RecordService& records, QObject* parent = nullptr);

    // Replaces the filters (the sort order is kept) and reloads from the first page.
    void setQuery(const CaseListQuery& query);
    const CaseListQuery& query() const { return m_query; }
    // Reloads from the first page, after a change to the cases.
    void reload();
    // Matching cases in the vault, loaded or not.
    int total() const { return m_total; }
    QString caseId(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The total changed (a reload or a new query).
    void totalChanged(int total);
    // The core refused a page; message is one line for a person.
    void loadFailed(const QString& message);

private:
    RecordService& m_records;
    CaseListQuery m_query;
    QList<CaseSummary> m_rows;
    int m_total = 0;
    QList<VocabularyItem> m_statuses;
    QList<VocabularyItem> m_risks;
};

}  // namespace fieldcase::ui
