#pragma once

#include "core/model/Vocabulary.h"

#include <QString>

#include <optional>
#include <vector>

namespace fieldcase::model {

// Every kind of record, with the number it travels as in change logs and bundles. Never renumber.
enum class TableId : int {
    Case = 1,
    Person = 2,
    CasePerson = 3,
    Encounter = 4,
    Note = 5,
    Referral = 6,
    FollowUp = 7,
    Organisation = 8,
    Consent = 9,
    Attachment = 10,
};

enum class FieldType {
    Text,           // one line
    LongText,       // paragraphs
    Lines,          // a list of one-line texts (aliases, phone numbers), stored newline-separated
    Date,           // YYYY-MM-DD
    DateTime,       // YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], stored as UTC YYYY-MM-DDTHH:MM:SSZ
    Integer,        // whole number within [minimum, maximum]
    Boolean,        // 0 or 1
    Choice,         // one key of a vocabulary
    ChoiceSet,      // several keys of a vocabulary, stored sorted and comma-separated
    CountryCodes,   // ISO 3166-1 alpha-2 codes, stored sorted and comma-separated
    LanguageCodes,  // ISO 639-1/-3 codes, stored sorted and comma-separated
    Reference,      // the id of a record in `references`
};

// The type's name where the facade names it (FieldInfo::type, the CLI's JSON): "text", "choice_set"...
QString fieldTypeName(FieldType type);

struct FieldDef {
    int id;             // travels in change logs; never renumber or reuse
    const char* name;   // in SQL, the CLI, JSON and CSV
    const char* label;  // English source text, translated in the "Fields" context
    FieldType type;
    std::optional<VocabularyId> vocabulary = std::nullopt;
    bool required = false;
    int maxLength = 200;  // characters, for text types
    std::optional<TableId> references = std::nullopt;
    bool searchable = false;  // free text that goes into the search index
    bool nameLike = false;    // names: indexed across scripts
    bool owner = false;       // a Reference to the record this one belongs to: purged with it
    bool generated = false;   // set by Fieldcase itself, never by a person (the case reference)
    qint64 minimum = 0;
    qint64 maximum = 0;
};

struct TableDef {
    TableId id;
    const char* name;      // SQL table name
    const char* singular;  // CLI/JSON kind: "case", "person"...
    const char* label;     // English, translated in the "Fields" context
    std::vector<FieldDef> fields;
    bool appendOnly = false;  // rows are never edited or archived (notes)
};

// Attachments are kept inside the vault; larger files are refused before they are read.
inline constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024;

// The field that marks a record archived (reversible). Present in every table that is not append-only.
inline constexpr int kArchivedFieldId = 100;
inline constexpr const char* kArchivedFieldName = "archived";

class Schema {
public:
    static const std::vector<TableDef>& tables();
    static const TableDef& table(TableId id);
    static const TableDef* tableByNumber(int number);
    static const TableDef* tableBySingular(const QString& singular);
    static const FieldDef* field(const TableDef& table, const QString& name);
    static const FieldDef* fieldById(const TableDef& table, int id);
    // The (table, owner field) pairs whose rows must go when a row of `table` is purged.
    static std::vector<std::pair<const TableDef*, const FieldDef*>> dependents(TableId table);
};

}  // namespace fieldcase::model
