#include "core/search/Bm25.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace fieldcase::search {

namespace {

// The usual Okapi constants: term frequency saturates around k1, b is how much long texts are penalised.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

}  // namespace

double bm25(const QByteArray& matchinfo, const std::vector<double>& columnWeights) {
    // matchinfo is an array of 32-bit unsigned integers in machine byte order.
    if (matchinfo.size() % 4 != 0) {
        return 0.0;
    }
    const qint64 count = matchinfo.size() / 4;
    auto at = [&matchinfo](qint64 index) {
        std::uint32_t value = 0;
        std::memcpy(&value, matchinfo.constData() + index * 4, sizeof value);
        return value;
    };
    if (count < 3) {
        return 0.0;
    }
    // 'p', 'c', 'n', then 'a' and 'l' (one per column), then 'x' (three per phrase and column).
    const qint64 phrases = at(0);
    const qint64 columns = at(1);
    const double rows = at(2);
    // Bounds the products below, which a hostile blob could otherwise overflow.
    if (phrases > count || columns > count) {
        return 0.0;
    }
    const qint64 averagesAt = 3;
    const qint64 lengthsAt = averagesAt + columns;
    const qint64 hitsAt = lengthsAt + columns;
    if (count != hitsAt + 3 * phrases * columns) {
        return 0.0;
    }

    double score = 0.0;
    for (qint64 column = 0; column < columns; ++column) {
        const auto weightIndex = static_cast<std::size_t>(column);
        const double weight = weightIndex < columnWeights.size() ? columnWeights[weightIndex] : 1.0;
        if (weight == 0.0) {
            continue;
        }
        const double average = at(averagesAt + column) > 0 ? at(averagesAt + column) : 1.0;
        const double lengthRatio = at(lengthsAt + column) / average;
        for (qint64 phrase = 0; phrase < phrases; ++phrase) {
            const qint64 hits = hitsAt + 3 * (column + phrase * columns);
            const double frequency = at(hits);
            if (frequency == 0.0) {
                continue;
            }
            const double rowsWithHits = at(hits + 2);
            // Lucene's form of the IDF stays positive for terms in more than half the rows, so a match never lowers
            // the score.
            const double idf = std::log(1.0 + (rows - rowsWithHits + 0.5) / (rowsWithHits + 0.5));
            score += weight * idf * frequency * (kK1 + 1.0) / (frequency + kK1 * (1.0 - kB + kB * lengthRatio));
        }
    }
    return score;
}

}  // namespace fieldcase::search
