#pragma once

#include "core/api/RecordService.h"

#include "ui/models/PagedTableModel.h"

#include <QList>

namespace fieldcase::ui {

// The cases matching a query, a page at a time as the view scrolls. Sorting and filtering happen in the core:
// sort() and setQuery() start over from the first page.
class CaseListModel : public PagedRowModel<CaseSummary> {
    Q_OBJECT

public:
    enum Column { ReferenceColumn, TitleColumn, StatusColumn, RiskColumn, UpdatedColumn, ColumnCount };
    // The case id of a row, for opening it.
    static constexpr int IdRole = Qt::UserRole + 1;

    // records must outlive the model.
    explicit CaseListModel(RecordService& records, QObject* parent = nullptr);

    // Replaces the filters (the sort order is kept) and reloads from the first page.
    void setQuery(const CaseListQuery& query);
    const CaseListQuery& query() const { return m_query; }
    // Matching cases in the vault, loaded or not.
    int total() const { return m_total; }
    QString caseId(int row) const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The total changed (a reload or a new query).
    void totalChanged(int total);

private:
    Result<Page> readPage(int offset, int limit) override;

    RecordService& m_records;
    CaseListQuery m_query;
    int m_total = 0;
    QList<VocabularyItem> m_statuses;
    QList<VocabularyItem> m_risks;
};

}  // namespace fieldcase::ui
