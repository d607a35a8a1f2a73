#pragma once

#include <QByteArray>

#include <vector>

namespace fieldcase::search {

// Okapi BM25 of one matching row from FTS4's matchinfo(<table>, 'pcnalx') blob; higher is better. columnWeights
// scale each column's contribution (a column beyond the vector counts with weight 1). A blob of another format or
// size gives 0. The search service registers this as an SQL function to order results.
double bm25(const QByteArray& matchinfo, const std::vector<double>& columnWeights);

}  // namespace fieldcase::search
