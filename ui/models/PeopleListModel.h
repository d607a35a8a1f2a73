#pragma once

#include "core/api/RecordService.h"
#include "ui/models/PagedTableModel.h"

namespace fieldcase::ui {

// The people of the vault by name, a page at a time as the view scrolls.
class PeopleListModel : public PagedRowModel<RecordData> {
    Q_OBJECT

public:
    // The person's id of a row.
    static constexpr int IdRole = Qt::UserRole + 1;

    // records must outlive the model.
    explicit PeopleListModel(RecordService& records, QObject* parent = nullptr);

    // The row of the person among those loaded; -1 when not loaded.
    int rowOf(const QString& id) const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Result<Page> readPage(int offset, int limit) override;

    RecordService& m_records;
};

}  // namespace fieldcase::ui
