#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fieldcase {

// What a column of a spreadsheet can become (docs/import.md): "case.title", "person.birth_date"... a field of a
// case, a person, the person's part in the case ("case_person.role") or a note on the case ("note.text"), and two
// of the import's own: "case.group" (rows with the same value are one case; the value is kept as a tag of it) and
// "person.full_name" (family name, given name and patronymic in one cell, as Russian files write ФИО).
struct ImportTarget {
    QString name;        // "person.birth_date"
    QString label;       // "Person: Date of birth", in the interface language
    QString type;        // as FieldInfo::type, or "group" and "full_name"
    QString vocabulary;  // for choices: the vocabulary whose keys the values become; "country" for countries
};

// How a file's columns and values become records. A column is named by its header as the file spells it (a column
// without one by its letter, "C"); several columns may go to one target (two phone columns into "person.phones").
struct ImportMapping {
    QString sheet;                   // empty: the first sheet
    int headerRow = 0;               // as the spreadsheet program numbers rows, from 1; 0: the suggested one
    QMap<QString, QString> columns;  // header → target name; a column not named, or named "", is left out
    // Per target, a text as the file writes it → the vocabulary key (or country code) it stands for; "" leaves the
    // value out. Texts are compared without case and stray spaces. Labels in Russian and English, keys and the
    // vocabulary's usual other names are known without being listed.
    QMap<QString, QMap<QString, QString>> values;
};

struct ImportRequest {
    QString path;
    // The mapping to use; when it names no column, the suggested one (what the last import of this vault used for
    // the same headers, else the targets' names in Russian and English) with the sheet and header row it gives.
    ImportMapping mapping;
    bool dryRun = true;  // read and check everything, write nothing
    // Imports a sheet this vault has imported before (the same cells) all the same; without it such an import is
    // refused, because its cases would be made twice.
    bool again = false;
};

// A row that is not imported, and why, in the interface language. Rows count as the spreadsheet program shows them.
struct ImportRejection {
    int row = 0;
    QString reason;
};

// A text of a choice column that matches no key: the row is rejected until it is mapped (or mapped to "").
struct ImportUnknownValue {
    QString target;
    QString text;
    int rows = 0;  // how many rows hold it
    int firstRow = 0;
};

// A person of the file who is probably someone the vault holds already.
struct ImportDuplicate {
    int row = 0;
    QString name;        // as the file has it
    QString existingId;  // the person in the vault
    QString existingName;
    QStringList reasons;  // as DuplicateCandidate: "name", "birth_date", "age", "phone"
    // "linked": the same name with the same birth date or phone: the row's case is linked to the person the vault
    // holds and no new person is made; "created": a likelier guess only (a name and an age): a new person is made,
    // to be merged by hand after a look.
    QString action;
};

struct ImportReport {
    QStringList sheets;          // every sheet of the file, in its order
    QString sheet;               // the one read
    int headerRow = 0;           // from 1
    QStringList headers;         // the columns' names, as mapping.columns names them
    QList<QStringList> sample;   // the first data rows, for a preview
    ImportMapping mapping;       // what was used
    int rows = 0;                // data rows below the header that are not blank
    QMap<QString, int> created;  // kind → records made (or that would be, in a dry run): "case", "person"...
    QList<ImportRejection> rejected;
    QList<ImportUnknownValue> unknownValues;
    QList<ImportDuplicate> duplicates;
    bool written = false;  // false for a dry run
    // When this vault last imported the same sheet (the same cells from the header row down), ISO 8601 in UTC;
    // empty when never.
    QString importedBefore;
};

}  // namespace fieldcase
