#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace fieldcase::query {

// k-anonymity by global generalisation and row suppression (docs/reports.md): the method, not the data.

// A released attribute that, combined with others, could single a person out, and the ways to coarsen it: level 0
// is the value as recorded, each next level coarser, the last one "*" (the attribute withheld).
struct QuasiIdentifier {
    QString column;     // as the file names it
    double weight = 1;  // how much its detail is worth to the people reading the statistics, against the others
    std::vector<QString> levelKeys;                              // what each level is, for scripts
    std::vector<QString> levelNames;                             // the same for people, translated
    std::vector<std::function<QString(const QString&)>> levels;  // level 0 is the identity
};

// What the anonymisation decided.
struct Anonymised {
    std::vector<int> levels;                 // per quasi-identifier, the level released
    std::vector<bool> released;              // per row: false when the row was suppressed
    std::vector<std::vector<QString>> rows;  // the released rows, generalised, in their order
    int suppressedRows = 0;
};

// The value written for an attribute withheld.
inline const QString kWithheld = QStringLiteral("*");

// Finds the levels that lose the least detail (the sum over columns of weight times the share of the column's levels
// climbed) at which the rows in combinations seen fewer than k times are at most maxSuppressedShare of all rows,
// trying every combination of levels, depth first with the grouping of the first columns shared (an optimal
// full-domain generalisation, as Incognito and OLA find it); those
// rows are then left out. With fewer than k rows, nothing is released. Every combination of the released rows
// occurs at least k times. rows[i][j] is row i's value of columns[j].
Anonymised anonymise(const std::vector<std::vector<QString>>& rows, const std::vector<QuasiIdentifier>& columns, int k,
                     double maxSuppressedShare);

// The smallest number of times any combination of the columns occurs among the rows (0 for no rows): the data's k.
int smallestGroup(const std::vector<std::vector<QString>>& rows);

}  // namespace fieldcase::query
