#include "core/query/Anonymisation.h"

#include <QHash>

#include <algorithm>

namespace fieldcase::query {

namespace {

// The combination of a row's values, as one hashable string (the separator cannot occur in a value).
QString combination(const std::vector<QString>& values) {
    QString key;
    for (const QString& value : values) {
        key += value;
        key += QChar(0x1f);
    }
    return key;
}

QHash<QString, int> groupSizes(const std::vector<std::vector<QString>>& rows) {
    QHash<QString, int> sizes;
    for (const auto& row : rows)
        sizes[combination(row)] += 1;
    return sizes;
}

}  // namespace

int smallestGroup(const std::vector<std::vector<QString>>& rows) {
    const QHash<QString, int> sizes = groupSizes(rows);
    int smallest = 0;
    for (const int size : sizes) {
        if (smallest == 0 || size < smallest) smallest = size;
    }
    return smallest;
}

namespace {

// Rows numbered by the combination of their values over some columns: group[i] in [0, count).
struct Grouping {
    std::vector<int> group;
    int count = 0;
};

// The grouping by one more column whose values are codes in [0, codeCount): rows counting-sorted by code, then
// stably by group, and numbered where (group, code) changes. Linear in the rows; no hashing.
void refine(const Grouping& by, const std::vector<int>& codes, int codeCount, Grouping& out, std::vector<int>& order,
            std::vector<int>& scratch, std::vector<int>& counts) {
    const std::size_t rows = by.group.size();
    const auto sortBy = [&](const std::vector<int>& key, int keys, const std::vector<int>& in,
                            std::vector<int>& sorted) {
        counts.assign(static_cast<std::size_t>(keys) + 1, 0);
        for (const int row : in)
            counts[static_cast<std::size_t>(key[static_cast<std::size_t>(row)]) + 1] += 1;
        for (std::size_t i = 1; i < counts.size(); ++i)
            counts[i] += counts[i - 1];
        for (const int row : in)
            sorted[static_cast<std::size_t>(counts[static_cast<std::size_t>(key[static_cast<std::size_t>(row)])]++)] =
                row;
    };
    order.resize(rows);
    scratch.resize(rows);
    for (std::size_t i = 0; i < rows; ++i)
        scratch[i] = static_cast<int>(i);
    sortBy(codes, codeCount, scratch, order);
    sortBy(by.group, by.count, order, scratch);
    out.group.resize(rows);
    out.count = 0;
    int lastGroup = -1;
    int lastCode = -1;
    for (const int row : scratch) {
        const auto r = static_cast<std::size_t>(row);
        if (by.group[r] != lastGroup || codes[r] != lastCode) {
            ++out.count;
            lastGroup = by.group[r];
            lastCode = codes[r];
        }
        out.group[r] = out.count - 1;
    }
}

}  // namespace

Anonymised anonymise(const std::vector<std::vector<QString>>& rows, const std::vector<QuasiIdentifier>& columns, int k,
                     double maxSuppressedShare) {
    const std::size_t rowCount = rows.size();
    const std::size_t columnCount = columns.size();
    // Every value of every column at every level as a small number per row.
    std::vector<std::vector<std::vector<int>>> codes(columnCount);
    std::vector<std::vector<int>> codeCounts(columnCount);
    for (std::size_t column = 0; column < columnCount; ++column) {
        for (const auto& generalise : columns[column].levels) {
            QHash<QString, int> numbers;
            std::vector<int> coded;
            coded.reserve(rowCount);
            for (const auto& row : rows) {
                const QString value = generalise(row[column]);
                auto number = numbers.constFind(value);
                if (number == numbers.constEnd()) number = numbers.insert(value, static_cast<int>(numbers.size()));
                coded.push_back(*number);
            }
            codes[column].push_back(std::move(coded));
            codeCounts[column].push_back(static_cast<int>(numbers.size()));
        }
    }

    // Every node of the lattice (a level per column), walked depth first so that the grouping by the first j
    // columns is computed once for all the nodes that share their levels. The loss of a node is the sum over
    // columns of the weight times the share of the column's levels climbed; the best node is the one of least
    // loss whose rows in combinations rarer than k are within the budget, and of those the one that leaves the
    // fewest rows out. (The all-withheld node puts every row in one combination, so with at least k rows some
    // node always qualifies.)
    const auto budget = static_cast<qsizetype>(maxSuppressedShare * static_cast<double>(rowCount));
    std::vector<Grouping> prefix(columnCount + 1);
    prefix[0].group.assign(rowCount, 0);
    prefix[0].count = rowCount > 0 ? 1 : 0;
    std::vector<int> order;
    std::vector<int> scratch;
    std::vector<int> counts;
    std::vector<int> sizes;
    std::vector<int> levels(columnCount, 0);
    std::vector<int> best;
    double bestLoss = 0;
    qsizetype bestSmall = 0;
    const auto visit = [&](const auto& self, std::size_t column, double loss) -> void {
        if (!best.empty() && loss > bestLoss) return;  // losses only grow deeper down
        if (column == columnCount) {
            const Grouping& grouping = prefix[columnCount];
            sizes.assign(static_cast<std::size_t>(grouping.count), 0);
            for (const int id : grouping.group)
                sizes[static_cast<std::size_t>(id)] += 1;
            qsizetype small = 0;
            for (const int size : sizes)
                small += size < k ? size : 0;
            if (small > budget) return;
            if (best.empty() || loss < bestLoss || small < bestSmall) {
                best = levels;
                bestLoss = loss;
                bestSmall = small;
            }
            return;
        }
        const auto steps = static_cast<int>(columns[column].levels.size()) - 1;
        for (int level = 0; level <= steps; ++level) {
            levels[column] = level;
            refine(prefix[column], codes[column][static_cast<std::size_t>(level)],
                   codeCounts[column][static_cast<std::size_t>(level)], prefix[column + 1], order, scratch, counts);
            self(self, column + 1, loss + columns[column].weight * level / static_cast<double>(std::max(1, steps)));
        }
    };
    visit(visit, 0, 0.0);
    if (best.empty()) {  // fewer than k rows: every column withheld, every row left out
        for (std::size_t column = 0; column < columnCount; ++column)
            best.push_back(static_cast<int>(columns[column].levels.size()) - 1);
    }

    // The chosen node once more, for each row's combination size.
    for (std::size_t column = 0; column < columnCount; ++column) {
        const auto level = static_cast<std::size_t>(best[column]);
        refine(prefix[column], codes[column][level], codeCounts[column][level], prefix[column + 1], order, scratch,
               counts);
    }
    const Grouping& chosen = prefix[columnCount];
    sizes.assign(static_cast<std::size_t>(chosen.count), 0);
    for (const int id : chosen.group)
        sizes[static_cast<std::size_t>(id)] += 1;

    Anonymised result;
    result.levels = best;
    for (std::size_t i = 0; i < rowCount; ++i) {
        const bool keep = rowCount > 0 && sizes[static_cast<std::size_t>(chosen.group[i])] >= k;
        result.released.push_back(keep);
        if (!keep) {
            ++result.suppressedRows;
            continue;
        }
        std::vector<QString> released;
        for (std::size_t column = 0; column < columnCount; ++column)
            released.push_back(
                columns[column].levels[static_cast<std::size_t>(result.levels[column])](rows[i][column]));
        result.rows.push_back(std::move(released));
    }
    return result;
}

}  // namespace fieldcase::query
