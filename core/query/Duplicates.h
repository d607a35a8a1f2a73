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
// and the people of a family name and the people already read are kept, so that asking for thousands costs little
// more than asking once per family name. A person asked about need not be stored (an empty id).
class DuplicateFinder {
public:
    DuplicateFinder(db::Connection& connection, search::SearchIndex& index, const QDate& today);

    Result<QList<DuplicateCandidate>> find(const RecordData& person);

private:
    // What the comparison needs of a person, worked out once (name keys cost a transliteration each).
    struct Known {
        QString id;
        QString name;
        QSet<QString> nameKeys;
        QSet<QString> phones;
        QString birthDate;
        int age = -1;
    };

    Known describe(const RecordData& person) const;
    Result<void> readPhones();
    Result<const Known*> person(const QByteArray& id);

    db::Connection& m_connection;
    search::SearchIndex& m_index;
    QDate m_today;
    std::optional<QHash<QString, QList<QByteArray>>> m_peopleByPhone;  // last ten digits → people
    QHash<QByteArray, std::optional<Known>> m_people;                  // read so far; none: archived or gone
    QHash<QString, QList<QByteArray>> m_peopleNamed;                   // family name key → people, asked so far
};

}  // namespace fieldcase::query
