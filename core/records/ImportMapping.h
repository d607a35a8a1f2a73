#pragma once

#include "core/api/Import.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace fieldcase::model {
struct FieldDef;
struct TableDef;
}  // namespace fieldcase::model

namespace fieldcase::records {

// What a column can become (ImportTarget in the facade): a field of a kind, or one of the import's own.
struct ImportField {
    enum class Special { None, Group, FullName };
    QString name;                            // "person.birth_date"
    const model::TableDef* table = nullptr;  // case, person, case_person, note
    const model::FieldDef* field = nullptr;  // null for Group and FullName
    Special special = Special::None;
};

// Every target, in the order a person reads them: the case, the person, the person's part in the case, a note.
const std::vector<ImportField>& importFields();
const ImportField* importField(const QString& name);
// The same for the facade, labels in the interface language.
QList<ImportTarget> describeImportTargets();

// A text as the import compares it: lower case, ё as е, every run of what is not a letter, a digit or № one space,
// trimmed ("Д.Р." and "д р" compare equal).
QString comparable(const QString& text);

// The target a column's header most likely names: what the vault's last import used for the same header (given as
// `remembered`, comparable header → target), else a usual name of it in Russian or English, else a field's label in
// English, the interface language or Russian. Empty when nothing matches.
QString suggestTarget(const QString& header, const QHash<QString, QString>& remembered);

// Turns the texts of choice and country columns into keys: the mapping's own entries first, then keys, labels in
// English, the interface language and Russian, and the usual other names ("ж" → Feminine).
class ValueMatcher {
public:
    // mapped: per target, comparable text → key ("" leaves the value out).
    explicit ValueMatcher(QHash<QString, QHash<QString, QString>> mapped);

    // The key that text stands for in field's vocabulary (or the country code), "" when the mapping leaves it out;
    // none when nothing is known of it.
    std::optional<QString> key(const ImportField& target, const QString& text) const;

private:
    const QHash<QString, QString>& known(const ImportField& target) const;

    QHash<QString, QHash<QString, QString>> m_mapped;
    mutable QHash<QString, QHash<QString, QString>> m_known;  // vocabulary name → comparable text → key
};

}  // namespace fieldcase::records
