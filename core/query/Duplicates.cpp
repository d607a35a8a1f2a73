#include "core/query/Duplicates.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/query/RecordRows.h"
#include "core/query/Records.h"
#include "core/search/SearchIndex.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace fieldcase::query {

using model::Schema;
using model::TableId;

namespace {

QStringList nameWords(const RecordData& person) {
    QStringList words;
    for (const char* field : {"given_name", "family_name", "patronymic", "aliases", "other_script_names"}) {
        const QVariant value = person.fields.value(QLatin1String(field));
        const QString text =
            value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(' ')) : value.toString();
        words << text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    }
    return words;
}

// The last ten digits of each phone number: +7 916 123-45-67 and 8 (916) 1234567 compare equal.
QSet<QString> phoneKeys(const RecordData& person) {
    QSet<QString> keys;
    for (const QString& phone : person.fields.value(QStringLiteral("phones")).toStringList()) {
        QString digits;
        for (const QChar c : phone) {
            if (c.isDigit()) digits += c;
        }
        if (digits.size() >= 7) keys.insert(digits.right(10));
    }
    return keys;
}

// Age in years at today's date, from a birth date or the estimate; -1 when unknown.
int ageOf(const RecordData& person, const QDate& today) {
    const QDate birth = QDate::fromString(person.fields.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    if (birth.isValid()) return today.year() - birth.year() - (today.dayOfYear() < birth.dayOfYear() ? 1 : 0);
    return person.fields.contains(QStringLiteral("estimated_age"))
               ? static_cast<int>(person.fields.value(QStringLiteral("estimated_age")).toLongLong())
               : -1;
}

}  // namespace

Result<QList<DuplicateCandidate>> possibleDuplicates(db::Connection& connection, search::SearchIndex& index,
                                                     const RecordData& person, const QDate& today) {
    DuplicateFinder finder(connection, index, today);
    return finder.find(person);
}

DuplicateFinder::DuplicateFinder(db::Connection& connection, search::SearchIndex& index, const QDate& today)
    : m_connection(connection), m_index(index), m_today(today) {}

Result<void> DuplicateFinder::readPhones() {
    m_peopleByPhone.emplace();
    auto byPhone = m_connection.prepare("SELECT id, phones FROM persons WHERE archived = 0 AND phones IS NOT NULL");
    if (!byPhone) return byPhone.error();
    for (;;) {
        auto row = byPhone->step();
        if (!row) return row.error();
        if (!*row) break;
        RecordData numbers;
        numbers.fields.insert(QStringLiteral("phones"), byPhone->columnText(1).split(QLatin1Char('\n')));
        const QByteArray id = byPhone->columnBlob(0);
        for (const QString& key : phoneKeys(numbers))
            (*m_peopleByPhone)[key] << id;
    }
    return {};
}

DuplicateFinder::Known DuplicateFinder::describe(const RecordData& person) const {
    Known known;
    known.id = person.id;
    known.name = personName(person);
    for (const QString& word : nameWords(person)) {
        const QString key = m_index.analyzer().nameKey(word);
        if (!key.isEmpty()) known.nameKeys.insert(key);
    }
    known.phones = phoneKeys(person);
    known.birthDate = person.fields.value(QStringLiteral("birth_date")).toString();
    known.age = ageOf(person, m_today);
    return known;
}

Result<const DuplicateFinder::Known*> DuplicateFinder::person(const QByteArray& id) {
    auto found = m_people.find(id);
    if (found == m_people.end()) {
        auto other = record(m_connection, Schema::table(TableId::Person), hexOf(id));
        if (!other && other.error().code != ErrorCode::NotFound) return other.error();
        std::optional<Known> kept;
        if (other && !other->archived) kept = describe(*other);
        found = m_people.insert(id, std::move(kept));
    }
    return found->has_value() ? &**found : nullptr;
}

Result<QList<DuplicateCandidate>> DuplicateFinder::find(const RecordData& person) {
    const auto& analyzer = m_index.analyzer();
    const QString given = analyzer.nameKey(person.fields.value(QStringLiteral("given_name")).toString());
    const QString family = analyzer.nameKey(person.fields.value(QStringLiteral("family_name")).toString());
    const Known asked = describe(person);

    // Candidates: people sharing the family name's key (through the index), or any phone number.
    QSet<QByteArray> candidates;
    if (!family.isEmpty()) {
        auto named = m_peopleNamed.constFind(family);
        if (named == m_peopleNamed.constEnd()) {
            auto byName = m_index.recordsNamed(Schema::table(TableId::Person), family, 500);
            if (!byName) return byName.error();
            named = m_peopleNamed.insert(family, *byName);
        }
        for (const QByteArray& id : *named)
            candidates.insert(id);
    }
    if (!asked.phones.isEmpty()) {
        if (!m_peopleByPhone) FC_TRY(readPhones());
        for (const QString& phone : asked.phones) {
            for (const QByteArray& id : m_peopleByPhone->value(phone))
                candidates.insert(id);
        }
    }
    candidates.remove(QByteArray::fromHex(person.id.toLatin1()));

    QList<DuplicateCandidate> result;
    for (const QByteArray& candidateId : candidates) {
        auto found = this->person(candidateId);
        if (!found) return found.error();
        if (*found == nullptr) continue;
        const Known& other = **found;
        DuplicateCandidate candidate;
        candidate.id = other.id;
        candidate.name = other.name;
        const bool nameMatches =
            !family.isEmpty() && other.nameKeys.contains(family) && (given.isEmpty() || other.nameKeys.contains(given));
        const bool phoneMatches = asked.phones.intersects(other.phones);
        const bool birthMatches = !asked.birthDate.isEmpty() && asked.birthDate == other.birthDate;
        const bool ageMatches =
            !birthMatches && asked.age >= 0 && other.age >= 0 && std::abs(asked.age - other.age) <= 2;
        const bool ageConflicts = asked.age >= 0 && other.age >= 0 && std::abs(asked.age - other.age) > 2;
        if (nameMatches) {
            candidate.reasons << QStringLiteral("name");
            candidate.score += 2;
        }
        if (birthMatches) {
            candidate.reasons << QStringLiteral("birth_date");
            candidate.score += 2;
        }
        if (ageMatches) {
            candidate.reasons << QStringLiteral("age");
            candidate.score += 1;
        }
        if (phoneMatches) {
            candidate.reasons << QStringLiteral("phone");
            candidate.score += 3;
        }
        const bool likely = phoneMatches || (nameMatches && !ageConflicts);
        if (likely) result << candidate;
    }
    std::sort(result.begin(), result.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    return result;
}

}  // namespace fieldcase::query
