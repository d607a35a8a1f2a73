#include "ui/models/PeopleListModel.h"

#include "ui/widgets/RecordFormat.h"

namespace fieldcase::ui {

PeopleListModel::PeopleListModel(RecordService& records, QObject* parent)
    : PagedRowModel<RecordData>(parent), m_records(records) {}

Result<PeopleListModel::Page> PeopleListModel::readPage(int offset, int limit) {
    // One more than a page tells whether there is another page.
    Result<QList<RecordData>> people = m_records.list(QStringLiteral("person"), offset, limit + 1);
    if (!people) return people.error();
    const bool more = people->size() > limit;
    if (more) people->resize(limit);
    return Page{std::move(*people), more};
}

int PeopleListModel::rowOf(const QString& id) const {
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == id) return row;
    }
    return -1;
}

int PeopleListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 1;
}

QVariant PeopleListModel::data(const QModelIndex& index, int role) const {
    const RecordData* person = index.isValid() ? rowAt(index.row()) : nullptr;
    if (person == nullptr) return {};
    if (role == IdRole) return person->id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const QString name = personName(person->fields);
        return name.isEmpty() ? tr("(no name)") : name;
    }
    return {};
}

}  // namespace fieldcase::ui
