#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::search {
class SearchIndex;
}

namespace fieldcase::query {

// People who are probably the same as person: a name matching in any script (through the index's name keys) and a
// matching birth date or age, or the same phone number. Most likely first; today is the day ages count from.
Result<QList<DuplicateCandidate>> possibleDuplicates(db::Connection& connection, search::SearchIndex& index,
                                                     const RecordData& person, const QDate& today);

// The same for many people against one state of the vault (an import): the vault's phone numbers are read once,
// and people already read are kept, so that asking for thousands costs what asking for one does, times thousands
// of index look-ups. A person asked about need not be stored (an empty id).
class DuplicateFinder {
public:
    DuplicateFinder(db::Connection& connection, search::SearchIndex& index, const QDate& today);

    Result<QList<DuplicateCandidate>> find(const RecordData& person);

private:
    Result<void> readPhones();
    Result<const RecordData*> person(const QByteArray& id);

    db::Connection& m_connection;
    search::SearchIndex& m_index;
    QDate m_today;
    std::optional<QHash<QString, QList<QByteArray>>> m_peopleByPhone;  // last ten digits → people
    QHash<QByteArray, std::optional<RecordData>> m_people;             // read so far; none: archived or gone
};

}  // namespace fieldcase::query
