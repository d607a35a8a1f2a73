#include "core/query/Anonymisation.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

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

Anonymised anonymise(const std::vector<std::vector<QString>>& rows, const std::vector<QuasiIdentifier>& columns, int k,
                     double maxSuppressedShare) {
    const std::size_t rowCount = rows.size();
    // Every value of every column at every level, as a small number per row, so that trying a node is cheap.
    std::vector<std::vector<std::vector<int>>> codes(columns.size());
    for (std::size_t column = 0; column < columns.size(); ++column) {
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
        }
    }
    // The size of each row's combination at the given levels: the combination is built column by column, each
    // (combination so far, next value) pair numbered as it is first seen.
    const auto groupSizes = [&](const std::vector<int>& levels) {
        std::vector<int> group(rowCount, 0);
        std::unordered_map<std::uint64_t, int> numbers;
        for (std::size_t column = 0; column < columns.size(); ++column) {
            numbers.clear();
            const std::vector<int>& values = codes[column][static_cast<std::size_t>(levels[column])];
            for (std::size_t i = 0; i < rowCount; ++i) {
                const std::uint64_t pair =
                    (static_cast<std::uint64_t>(group[i]) << 32) | static_cast<std::uint32_t>(values[i]);
                group[i] = numbers.try_emplace(pair, static_cast<int>(numbers.size())).first->second;
            }
        }
        std::vector<int> sizes(rowCount + 1, 0);
        for (const int id : group)
            sizes[static_cast<std::size_t>(id)] += 1;
        for (int& id : group)
            id = sizes[static_cast<std::size_t>(id)];
        return group;
    };
    const auto rowsInSmallGroups = [&](const std::vector<int>& sizeOfRow) {
        return static_cast<qsizetype>(
            std::count_if(sizeOfRow.begin(), sizeOfRow.end(), [&](int size) { return size < k; }));
    };

    // Every node of the lattice (a level per column), least detail lost first: the loss of a node is the sum over
    // columns of the weight times the share of the column's levels climbed.
    struct Node {
        std::vector<int> levels;
        double loss = 0;
    };
    std::vector<Node> nodes{Node{std::vector<int>(columns.size(), 0), 0}};
    for (std::size_t column = 0; column < columns.size(); ++column) {
        std::vector<Node> extended;
        const auto steps = static_cast<int>(columns[column].levels.size()) - 1;
        for (const Node& node : nodes) {
            for (int level = 0; level <= steps; ++level) {
                Node next = node;
                next.levels[column] = level;
                next.loss += columns[column].weight * level / static_cast<double>(std::max(1, steps));
                extended.push_back(std::move(next));
            }
        }
        nodes = std::move(extended);
    }
    std::stable_sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.loss < b.loss; });

    // The first node within the suppression budget, and among the nodes of the same loss the one that leaves out
    // the fewest rows. When none is (fewer than k rows), every column is withheld and every row left out.
    const auto budget = static_cast<qsizetype>(maxSuppressedShare * static_cast<double>(rowCount));
    const Node* chosen = &nodes.back();
    std::vector<int> chosenSizes = groupSizes(chosen->levels);
    qsizetype chosenSmall = rowsInSmallGroups(chosenSizes);
    bool found = false;
    for (const Node& node : nodes) {
        if (found && node.loss > chosen->loss) break;
        std::vector<int> sizes = groupSizes(node.levels);
        const qsizetype small = rowsInSmallGroups(sizes);
        if (small > budget || (found && small >= chosenSmall)) continue;
        chosen = &node;
        chosenSizes = std::move(sizes);
        chosenSmall = small;
        found = true;
    }

    Anonymised result;
    result.levels = chosen->levels;
    for (std::size_t i = 0; i < rowCount; ++i) {
        const bool keep = chosenSizes[i] >= k;
        result.released.push_back(keep);
        if (!keep) {
            ++result.suppressedRows;
            continue;
        }
        std::vector<QString> released;
        for (std::size_t column = 0; column < columns.size(); ++column)
            released.push_back(
                columns[column].levels[static_cast<std::size_t>(result.levels[column])](rows[i][column]));
        result.rows.push_back(std::move(released));
    }
    return result;
}

}  // namespace fieldcase::query
