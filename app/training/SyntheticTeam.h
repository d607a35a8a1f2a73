#pragma once

#include "core/base/Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>

namespace fieldcase {
class RecordService;
}

namespace fieldcase::training {

// How many records of each kind a team with a given number of cases has (docs/performance.md).
struct TeamSize {
    int cases = 0;
    int people = 0;      // 1.5 per case
    int links = 0;       // case_person: most people (90 %) belong to a case; every case has its survivor
    int encounters = 0;  // 3 per case
    int followups = 0;   // 1 per case
    // 1 per 2 cases; not part of the benchmark's reference size (PERFORMANCE.md), so total() leaves them out and
    // only training vaults and the dashboard's figure create them.
    int referrals = 0;

    static TeamSize forCases(int cases);
    qint64 total() const;
};

// The allowed keys of each choice field, by "kind.field" (e.g. "case.status"), as RecordService::vocabulary()
// lists them for the field's vocabulary.
using VocabularyKeys = QHash<QString, QStringList>;
// The keys the facade offers for every choice field the generator fills.
Result<VocabularyKeys> vocabularyKeys(RecordService& records);

// A deterministic synthetic outreach team: Russian and Latin-script names, Russian and English case texts
// assembled from phrase lists, for the benchmark and for training mode. Every record is a pure function of (seed,
// kind, index, the data's end date), so the benchmark can hand the same rows to the core and to its baselines
// without keeping them all in memory. Records are given as the
// facade takes them; references are the hex ids the facade returned for the records referred to.
class SyntheticTeam {
public:
    // The benchmark's data ends on a fixed day, so a seed gives the same records on any day.
    static inline const QDate kBenchmarkDataEnd{2026, 10, 31};

    // Fails when a vocabulary key the generator relies on (case.status Active, followup.state Open...) is missing.
    // Dates run up to dataEnd; open follow-ups are due from three months before it to two months after.
    static Result<SyntheticTeam> create(std::uint64_t seed, int cases, VocabularyKeys vocabularies,
                                        QDate dataEnd = kBenchmarkDataEnd);

    const TeamSize& size() const { return m_size; }

    QVariantMap caseRecord(int index) const;
    QVariantMap person(int index) const;
    // Link i joins person i to a case: case i for the first `cases` links (the survivor), a random case after.
    QVariantMap link(int index, const QStringList& caseIds, const QStringList& personIds) const;
    QVariantMap encounter(int index, const QStringList& caseIds) const;
    QVariantMap followUp(int index, const QStringList& caseIds, const QStringList& encounterIds) const;
    // A referral of a random case to one of the organisations (most have one), its status fitting the case's.
    QVariantMap referral(int index, const QStringList& caseIds, const QStringList& organisationIds) const;

    // Search box input as an outreach worker types it: Russian and English words and word forms, two-word
    // queries, prefixes, and names of people in the data in both scripts.
    QStringList searchQueries(int count) const;

private:
    SyntheticTeam(std::uint64_t seed, int cases, VocabularyKeys vocabularies, QDate dataEnd);

    std::uint64_t m_seed;
    TeamSize m_size;
    VocabularyKeys m_vocabularies;
    QDate m_dataEnd;
};

}  // namespace fieldcase::training
