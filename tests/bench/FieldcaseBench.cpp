// fieldcase-bench: the performance figures of docs/performance.md, each beside a baseline measured in the same run
// on the same data (the machines are shared and noisy; only ratios hold from run to run).

#include "app/training/SyntheticTeam.h"
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/SyncService.h"
#include "core/api/VaultService.h"
#include "core/base/AtomicFile.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/Passphrase.h"
#include "core/crypto/Random.h"
#include "core/importer/Spreadsheet.h"
#include "core/model/Schema.h"
#include "core/search/TextAnalyzer.h"
#include "tests/bench/BaselineRows.h"
#include "tests/bench/RawStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fieldcase::bench {

using training::SyntheticTeam;
using training::TeamSize;
using training::vocabularyKeys;
using training::VocabularyKeys;

namespace {

constexpr int kBatchSize = 1000;  // records per createMany call: one transaction, one signed changeset
constexpr std::uint64_t kDefaultSeed = 20260501;
constexpr int kRepeats = 5;          // timed runs of each list query; the median is reported
constexpr int kModerateKdfRuns = 2;  // about a second each
constexpr int kUnlockRepeats = 9;
constexpr int kSearchQueries = 200;
constexpr int kSearchLimit = 50;
constexpr int kPageSize = 100;
constexpr int kListBudgetMs = 60 * 1000;  // per list query, warm-up and timed runs together
constexpr double kMiB = 1024.0 * 1024.0;
constexpr int kSyncCases = 100;             // the cases the sync team's changesets edit
constexpr int kExportRepeats = 3;           // exports, alternating with their baseline; the median of each is reported
constexpr int kScanDevices = 50;            // outboxes in the scanned folder
constexpr int kScanRepeats = 5;             // scans, alternating with their baseline, after a warm-up
constexpr int kRescanRounds = 3;            // scans after every outbox was written again; the median is reported
constexpr int kMaxJoinRounds = 100;         // exchanges after the welcome before a join is called stuck
constexpr double kJoinTargetSeconds = 180;  // at the reference size; scaled with --cases
constexpr double kJoinFloorSeconds = 5;     // the scaled target's floor: two unlocks and the welcome's key exchange
constexpr double kJoinRssTargetMiB = 500e6 / kMiB;  // 500 MB
constexpr double kBackupTargetRatio = 3;            // a backup against a plain copy of the database file
constexpr double kDashboardTargetMs = 300;          // at the reference size; scaled with --cases
constexpr double kDashboardFloorMs = 20;            // the scaled target's floor: six queries and their set-up
constexpr char kPassphrase[] = "bench passphrase 2026";
constexpr char kDuressPassphrase[] = "bench duress passphrase";

struct Options {
    int cases = 100000;
    bool json = false;
    QString dir;
    std::uint64_t seed = kDefaultSeed;
    std::optional<int> listQuery;  // set in the child processes that time one case list query
    std::optional<int> joinStep;   // set in the child processes that play the new laptop of the join
    bool restoreStep = false;      // set in the child process that restores the backup of the vault
};

// One row of the table. A figure without a target (pass unset) is shown for information.
struct Figure {
    QString name;  // stable, for --json and the smoke test
    QString label;
    QString unit;
    double measured = 0;
    std::optional<double> baseline;
    QString baselineLabel;  // what the baseline is
    std::optional<double> ratio;
    QString ratioUnit;  // "%" or "x"
    QString target;
    std::optional<bool> pass;
    bool lowerBound = false;  // the measurement was stopped: the true value is larger
};

double millis(qint64 nanoseconds) {
    return static_cast<double>(nanoseconds) / 1e6;
}

// Nearest-rank percentile of samples (p in 0..100).
double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

double median(const std::vector<double>& samples) {
    return percentile(samples, 50);
}

// Nanoseconds work() took; work() hands its result back through what it captures.
template <typename Work>
qint64 timed(Work&& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed();
}

// Progress on stderr, stamped with the seconds since the start, so a long run shows where its time goes.
void progress(const QString& line) {
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    QTextStream(stderr) << "[bench " << QString::number(static_cast<double>(started.elapsed()) / 1000.0, 'f', 1)
                        << " s] " << line << Qt::endl;
}

QString cpuModel() {
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) return QStringLiteral("unknown");
    // readAll(): /proc files report size 0, so atEnd() is true before the first read.
    const QStringList lines = QString::fromUtf8(cpuinfo.readAll()).split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("model name"))) return line.section(u':', 1).trimmed();
    }
    return QStringLiteral("unknown");
}

qint64 fileSize(const QString& path) {
    // A WAL left beside the file is part of what the data takes on disk.
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

bool startsWithSqliteHeader(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

// ---- the phases ----

struct KdfTimes {
    std::vector<double> moderateMs;
};

Result<KdfTimes> measureModerateKdf() {
    KdfTimes times;
    const SecretBytes passphrase = SecretBytes::fromText(kPassphrase);
    const QByteArray salt = crypto::randomBytes(crypto::kKdfSaltSize);
    for (int i = 0; i < kModerateKdfRuns; ++i) {
        Result<SecretBytes> key = makeError(ErrorCode::Failed, {});
        const qint64 ns = timed([&] { key = crypto::derivePassphraseKey(passphrase, salt, crypto::kKdfModerate); });
        if (!key) return key.error();
        times.moderateMs.push_back(millis(ns));
    }
    return times;
}

struct KindTimes {
    QString kind;
    qint64 records = 0;
    qint64 coreNs = 0;
    qint64 rawNs = 0;  // encrypted rows
};

struct BulkResult {
    std::vector<KindTimes> kinds;
    qint64 coreNs = 0;
    qint64 encryptedRowsNs = 0;
    qint64 encryptedFtsNs = 0;
    qint64 plainRowsNs = 0;
    qint64 plainFtsNs = 0;
    qint64 records = 0;
    qint64 documents = 0;
};

// Creates every record through the facade in batches of 1000 and, batch by batch, inserts the same rows into the
// two baseline databases, so both face the same moment's load on the shared machine. Only the createMany call and
// the raw transactions are timed; generating, normalising and analysing the baseline's rows is not.
class BulkLoader {
public:
    BulkLoader(RecordService& records, const SyntheticTeam& team, RawStore& encrypted, RawStore& plain,
               const search::TextAnalyzer& analyzer)
        : m_records(records), m_team(team), m_encrypted(encrypted), m_plain(plain), m_analyzer(analyzer) {}

    Result<BulkResult> run() {
        for (const auto& table : model::Schema::tables()) {
            FC_TRY(m_encrypted.exec(createTableSql(table)));
            FC_TRY(m_plain.exec(createTableSql(table)));
        }
        const char* fts =
            "CREATE VIRTUAL TABLE fts USING fts4(body, names, tokenize=unicode61 \"remove_diacritics=1\")";
        FC_TRY(m_encrypted.exec(fts));
        FC_TRY(m_plain.exec(fts));

        const TeamSize& size = m_team.size();
        FC_TRY(load(QStringLiteral("case"), size.cases, m_caseIds, [&](int i) { return m_team.caseRecord(i); }));
        FC_TRY(load(QStringLiteral("person"), size.people, m_personIds, [&](int i) { return m_team.person(i); }));
        QStringList linkIds;
        FC_TRY(load(QStringLiteral("case_person"), size.links, linkIds,
                    [&](int i) { return m_team.link(i, m_caseIds, m_personIds); }));
        FC_TRY(load(QStringLiteral("encounter"), size.encounters, m_encounterIds,
                    [&](int i) { return m_team.encounter(i, m_caseIds); }));
        QStringList followUpIds;
        FC_TRY(load(QStringLiteral("followup"), size.followups, followUpIds,
                    [&](int i) { return m_team.followUp(i, m_caseIds, m_encounterIds); }));
        return m_result;
    }

private:
    Result<void> load(const QString& kind, int count, QStringList& ids,
                      const std::function<QVariantMap(int)>& generate) {
        const model::TableDef& table = *model::Schema::tableBySingular(kind);
        const QByteArray insert = insertSql(table);
        const bool searchable = hasSearchableFields(table);
        KindTimes times{kind, count, 0, 0};
        const int reportEvery = std::max(1, count / kBatchSize / 5) * kBatchSize;
        for (int first = 0; first < count; first += kBatchSize) {
            const int n = std::min(kBatchSize, count - first);
            QList<QVariantMap> batch;
            batch.reserve(n);
            for (int i = first; i < first + n; ++i)
                batch << generate(i);

            Result<QStringList> created = makeError(ErrorCode::Failed, {});
            const qint64 coreNs = timed([&] { created = m_records.createMany(kind, batch); });
            if (!created) return created.error();
            ids << *created;
            times.coreNs += coreNs;

            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            std::vector<StoredRow> rows;
            rows.reserve(static_cast<std::size_t>(n));
            std::vector<FtsDocument> documents;
            for (int j = 0; j < n; ++j) {
                QVariantMap fields = batch[j];
                if (table.id == model::TableId::Case) {
                    // Generated by the core (device prefix, year, counter); the same shape here.
                    fields.insert(QStringLiteral("reference"),
                                  QStringLiteral("B3NC-2026-%1").arg(first + j + 1, 4, 10, QLatin1Char('0')));
                }
                auto row = storedRow(table, QByteArray::fromHex(created->at(j).toLatin1()), now, fields);
                if (!row) return row.error();
                if (searchable) {
                    const SearchableText text = searchableText(table, *row);
                    documents.push_back({++m_lastDocid, m_analyzer.indexText(text.body).toUtf8(),
                                         m_analyzer.indexName(text.names).toUtf8()});
                }
                rows.push_back(std::move(*row));
            }
            // Alternate which baseline goes first, so neither always writes into the other's wake.
            RawStore* order[] = {&m_encrypted, &m_plain};
            if ((first / kBatchSize) % 2 == 1) std::swap(order[0], order[1]);
            for (RawStore* store : order) {
                const bool encrypted = store == &m_encrypted;
                Result<void> inserted;
                const qint64 rowsNs = timed([&] { inserted = store->insertRows(insert, rows); });
                if (!inserted) return inserted.error();
                (encrypted ? m_result.encryptedRowsNs : m_result.plainRowsNs) += rowsNs;
                if (encrypted) times.rawNs += rowsNs;
                if (documents.empty()) continue;
                const qint64 ftsNs = timed([&] { inserted = store->insertDocuments(documents); });
                if (!inserted) return inserted.error();
                (encrypted ? m_result.encryptedFtsNs : m_result.plainFtsNs) += ftsNs;
            }
            m_result.documents += static_cast<qint64>(documents.size());
            if ((first + n) % reportEvery == 0 || first + n == count) {
                progress(QStringLiteral("%1 %2/%3: core %4 records/s, raw %5 rows/s")
                             .arg(kind)
                             .arg(first + n)
                             .arg(count)
                             .arg(qRound64((first + n) / (static_cast<double>(times.coreNs) / 1e9)))
                             .arg(qRound64((first + n) / (static_cast<double>(times.rawNs) / 1e9))));
            }
        }
        m_result.kinds.push_back(times);
        m_result.coreNs += times.coreNs;
        m_result.records += count;
        return {};
    }

    RecordService& m_records;
    const SyntheticTeam& m_team;
    RawStore& m_encrypted;
    RawStore& m_plain;
    const search::TextAnalyzer& m_analyzer;
    QStringList m_caseIds;
    QStringList m_personIds;
    QStringList m_encounterIds;
    qint64 m_lastDocid = 0;
    BulkResult m_result;
};

struct OpenTimes {
    std::vector<double> unlockMs;
    std::vector<double> kdfMs;
    // The fastest unlock minus the fastest KDF: load on the shared machine only ever adds time, and the KDF's
    // spread (tens of ms under load) is larger than what is left of unlock without it, so minima are steadier
    // than medians or pairwise differences here.
    double openMs() const {
        return *std::min_element(unlockMs.begin(), unlockMs.end()) - *std::min_element(kdfMs.begin(), kdfMs.end());
    }
};

// unlock() = KDF + key file + opening the database + building the session. Unlocks alternate with the KDF alone
// at the same Interactive parameters, so both see the same load.
Result<OpenTimes> measureUnlock(VaultService& vault) {
    OpenTimes times;
    const SecretBytes passphrase = SecretBytes::fromText(kPassphrase);
    const QByteArray salt = crypto::randomBytes(crypto::kKdfSaltSize);
    for (int i = 0; i < kUnlockRepeats; ++i) {
        Result<SecretBytes> key = makeError(ErrorCode::Failed, {});
        const qint64 kdfNs =
            timed([&] { key = crypto::derivePassphraseKey(passphrase, salt, crypto::kKdfInteractive); });
        if (!key) return key.error();
        vault.lock();
        Result<void> unlocked;
        const qint64 unlockNs = timed([&] { unlocked = vault.unlock(passphrase); });
        if (!unlocked) return unlocked.error();
        times.kdfMs.push_back(millis(kdfNs));
        times.unlockMs.push_back(millis(unlockNs));
    }
    return times;
}

// The duress passphrase's unlock beside the passphrase's, alternating, on the same vault: the coercer must not tell
// them apart by the time they take (docs/threat-model.md, "The duress passphrase"). After each duress unlock the
// key file is put back as it was (the duress path seals over the passphrase slot), and the duress passphrase is
// removed at the end.
struct DuressTimes {
    std::vector<double> passphraseMs;
    std::vector<double> duressMs;
};

Result<DuressTimes> measureDuressUnlock(VaultService& vault) {
    const SecretBytes passphrase = SecretBytes::fromText(kPassphrase);
    const SecretBytes duress = SecretBytes::fromText(kDuressPassphrase);
    if (!vault.isUnlocked()) FC_TRY(vault.unlock(passphrase));
    FC_TRY(vault.setDuressPassphrase(passphrase, duress, DuressDecoyLanguage::Russian));
    const QString keyFile = QDir(vault.vaultDir()).filePath(QStringLiteral("vault.keys"));
    DuressTimes times;
    for (int i = 0; i < kUnlockRepeats; ++i) {
        for (const SecretBytes* typed : {&passphrase, &duress}) {
            vault.lock();
            auto keys = readSmallFile(keyFile, 64 * 1024);
            if (!keys) return keys.error();
            Result<void> unlocked;
            const qint64 unlockNs = timed([&] { unlocked = vault.unlock(*typed); });
            if (!unlocked) return unlocked.error();
            vault.lock();
            FC_TRY(writeFileAtomically(keyFile, *keys));
            (typed == &passphrase ? times.passphraseMs : times.duressMs).push_back(millis(unlockNs));
        }
    }
    FC_TRY(vault.unlock(passphrase));
    FC_TRY(vault.removeDuressPassphrase(passphrase));
    return times;  // unlocked, as measureUnlock() leaves it
}

// A case list as the GUI asks for it: the first page in some order, or after a filter change.
struct ListQuery {
    QString what;
    bool filter = false;
    CaseListQuery query;
};

std::vector<ListQuery> listQueries() {
    std::vector<ListQuery> queries;
    for (const char* field : {"updated_at", "reference", "title", "status", "risk", "opened_on"}) {
        for (const bool descending : {false, true}) {
            ListQuery list{
                QLatin1String(field) + (descending ? QStringLiteral(" desc") : QStringLiteral(" asc")), false, {}};
            list.query.sortField = QLatin1String(field);
            list.query.descending = descending;
            queries.push_back(list);
        }
    }
    const std::pair<const char*, std::function<void(CaseListQuery&)>> filters[] = {
        {"status = FollowUp", [](CaseListQuery& q) { q.status = QStringLiteral("FollowUp"); }},
        {"risk = high", [](CaseListQuery& q) { q.risk = QStringLiteral("high"); }},
        {"exploitation = SexualExploitation",
         [](CaseListQuery& q) { q.exploitation = QStringLiteral("SexualExploitation"); }},
        {"overdue only", [](CaseListQuery& q) { q.overdueOnly = true; }},
        {"risk = critical, by title",
         [](CaseListQuery& q) {
             q.risk = QStringLiteral("critical");
             q.sortField = QStringLiteral("title");
             q.descending = false;
         }},
    };
    for (const auto& [what, apply] : filters) {
        ListQuery list{QLatin1String(what), true, {}};
        apply(list.query);
        queries.push_back(list);
    }
    for (ListQuery& list : queries)
        list.query.limit = kPageSize;
    return queries;
}

struct ListTiming {
    QString what;
    bool filter = false;
    double ms = 0;
    int runs = 0;
    int rows = 0;
    int total = 0;
    bool finished = true;  // false: still running when its time was up; ms is then the time it was given
};

// A warm-up, then the median of kRepeats runs; a query slower than a second is timed once, so that it ends.
Result<ListTiming> timeList(RecordService& records, const ListQuery& list) {
    ListTiming timing{list.what, list.filter, 0, 0, 0, 0, true};
    Result<CaseListPage> page = makeError(ErrorCode::Failed, {});
    const qint64 warmNs = timed([&] { page = records.listCases(list.query); });
    if (!page) return page.error();
    timing.rows = static_cast<int>(page->rows.size());
    timing.total = page->total;
    timing.runs = warmNs > 1000 * 1000 * 1000 ? 1 : kRepeats;
    std::vector<double> samples;
    for (int i = 0; i < timing.runs; ++i) {
        samples.push_back(millis(timed([&] { page = records.listCases(list.query); })));
        if (!page) return page.error();
    }
    timing.ms = median(samples);
    return timing;
}

// The child process of measureCaseList(): opens the vault, times one list query, prints the timing as JSON.
Result<void> runListChild(const QString& workDir, int index) {
    const std::vector<ListQuery> queries = listQueries();
    if (index < 0 || index >= static_cast<int>(queries.size()))
        return makeError(ErrorCode::Usage, QStringLiteral("no such list query"));
    auto services = makeServices(QDir(workDir).filePath(QStringLiteral("vault")));
    FC_TRY(services->vault().unlock(SecretBytes::fromText(kPassphrase)));
    auto timing = timeList(services->records(), queries[static_cast<std::size_t>(index)]);
    if (!timing) return timing.error();
    const QJsonObject result{{QStringLiteral("ms"), timing->ms},
                             {QStringLiteral("runs"), timing->runs},
                             {QStringLiteral("rows"), timing->rows},
                             {QStringLiteral("total"), timing->total}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return {};
}

// Each list query runs in a child process that is stopped after kListBudgetMs: a query that degrades badly with the
// number of cases is reported as "more than the budget" instead of holding up the run for hours. The parent must
// have released the vault (the child takes the vault's lock).
Result<std::vector<ListTiming>> measureCaseList(const QString& workDir) {
    std::vector<ListTiming> timings;
    const std::vector<ListQuery> queries = listQueries();
    for (std::size_t i = 0; i < queries.size(); ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--dir"), workDir, QStringLiteral("--list-query"), QString::number(i)});
        if (!child.waitForStarted())
            return makeError(ErrorCode::Failed, QStringLiteral("cannot start %1").arg(child.program()));
        ListTiming timing{queries[i].what, queries[i].filter, 0, 0, 0, 0, true};
        if (!child.waitForFinished(kListBudgetMs)) {
            child.kill();
            child.waitForFinished();
            timing.finished = false;
            timing.ms = kListBudgetMs;
            progress(QStringLiteral("%1: stopped after %2 s").arg(timing.what).arg(kListBudgetMs / 1000));
        } else {
            if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
                return makeError(ErrorCode::Failed,
                                 QStringLiteral("timing %1 failed: %2")
                                     .arg(timing.what, QString::fromUtf8(child.readAllStandardError())));
            }
            const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
            timing.ms = result.value(QStringLiteral("ms")).toDouble();
            timing.runs = result.value(QStringLiteral("runs")).toInt();
            timing.rows = result.value(QStringLiteral("rows")).toInt();
            timing.total = result.value(QStringLiteral("total")).toInt();
        }
        timings.push_back(timing);
    }
    return timings;
}

struct QueryTiming {
    QString text;
    double coreMs = 0;
    double rawMs = 0;
    int hits = 0;
    qint64 matches = 0;
};

// Each query runs once untimed through both (warm-up), then once timed through the facade and once through the raw
// FTS4 MATCH on the baseline's table of the same documents, one right after the other.
Result<std::vector<QueryTiming>> measureSearch(RecordService& records, RawStore& baseline,
                                               const search::TextAnalyzer& analyzer, const QStringList& queries) {
    auto once = [&](const QString& text, QueryTiming& timing) -> Result<void> {
        SearchQuery query;
        query.text = text;
        query.limit = kSearchLimit;
        Result<QList<SearchHit>> hits = makeError(ErrorCode::Failed, {});
        timing.coreMs = millis(timed([&] { hits = records.search(query); }));
        if (!hits) return hits.error();
        timing.hits = static_cast<int>(hits->size());
        const QString expression = analyzer.matchExpression(text);
        if (expression.isEmpty()) return {};
        Result<qint64> matches = makeError(ErrorCode::Failed, {});
        timing.rawMs = millis(timed([&] { matches = baseline.countMatches(expression); }));
        if (!matches) return matches.error();
        timing.matches = *matches;
        return {};
    };
    std::vector<QueryTiming> timings;
    for (const QString& text : queries) {
        QueryTiming warm;
        FC_TRY(once(text, warm));
    }
    for (const QString& text : queries) {
        QueryTiming timing;
        timing.text = text;
        FC_TRY(once(text, timing));
        timings.push_back(timing);
    }
    return timings;
}

// ---- sync ----

struct SyncTimes {
    qint64 changesets = 0;   // in the welcome bundle, as inspect() counts them
    qint64 bundleBytes = 0;  // the welcome's size
    qint64 exportBytes = 0;  // the outbox's size
    double generateSeconds = 0;
    double approveMs = 0;  // writing the welcome (once)
    std::vector<double> exportMs;
    std::vector<double> exportBaselineMs;  // reading the rows + writing the file
    std::vector<double> readRowsMs;
    std::vector<double> writeFileMs;
    double importMs = 0;
    double importBaselineMs = 0;
    int applied = 0;
    double teamSeconds = 0;  // making the scan team and its outboxes (not timed as a figure)
    qint64 scanBytes = 0;
    std::vector<double> scanMs;
    std::vector<double> scanBaselineMs;
    std::vector<double> rescanMs;  // after every device wrote its outbox again, nothing new in it
    std::vector<double> rescanBaselineMs;
};

// A vault of its own for the sync figures, made through the facade like the main one.
// The dashboard over all time, as a coordinator first opens it: the median of kRepeats after a warm-up. The team's
// referrals (not part of the reference size) are created first, outside the timing, with the training
// organisations they go to.
Result<double> measureDashboard(RecordService& records, const SyntheticTeam& team) {
    QList<QVariantMap> organisations;
    for (const char* name : {"Приют «Надежда»", "Юридическая клиника", "Городская больница № 3", "Safe House"}) {
        organisations << QVariantMap{{QStringLiteral("name"), QString::fromUtf8(name)}};
    }
    auto organisationIds = records.createMany(QStringLiteral("organisation"), organisations);
    if (!organisationIds) return organisationIds.error();
    auto caseIds = records.list(QStringLiteral("case"), 0, team.size().cases);
    if (!caseIds) return caseIds.error();
    QStringList ids;
    for (const RecordData& record : *caseIds)
        ids << record.id;
    for (int first = 0; first < team.size().referrals; first += kBatchSize) {
        QList<QVariantMap> batch;
        for (int i = first; i < std::min(team.size().referrals, first + kBatchSize); ++i)
            batch << team.referral(i, ids, *organisationIds);
        FC_TRY(records.createMany(QStringLiteral("referral"), batch));
    }
    DashboardQuery query;
    query.today = SyntheticTeam::kBenchmarkDataEnd;
    FC_TRY(records.dashboard(query));
    std::vector<double> runs;
    for (int i = 0; i < kRepeats; ++i) {
        Result<Dashboard> dashboard = makeError(ErrorCode::Failed, QString());
        runs.push_back(millis(timed([&] { dashboard = records.dashboard(query); })));
        if (!dashboard) return dashboard.error();
    }
    return median(runs);
}

Result<std::unique_ptr<Services>> newVault(const QString& dir, const QString& name, bool joinExistingTeam) {
    auto services = makeServices(dir);
    CreateVaultRequest request;
    request.passphrase = SecretBytes::fromText(kPassphrase);
    request.deviceName = name;
    request.strength = KdfStrength::Interactive;
    request.joinExistingTeam = joinExistingTeam;
    auto created = services->vault().create(std::move(request));
    if (!created) return created.error();
    return services;
}

struct SpreadsheetImportTiming {
    int rows = 0;
    double importSeconds = 0;
    double readSeconds = 0;  // the baseline: reading the file into text sheets, nothing else
};

// A Russian spreadsheet as coordinators keep them, of `rows` rows (two rows a case, a name, a birth date in one of
// three forms, a gender, a type of exploitation, a phone number, stray spaces), imported into a new vault.
Result<SpreadsheetImportTiming> measureSpreadsheetImport(const QString& workDir, int rows) {
    const QStringList families{"Иванова", "Петрова", "Сидорова", "Ким", "Алиева", "Рахимова", "Орлова"};
    const QStringList givens{"Мария", "Анна", "Гульнара", "Ольга", "Нодира", "Елена"};
    const QStringList kinds{"принудительный труд", " Сексуальная эксплуатация ", "Forced labour"};
    QString text = QStringLiteral("Реестр обращений;;;;;\n№ дела;ФИО;Дата рождения;Пол;Вид эксплуатации;Телефон\n");
    // Each row is a person of its own: the 42 names repeat every 42 rows, so each round of them is born a day later
    // (rows that agree on the names and the birth date are one person to the import).
    const QDate firstBirth(1970, 1, 1);
    const QDate excelEpoch(1899, 12, 30);
    for (int row = 0; row < rows; ++row) {
        const QDate born = firstBirth.addDays(row / 42);
        const QString birth = row % 3 == 0   ? born.toString(QStringLiteral("dd.MM.yyyy"))
                              : row % 3 == 1 ? born.toString(Qt::ISODate)
                                             : QString::number(excelEpoch.daysTo(born));
        text += QStringLiteral("%1;  %2 %3 ;%4;%5;%6;+7 9%7\n")
                    .arg(row / 2)
                    .arg(families[row % families.size()], givens[(row / 7) % givens.size()], birth,
                         row % 2 ? QStringLiteral("ж") : QStringLiteral("Женский"), kinds[row % kinds.size()])
                    .arg(row, 9, 10, QLatin1Char('0'));
    }
    const QString path = QDir(workDir).filePath(QStringLiteral("spreadsheet-import.csv"));
    FC_TRY(writeFileAtomically(path, text.toUtf8()));

    SpreadsheetImportTiming timing;
    timing.rows = rows;
    Result<importer::Spreadsheet> read = makeError(ErrorCode::Failed, QString());
    timing.readSeconds = static_cast<double>(timed([&] { read = importer::readSpreadsheet(path); })) / 1e9;
    if (!read) return read.error();

    auto services = newVault(QDir(workDir).filePath(QStringLiteral("import-vault")), QStringLiteral("import"), false);
    if (!services) return services.error();
    ImportRequest request;
    request.path = path;
    request.dryRun = false;
    Result<ImportReport> report = makeError(ErrorCode::Failed, QString());
    timing.importSeconds =
        static_cast<double>(timed([&] { report = (*services)->records().importSpreadsheet(request); })) / 1e9;
    if (!report) return report.error();
    if (!report->rejected.isEmpty() || report->created.value(QStringLiteral("person")) != rows) {
        return makeError(ErrorCode::Failed, QStringLiteral("the bench's spreadsheet imported %1 people of %2 rows")
                                                .arg(report->created.value(QStringLiteral("person")))
                                                .arg(rows));
    }
    return timing;
}

// The key of a vault's database, from its key file and the passphrase, as unlock() gets it: the export baseline
// reads the changeset rows the core stored with plain SQL.
Result<SecretBytes> vaultDatabaseKey(const QString& vaultDir) {
    auto bytes = readSmallFile(QDir(vaultDir).filePath(QStringLiteral("vault.keys")), 64 * 1024);
    if (!bytes) return bytes.error();
    auto keys = crypto::KeyFile::parse(*bytes);
    if (!keys) return keys.error();
    auto passphraseKey = keys->passphraseKey(SecretBytes::fromText(kPassphrase));
    if (!passphraseKey) return passphraseKey.error();
    return keys->openSlot(crypto::KeyFile::PassphraseSlot, *passphraseKey);
}

// N changesets, one per transaction, as a worker's edits arrive one by one: one createMany of the cases they edit,
// then single-field updates of those cases (title or summary in turn, texts from the synthetic generator; never
// the value the field holds already, which would write nothing).
Result<void> makeChangesets(RecordService& records, const SyntheticTeam& team, int count) {
    const int cases = std::min(kSyncCases, count);
    const QString fields[] = {QStringLiteral("title"), QStringLiteral("summary")};
    QList<QVariantMap> batch;
    std::vector<std::array<QString, 2>> current;
    for (int i = 0; i < cases; ++i) {
        batch << team.caseRecord(i);
        current.push_back({batch.back().value(fields[0]).toString(), batch.back().value(fields[1]).toString()});
    }
    auto ids = records.createMany(QStringLiteral("case"), batch);
    if (!ids) return ids.error();
    int source = cases;
    QElapsedTimer timer;
    timer.start();
    const int reportEvery = std::max(1, count / 10);
    for (int k = 1; k < count; ++k) {
        const auto which = static_cast<std::size_t>((k - 1) % cases);
        const auto field = static_cast<std::size_t>(((k - 1) / cases) % 2);
        QString value;
        do {
            value = team.caseRecord(source++).value(fields[field]).toString();
        } while (value == current[which][field]);
        current[which][field] = value;
        FC_TRY(
            records.update(QStringLiteral("case"), ids->at(static_cast<qsizetype>(which)), {{fields[field], value}}));
        if ((k + 1) % reportEvery == 0 || k + 1 == count) {
            progress(QStringLiteral("sync: %1/%2 changesets, %3 per second")
                         .arg(k + 1)
                         .arg(count)
                         .arg(qRound64((k + 1) / (static_cast<double>(timer.nsecsElapsed()) / 1e9))));
        }
    }
    return {};
}

// Every changeset a device holds, as store::changesetsSince() reads them for a peer that has none.
constexpr char kChangesetRowsSql[] =
    "SELECT d.device_id, c.seq, c.hlc, c.prev_hash, c.body, c.hash, c.signature FROM changeset c "
    "JOIN device d ON d.ord = c.origin ORDER BY c.origin, c.seq";

// What any export of these changesets must do: read the rows (the core's own query, through the SQLite C API on
// the vault's database) and write a file of the bundle's size atomically (QSaveFile: temporary file, flush to
// disk, rename).
Result<void> exportBaseline(RawStore& vaultDb, qint64 bytes, const QString& path, SyncTimes& times) {
    Result<std::vector<StoredRow>> rows = makeError(ErrorCode::Failed, {});
    times.readRowsMs.push_back(millis(timed([&] { rows = vaultDb.selectRows(kChangesetRowsSql); })));
    if (!rows) return rows.error();
    bool written = false;
    times.writeFileMs.push_back(millis(timed([&] {
        QByteArray file;
        file.reserve(bytes);
        for (const StoredRow& row : *rows) {
            for (const StoredValue& value : row)
                file += value.bytes;
        }
        file.resize(bytes, '\0');
        QSaveFile out(path);
        written = out.open(QIODevice::WriteOnly) && out.write(file) == file.size() && out.commit();
    })));
    if (!written) return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    times.exportBaselineMs.push_back(times.readRowsMs.back() + times.writeFileMs.back());
    return {};
}

// Lists the folder and reads every file's bytes: what a scan must do at the least.
Result<qint64> readFolder(const QString& dir) {
    const QDir folder(dir);
    qint64 total = 0;
    for (const QString& name : folder.entryList(QDir::Files)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) return makeError(ErrorCode::Io, file.errorString());
        total += file.readAll().size();
    }
    return total;
}

// What any import of these changesets must do: insert the rows (the origin as its device id) into a table of the
// same columns and primary key in a new encrypted database, one transaction. Milliseconds.
Result<double> rawInsertMs(const QString& path, const std::vector<StoredRow>& rows) {
    auto inserted = RawStore::openEncrypted(path);
    if (!inserted) return inserted.error();
    FC_TRY(
        inserted->exec("CREATE TABLE changeset(origin BLOB NOT NULL, seq INTEGER NOT NULL, hlc INTEGER NOT NULL, "
                       "prev_hash BLOB NOT NULL, body BLOB NOT NULL, hash BLOB NOT NULL, signature BLOB NOT NULL, "
                       "PRIMARY KEY(origin, seq)) WITHOUT ROWID"));
    Result<void> done;
    const double ms =
        millis(timed([&] { done = inserted->insertRows("INSERT INTO changeset VALUES (?, ?, ?, ?, ?, ?, ?)", rows); }));
    if (!done) return done.error();
    return ms;
}

// The exported changesets: coordinator A holds N changesets and admits B (the welcome holds all of them); A's
// exports to B, which has acknowledged nothing, alternate with the baseline; B then imports the welcome, after
// the baseline inserts the same rows (the origin as its device id) into a table of their own.
Result<void> measureExchange(const QDir& dir, const SyntheticTeam& team, int changesets, SyncTimes& times) {
    if (!QDir().mkpath(dir.path())) return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir.path()));
    const QString aDir = dir.filePath(QStringLiteral("a"));
    const QString welcomeDir = dir.filePath(QStringLiteral("welcome"));
    const QString exportDir = dir.filePath(QStringLiteral("export"));
    const QString request = dir.filePath(QStringLiteral("b.request"));
    for (const QString& folder : {welcomeDir, exportDir}) {
        if (!QDir().mkpath(folder)) return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(folder));
    }
    auto a = newVault(aDir, QStringLiteral("bench coordinator"), false);
    if (!a) return a.error();
    auto b = newVault(dir.filePath(QStringLiteral("b")), QStringLiteral("bench field laptop"), true);
    if (!b) return b.error();
    FC_TRY((*b)->sync().writeEnrolmentRequest(request));

    progress(QStringLiteral("sync: making %1 changesets, one per transaction").arg(changesets));
    Result<void> generated;
    times.generateSeconds =
        static_cast<double>(timed([&] { generated = makeChangesets((*a)->records(), team, changesets); })) / 1e9;
    if (!generated) return generated.error();

    progress(QStringLiteral("sync: welcome and export"));
    Result<ApprovedDevice> approved = makeError(ErrorCode::Failed, {});
    times.approveMs = millis(timed([&] { approved = (*a)->sync().approve(request, welcomeDir, false, {}); }));
    if (!approved) return approved.error();
    auto welcome = (*a)->sync().inspect(approved->welcomeFile);
    if (!welcome) return welcome.error();
    if (!welcome->opened) return makeError(ErrorCode::Failed, QStringLiteral("welcome: %1").arg(welcome->problem));
    times.changesets = welcome->changesets;
    times.bundleBytes = welcome->size;

    auto key = vaultDatabaseKey(aDir);
    if (!key) return key.error();
    auto vaultDb = RawStore::openExisting(QDir(aDir).filePath(QStringLiteral("vault.db")), *key);
    if (!vaultDb) return vaultDb.error();
    const QString baselineFile = dir.filePath(QStringLiteral("baseline-export.bin"));
    for (int i = 0; i < kExportRepeats; ++i) {
        // Alternate which goes first, so neither always runs in the other's wake.
        const auto core = [&]() -> Result<void> {
            Result<QString> exported = makeError(ErrorCode::Failed, {});
            times.exportMs.push_back(millis(timed([&] { exported = (*a)->sync().exportTo(exportDir); })));
            if (!exported) return exported.error();
            times.exportBytes = QFileInfo(QDir(exportDir).filePath(*exported)).size();
            return {};
        };
        if (i % 2 == 0) FC_TRY(core());
        FC_TRY(exportBaseline(*vaultDb, times.bundleBytes, baselineFile, times));
        if (i % 2 == 1) FC_TRY(core());
    }

    progress(QStringLiteral("sync: import"));
    auto rows = vaultDb->selectRows(kChangesetRowsSql);
    if (!rows) return rows.error();
    auto baselineMs = rawInsertMs(dir.filePath(QStringLiteral("baseline-import.db")), *rows);
    if (!baselineMs) return baselineMs.error();
    times.importBaselineMs = *baselineMs;
    // Reading the welcome only keeps it until its safety number is confirmed; the confirmation applies it.
    auto staged = (*b)->sync().importFrom(welcomeDir, {});
    if (!staged) return staged.error();
    Result<SyncReport> report = makeError(ErrorCode::Failed, {});
    times.importMs = millis(timed([&] { report = (*b)->sync().confirmJoin(staged->pendingJoinSafetyNumber); }));
    if (!report) return report.error();
    times.applied = report->applied;
    if (report->read != 1 || report->anyRejected() || report->applied != times.changesets) {
        return makeError(
            ErrorCode::Failed,
            QStringLiteral("the welcome did not apply: read %1, applied %2 of %3%4")
                .arg(report->read)
                .arg(report->applied)
                .arg(times.changesets)
                .arg(report->rejected.empty() ? QString() : QStringLiteral(", ") + report->rejected.front().reason));
    }
    return {};
}

// The folder scan: a coordinator and kScanDevices devices, each admitted through its own welcome, each with one
// case of its own in its outbox in a shared folder; the coordinator imports them once (untimed), then scans the
// folder again and again with nothing new in it, alternating with the baseline.
Result<void> measureScan(const QDir& dir, const SyntheticTeam& team, SyncTimes& times) {
    const QString share = dir.filePath(QStringLiteral("share"));
    if (!QDir().mkpath(share)) return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(share));
    QElapsedTimer setUp;
    setUp.start();
    auto coordinator = newVault(dir.filePath(QStringLiteral("coordinator")), QStringLiteral("scan coordinator"), false);
    if (!coordinator) return coordinator.error();
    std::vector<std::unique_ptr<Services>> devices;  // kept open (and unlocked) for the re-written outboxes
    std::vector<QString> outboxes;                   // each device's outbox file in the share
    for (int i = 0; i < kScanDevices; ++i) {
        const QString name = QStringLiteral("device-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        auto device = newVault(dir.filePath(name), QStringLiteral("scan ") + name, true);
        if (!device) return device.error();
        const QString request = dir.filePath(name + QStringLiteral(".request"));
        const QString welcomeDir = dir.filePath(name + QStringLiteral("-welcome"));
        FC_TRY((*device)->sync().writeEnrolmentRequest(request));
        auto approved = (*coordinator)->sync().approve(request, welcomeDir, false, {});
        if (!approved) return approved.error();
        auto staged = (*device)->sync().importFrom(welcomeDir, {});
        if (!staged) return staged.error();
        auto joined = (*device)->sync().confirmJoin(approved->device.safetyNumber);
        if (!joined) return joined.error();
        if (joined->joinedSafetyNumber.isEmpty())
            return makeError(ErrorCode::Failed, QStringLiteral("%1 did not join the team").arg(name));
        auto created = (*device)->records().create(QStringLiteral("case"), team.caseRecord(i));
        if (!created) return created.error();
        auto exported = (*device)->sync().exportTo(share);
        if (!exported) return exported.error();
        outboxes.push_back(*exported);
        if ((i + 1) % 10 == 0)
            progress(QStringLiteral("sync: %1/%2 devices in the scan team").arg(i + 1).arg(kScanDevices));
        devices.push_back(std::move(*device));
    }
    auto first = (*coordinator)->sync().importFrom(share, {});
    if (!first) return first.error();
    if (first->read != kScanDevices || first->anyRejected()) {
        return makeError(ErrorCode::Failed,
                         QStringLiteral("the coordinator read %1 of %2 outboxes").arg(first->read).arg(kScanDevices));
    }
    times.teamSeconds = static_cast<double>(setUp.nsecsElapsed()) / 1e9;

    progress(QStringLiteral("sync: folder scan"));
    const auto scan = [&](bool record) -> Result<void> {
        Result<SyncReport> report = makeError(ErrorCode::Failed, {});
        const double ms = millis(timed([&] { report = (*coordinator)->sync().importFrom(share, {}); }));
        if (!report) return report.error();
        if (report->read != 0 || report->skipped != kScanDevices || !report->rejected.empty()) {
            return makeError(ErrorCode::Failed, QStringLiteral("a scan with nothing new read %1 and skipped %2")
                                                    .arg(report->read)
                                                    .arg(report->skipped));
        }
        if (record) times.scanMs.push_back(ms);
        return {};
    };
    const auto baseline = [&](bool record) -> Result<void> {
        Result<qint64> bytes = makeError(ErrorCode::Failed, {});
        const double ms = millis(timed([&] { bytes = readFolder(share); }));
        if (!bytes) return bytes.error();
        times.scanBytes = *bytes;
        if (record) times.scanBaselineMs.push_back(ms);
        return {};
    };
    FC_TRY(scan(false));  // warm-up: the files in the page cache, the statements prepared
    FC_TRY(baseline(false));
    for (int i = 0; i < kScanRepeats; ++i) {
        if (i % 2 == 0) FC_TRY(scan(true));
        FC_TRY(baseline(true));
        if (i % 2 == 1) FC_TRY(scan(true));
    }

    // Every device writes its outbox again with nothing new in it, as it does once a day so that its peers hear it
    // is alive (an exchange with nothing new otherwise leaves the file alone, so the file is removed first to make
    // the export write it): each file is new bytes that the scan opens, authenticates and applies (changing
    // nothing).
    progress(QStringLiteral("sync: folder scan after every outbox was written again"));
    for (int round = 0; round < kRescanRounds; ++round) {
        for (std::size_t i = 0; i < devices.size(); ++i) {
            QFile::remove(QDir(share).filePath(outboxes[i]));
            auto exported = devices[i]->sync().exportTo(share);
            if (!exported) return exported.error();
            outboxes[i] = *exported;
        }
        Result<qint64> bytes = makeError(ErrorCode::Failed, {});
        const double baselineMs = millis(timed([&] { bytes = readFolder(share); }));
        if (!bytes) return bytes.error();
        Result<SyncReport> report = makeError(ErrorCode::Failed, {});
        const double ms = millis(timed([&] { report = (*coordinator)->sync().importFrom(share, {}); }));
        if (!report) return report.error();
        if (report->read != kScanDevices || report->applied != 0 || !report->rejected.empty()) {
            return makeError(ErrorCode::Failed, QStringLiteral("a scan of re-written outboxes read %1 and applied %2")
                                                    .arg(report->read)
                                                    .arg(report->applied));
        }
        times.rescanMs.push_back(ms);
        times.rescanBaselineMs.push_back(baselineMs);
    }
    return {};
}

Result<SyncTimes> measureSync(const QString& syncDir, std::uint64_t seed, int changesets, const VocabularyKeys& keys) {
    auto team = SyntheticTeam::create(seed + 1, changesets, keys);
    if (!team) return team.error();
    SyncTimes times;
    const QDir dir(syncDir);
    FC_TRY(measureExchange(QDir(dir.filePath(QStringLiteral("exchange"))), *team, changesets, times));
    FC_TRY(measureScan(QDir(dir.filePath(QStringLiteral("scan"))), *team, times));
    return times;
}

// ---- joining the team ----

// A new laptop joins the team of the main vault: the coordinator (the main vault) approves it, the laptop takes the
// welcome, then the two exchange through one shared folder until the laptop's import brings nothing new — as many
// rounds as the history needs bundles (kChangesetBudget each). The laptop runs in a child process per step (unlock,
// import, export), so its peak memory is its own; the timed span includes those processes' start and unlock.
struct JoinTimes {
    double seconds = 0;
    double baselineSeconds = 0;  // the history's changeset rows inserted raw into a new encrypted database
    int rounds = 0;              // exchanges after the welcome
    qint64 applied = 0;          // changesets applied on the new laptop
    qint64 historyBytes = 0;     // bodies of the coordinator's changesets
    double peakRssMiB = 0;       // the largest of the new laptop's steps
    qint64 casesHeld = 0;        // by the new laptop after its last step
    std::vector<qint64> appliedPerStep;
};

struct JoinPaths {
    QString laptop;
    QString request;
    QString welcome;
    QString share;
};

JoinPaths joinPaths(const QString& workDir) {
    const QDir dir(QDir(workDir).filePath(QStringLiteral("join")));
    return {dir.filePath(QStringLiteral("laptop")), dir.filePath(QStringLiteral("laptop.request")),
            dir.filePath(QStringLiteral("welcome")), dir.filePath(QStringLiteral("share"))};
}

// This process's peak resident memory (VmHWM): unlike getrusage's ru_maxrss, it starts afresh at exec, so a child
// does not report the size of the parent it was forked from.
Result<qint64> peakResidentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return makeError(ErrorCode::Io, status.errorString());
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').front().toLongLong();
    }
    return makeError(ErrorCode::Failed, QStringLiteral("no VmHWM in /proc/self/status"));
}

// One step of the new laptop, in a child process: step 0 takes the welcome and confirms it, every later step is an
// exchange with the shared folder. Prints what it applied, the cases it holds and its peak resident memory.
Result<void> runJoinStep(const QString& workDir, int step) {
    const JoinPaths paths = joinPaths(workDir);
    auto services = makeServices(paths.laptop);
    FC_TRY(services->vault().unlock(SecretBytes::fromText(kPassphrase)));
    qint64 applied = 0;
    if (step == 0) {
        auto staged = services->sync().importFrom(paths.welcome, {});
        if (!staged) return staged.error();
        if (staged->pendingJoinSafetyNumber.isEmpty())
            return makeError(ErrorCode::Failed, QStringLiteral("the welcome was not found"));
        auto joined = services->sync().confirmJoin(staged->pendingJoinSafetyNumber);
        if (!joined) return joined.error();
        if (joined->joinedSafetyNumber.isEmpty() || joined->anyRejected())
            return makeError(ErrorCode::Failed, QStringLiteral("the welcome did not make the laptop a member"));
        applied = joined->applied;
        auto exported = services->sync().exportTo(paths.share);
        if (!exported) return exported.error();
    } else {
        auto exchanged = services->sync().exchange(paths.share, {});
        if (!exchanged) return exchanged.error();
        if (exchanged->received.anyRejected())
            return makeError(ErrorCode::Failed, exchanged->received.rejected.front().reason);
        applied = exchanged->received.applied;
    }
    auto counts = services->records().counts();
    if (!counts) return counts.error();
    auto peak = peakResidentKiB();
    if (!peak) return peak.error();
    const QJsonObject result{{QStringLiteral("applied"), applied},
                             {QStringLiteral("cases"), counts->value(QStringLiteral("case")).toLongLong()},
                             {QStringLiteral("rss_kib"), *peak}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return {};
}

Result<QJsonObject> joinStep(const QString& workDir, int step) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--dir"), workDir, QStringLiteral("--join-step"), QString::number(step)});
    if (!child.waitForStarted(-1) || !child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        return makeError(ErrorCode::Failed, QStringLiteral("join step %1 failed: %2")
                                                .arg(step)
                                                .arg(QString::fromUtf8(child.readAllStandardError()).trimmed()));
    }
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

// The main vault must be locked and released (the children take the laptop's lock, not the vault's; the
// coordinator's session is opened here).
Result<JoinTimes> measureJoin(const QString& workDir, const QString& vaultDir, int cases) {
    const JoinPaths paths = joinPaths(workDir);
    for (const QString& folder : {paths.welcome, paths.share}) {
        if (!QDir().mkpath(folder)) return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(folder));
    }
    {
        auto laptop = newVault(paths.laptop, QStringLiteral("bench new laptop"), true);
        if (!laptop) return laptop.error();
        FC_TRY((*laptop)->sync().writeEnrolmentRequest(paths.request));
    }
    auto coordinator = makeServices(vaultDir);
    FC_TRY(coordinator->vault().unlock(SecretBytes::fromText(kPassphrase)));

    JoinTimes times;
    const auto step = [&](int index) -> Result<qint64> {
        auto result = joinStep(workDir, index);
        if (!result) return result.error();
        const qint64 applied = result->value(QStringLiteral("applied")).toInteger();
        times.applied += applied;
        times.appliedPerStep.push_back(applied);
        times.peakRssMiB = std::max(times.peakRssMiB,
                                    static_cast<double>(result->value(QStringLiteral("rss_kib")).toInteger()) / 1024);
        times.casesHeld = result->value(QStringLiteral("cases")).toInteger();
        return applied;
    };
    QElapsedTimer timer;
    timer.start();
    auto approved = coordinator->sync().approve(paths.request, paths.welcome, false, {});
    if (!approved) return approved.error();
    auto first = step(0);
    if (!first) return first.error();
    for (qint64 applied = *first; applied != 0 || times.rounds == 0; ++times.rounds) {
        if (times.rounds == kMaxJoinRounds)
            return makeError(ErrorCode::Failed,
                             QStringLiteral("the new laptop still takes news after %1 exchanges").arg(kMaxJoinRounds));
        progress(QStringLiteral("join: exchange %1, %2 changesets so far").arg(times.rounds + 1).arg(times.applied));
        auto exchanged = coordinator->sync().exchange(paths.share, {});
        if (!exchanged) return exchanged.error();
        auto next = step(times.rounds + 1);
        if (!next) return next.error();
        applied = *next;
    }
    times.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    coordinator.reset();
    if (times.casesHeld != cases) {
        return makeError(ErrorCode::Failed,
                         QStringLiteral("the new laptop holds %1 of %2 cases").arg(times.casesHeld).arg(cases));
    }

    auto key = vaultDatabaseKey(vaultDir);
    if (!key) return key.error();
    auto vaultDb = RawStore::openExisting(QDir(vaultDir).filePath(QStringLiteral("vault.db")), *key);
    if (!vaultDb) return vaultDb.error();
    auto rows = vaultDb->selectRows(kChangesetRowsSql);
    if (!rows) return rows.error();
    for (const StoredRow& row : *rows)
        times.historyBytes += row[4].bytes.size();
    auto baselineMs = rawInsertMs(QDir(workDir).filePath(QStringLiteral("join/baseline.db")), *rows);
    if (!baselineMs) return baselineMs.error();
    times.baselineSeconds = *baselineMs / 1000;
    return times;
}

struct BackupTimes {
    double backupMs = 0;
    double copyMs = 0;  // the baseline: a plain copy of the database file
    qint64 backupBytes = 0;
    double restoreSeconds = 0;
    double restoreRssMiB = 0;
    qint64 casesRestored = 0;
};

QString backupDir(const QString& workDir) {
    return QDir(workDir).filePath(QStringLiteral("backup"));
}

// The new laptop, in a child process: restores the one backup in the backup folder into a new vault. Prints the
// seconds the restore took, the cases it holds and its peak resident memory.
Result<void> runRestoreStep(const QString& workDir) {
    const QDir dir(backupDir(workDir));
    const QStringList files = dir.entryList({QStringLiteral("*.fcbackup")}, QDir::Files);
    if (files.size() != 1)
        return makeError(ErrorCode::Failed, QStringLiteral("no single backup in %1").arg(dir.path()));
    auto services = makeServices(dir.filePath(QStringLiteral("restored")));
    RestoreRequest request;
    request.backupFile = dir.filePath(files.front());
    request.secret = SecretBytes::fromText(kPassphrase);
    Result<RestoredVault> restored = makeError(ErrorCode::Failed, QString());
    const qint64 ns = timed([&] { restored = services->vault().restore(std::move(request)); });
    if (!restored) return restored.error();
    auto counts = services->records().counts();
    if (!counts) return counts.error();
    auto peak = peakResidentKiB();
    if (!peak) return peak.error();
    const QJsonObject result{{QStringLiteral("seconds"), static_cast<double>(ns) / 1e9},
                             {QStringLiteral("cases"), counts->value(QStringLiteral("case")).toLongLong()},
                             {QStringLiteral("rss_kib"), *peak}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return {};
}

// A backup of the whole vault (its session opened here, so the vault must be released) against a plain copy of its
// database file, then the restore of that backup on a new laptop, in a child process.
Result<BackupTimes> measureBackupRestore(const QString& workDir, const QString& vaultDir) {
    const QDir dir(backupDir(workDir));
    if (!QDir().mkpath(dir.path())) return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir.path()));
    BackupTimes times;
    {
        auto services = makeServices(vaultDir);
        FC_TRY(services->vault().unlock(SecretBytes::fromText(kPassphrase)));
        Result<QString> file = QString();
        times.backupMs = millis(timed([&] { file = services->vault().backup(dir.path()); }));
        if (!file) return file.error();
        times.backupBytes = fileSize(*file);
    }
    const QString copy = QDir(workDir).filePath(QStringLiteral("vault-copy.db"));
    bool copied = false;
    times.copyMs =
        millis(timed([&] { copied = QFile::copy(QDir(vaultDir).filePath(QStringLiteral("vault.db")), copy); }));
    if (!copied) return makeError(ErrorCode::Io, QStringLiteral("cannot copy the vault's database"));
    QFile::remove(copy);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--dir"), workDir, QStringLiteral("--restore-step")});
    if (!child.waitForStarted(-1) || !child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        return makeError(
            ErrorCode::Failed,
            QStringLiteral("the restore failed: %1").arg(QString::fromUtf8(child.readAllStandardError()).trimmed()));
    }
    const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    times.restoreSeconds = result.value(QStringLiteral("seconds")).toDouble();
    times.casesRestored = result.value(QStringLiteral("cases")).toInteger();
    times.restoreRssMiB = static_cast<double>(result.value(QStringLiteral("rss_kib")).toInteger()) / 1024;
    return times;
}

// ---- output ----

QString number(double value, int decimals = 1) {
    return QString::number(value, 'f', decimals);
}

QString withUnit(double value, const QString& unit) {
    if (unit == QLatin1String("records/s")) return QStringLiteral("%1 records/s").arg(qRound64(value));
    if (unit == QLatin1String("ms")) return QStringLiteral("%1 ms").arg(number(value, value < 10 ? 2 : 1));
    if (unit == QLatin1String("s")) return QStringLiteral("%1 s").arg(number(value, 2));
    if (unit == QLatin1String("MiB")) return QStringLiteral("%1 MiB").arg(number(value, 1));
    if (unit == QLatin1String("x")) return QStringLiteral("%1×").arg(number(value, 2));
    return number(value);
}

QString ratioText(const Figure& figure) {
    if (!figure.ratio) return QStringLiteral("—");
    return figure.ratioUnit == QLatin1String("%") ? QStringLiteral("%1 %").arg(number(*figure.ratio, 1))
                                                  : QStringLiteral("%1×").arg(number(*figure.ratio, 2));
}

void printTable(QTextStream& out, const std::vector<Figure>& figures) {
    const QStringList header = {
        QStringLiteral("figure"), QStringLiteral("measured"), QStringLiteral("baseline (same run)"),
        QStringLiteral("ratio"),  QStringLiteral("target"),   QStringLiteral("result")};
    std::vector<QStringList> lines{header};
    for (const Figure& figure : figures) {
        const QString baseline =
            figure.baseline
                ? QStringLiteral("%1 (%2)").arg(withUnit(*figure.baseline, figure.unit), figure.baselineLabel)
                : (figure.baselineLabel.isEmpty() ? QStringLiteral("—") : figure.baselineLabel);
        const QString result = !figure.pass   ? QStringLiteral("info")
                               : *figure.pass ? QStringLiteral("pass")
                                              : QStringLiteral("FAIL");
        lines.push_back(
            {figure.label,
             (figure.lowerBound ? QStringLiteral("> ") : QString()) + withUnit(figure.measured, figure.unit), baseline,
             ratioText(figure), figure.target, result});
    }
    std::vector<qsizetype> widths(header.size(), 0);
    for (const QStringList& line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], line[i].size());
    }
    for (const QStringList& line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            out << line[i].leftJustified(widths[static_cast<std::size_t>(i)]) << (i + 1 < line.size() ? " | " : "\n");
        }
    }
}

QJsonValue optionalJson(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject figureJson(const Figure& figure) {
    return QJsonObject{{QStringLiteral("name"), figure.name},
                       {QStringLiteral("label"), figure.label},
                       {QStringLiteral("unit"), figure.unit},
                       {QStringLiteral("measured"), figure.measured},
                       {QStringLiteral("baseline"), optionalJson(figure.baseline)},
                       {QStringLiteral("baseline_label"), figure.baselineLabel},
                       {QStringLiteral("ratio"), optionalJson(figure.ratio)},
                       {QStringLiteral("ratio_unit"), figure.ratioUnit},
                       {QStringLiteral("target"), figure.target},
                       {QStringLiteral("pass"), figure.pass ? QJsonValue(*figure.pass) : QJsonValue()},
                       {QStringLiteral("lower_bound"), figure.lowerBound}};
}

QJsonArray listJson(const std::vector<ListTiming>& timings) {
    QJsonArray array;
    for (const ListTiming& timing : timings) {
        array.append(QJsonObject{{QStringLiteral("query"), timing.what},
                                 {QStringLiteral("filter"), timing.filter},
                                 {QStringLiteral("ms"), timing.ms},
                                 {QStringLiteral("finished"), timing.finished},
                                 {QStringLiteral("runs"), timing.runs},
                                 {QStringLiteral("rows"), timing.rows},
                                 {QStringLiteral("total"), timing.total}});
    }
    return array;
}

const ListTiming& slowest(const std::vector<ListTiming>& timings) {
    return *std::max_element(timings.begin(), timings.end(),
                             [](const ListTiming& a, const ListTiming& b) { return a.ms < b.ms; });
}

// ---- main ----

Result<Options> parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds a synthetic vault and prints Fieldcase's performance figures beside same-run baselines."));
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Number of cases (people 1.5×, encounters 3×, follow-ups 1×)."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON document on stdout; the table then goes to stderr."));
    const QCommandLineOption dir(
        QStringLiteral("dir"),
        QStringLiteral("Where to build the vault and the baselines (kept); default a temporary folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic data."),
                                  QStringLiteral("S"), QString::number(kDefaultSeed));
    QCommandLineOption listQuery(QStringLiteral("list-query"),
                                 QStringLiteral("Internal: time one case list query on the vault in --dir."),
                                 QStringLiteral("I"));
    listQuery.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption joinStep(QStringLiteral("join-step"),
                                QStringLiteral("Internal: one step of the laptop that joins the team in --dir."),
                                QStringLiteral("I"));
    joinStep.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption restoreStep(QStringLiteral("restore-step"),
                                   QStringLiteral("Internal: restore the backup of the vault in --dir."));
    restoreStep.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({cases, json, dir, seed, listQuery, joinStep, restoreStep});
    parser.process(app);
    Options options;
    bool ok = false;
    options.cases = parser.value(cases).toInt(&ok);
    if (!ok || options.cases < 1) return makeError(ErrorCode::Usage, QStringLiteral("--cases takes a positive number"));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) return makeError(ErrorCode::Usage, QStringLiteral("--seed takes a non-negative number"));
    options.json = parser.isSet(json);
    options.dir = parser.value(dir);
    if (parser.isSet(listQuery)) {
        options.listQuery = parser.value(listQuery).toInt(&ok);
        if (!ok || options.dir.isEmpty())
            return makeError(ErrorCode::Usage, QStringLiteral("--list-query takes a number and needs --dir"));
    }
    if (parser.isSet(joinStep)) {
        options.joinStep = parser.value(joinStep).toInt(&ok);
        if (!ok || options.dir.isEmpty())
            return makeError(ErrorCode::Usage, QStringLiteral("--join-step takes a number and needs --dir"));
    }
    options.restoreStep = parser.isSet(restoreStep);
    if (options.restoreStep && options.dir.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("--restore-step needs --dir"));
    return options;
}

Result<void> run(const Options& options, const QString& workDir) {
    QElapsedTimer total;
    total.start();
    crypto::initialiseCrypto();
    const QDir dir(workDir);
    const QString vaultDir = dir.filePath(QStringLiteral("vault"));
    const QString encryptedPath = dir.filePath(QStringLiteral("baseline-encrypted.db"));
    const QString plainPath = dir.filePath(QStringLiteral("baseline-plain.db"));
    const QString syncDir = dir.filePath(QStringLiteral("sync"));
    for (const QString& path : {vaultDir, encryptedPath, plainPath, syncDir}) {
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::AlreadyExists,
                             QStringLiteral("%1 exists; remove it or choose another --dir").arg(path));
    }

    progress(QStringLiteral("KDF, moderate preset"));
    auto kdf = measureModerateKdf();
    if (!kdf) return kdf.error();

    auto services = makeServices(vaultDir);
    CreateVaultRequest request;
    request.passphrase = SecretBytes::fromText(kPassphrase);
    request.deviceName = QStringLiteral("bench laptop");
    request.strength = KdfStrength::Interactive;
    auto created = services->vault().create(std::move(request));
    if (!created) return created.error();
    RecordService& records = services->records();

    auto keys = vocabularyKeys(records);
    if (!keys) return keys.error();
    auto team = SyntheticTeam::create(options.seed, options.cases, *keys);
    if (!team) return team.error();
    auto analyzer = search::TextAnalyzer::create();
    if (!analyzer) return analyzer.error();
    auto encrypted = RawStore::openEncrypted(encryptedPath);
    if (!encrypted) return encrypted.error();
    auto plain = RawStore::openPlain(plainPath);
    if (!plain) return plain.error();

    progress(QStringLiteral("creating %1 records").arg(team->size().total()));
    auto bulk = BulkLoader(records, *team, *encrypted, *plain, *analyzer).run();
    if (!bulk) return bulk.error();

    FC_TRY(encrypted->checkpoint());
    FC_TRY(plain->checkpoint());
    const qint64 encryptedBytes = fileSize(encryptedPath);
    const qint64 plainBytes = fileSize(plainPath);
    if (startsWithSqliteHeader(encryptedPath) || !startsWithSqliteHeader(plainPath)) {
        return makeError(ErrorCode::Failed,
                         QStringLiteral("the baseline databases are not encrypted and plain as intended"));
    }
    services->vault().lock();  // closing the last connection folds the WAL into vault.db
    const qint64 vaultBytes = fileSize(QDir(vaultDir).filePath(QStringLiteral("vault.db")));

    progress(QStringLiteral("unlock"));
    auto unlocks = measureUnlock(services->vault());
    if (!unlocks) return unlocks.error();
    progress(QStringLiteral("duress unlock"));
    auto duressUnlocks = measureDuressUnlock(services->vault());
    if (!duressUnlocks) return duressUnlocks.error();

    progress(QStringLiteral("search"));
    auto searches = measureSearch(records, *encrypted, *analyzer, team->searchQueries(kSearchQueries));
    if (!searches) return searches.error();

    progress(QStringLiteral("dashboard"));
    auto dashboardMs = measureDashboard(records, *team);
    if (!dashboardMs) return dashboardMs.error();

    progress(QStringLiteral("case list"));
    services.reset();  // the children that time the list queries take the vault's lock
    auto lists = measureCaseList(workDir);
    if (!lists) return lists.error();
    std::vector<ListTiming> sorts;
    std::vector<ListTiming> filters;
    for (const ListTiming& timing : *lists)
        (timing.filter ? filters : sorts).push_back(timing);

    progress(QStringLiteral("join: a new laptop joins the team of the whole vault"));
    auto join = measureJoin(workDir, vaultDir, options.cases);
    if (!join) return join.error();

    progress(QStringLiteral("backup of the whole vault, and its restore on a new laptop"));
    auto backup = measureBackupRestore(workDir, vaultDir);
    if (!backup) return backup.error();
    if (backup->casesRestored != options.cases) {
        return makeError(
            ErrorCode::Failed,
            QStringLiteral("the restored laptop holds %1 of %2 cases").arg(backup->casesRestored).arg(options.cases));
    }

    // 50 000 rows at the reference size, as issue 15 asks.
    progress(QStringLiteral("spreadsheet import"));
    auto spreadsheet = measureSpreadsheetImport(workDir, std::max(100, options.cases / 2));
    if (!spreadsheet) return spreadsheet.error();

    // As many changesets as cases: 100 000 at the reference size.
    progress(QStringLiteral("sync"));
    auto sync = measureSync(syncDir, options.seed, options.cases, *keys);
    if (!sync) return sync.error();

    // ---- figures ----
    std::vector<Figure> figures;
    const double coreRate = static_cast<double>(bulk->records) / (static_cast<double>(bulk->coreNs) / 1e9);
    const double rawRate = static_cast<double>(bulk->records) / (static_cast<double>(bulk->encryptedRowsNs) / 1e9);
    figures.push_back({QStringLiteral("bulk_create"), QStringLiteral("bulk create, all kinds"),
                       QStringLiteral("records/s"), coreRate, rawRate, QStringLiteral("raw SQLCipher INSERT"),
                       100.0 * coreRate / rawRate, QStringLiteral("%"), QStringLiteral("≥ 25 %"),
                       100.0 * coreRate / rawRate >= 25.0});
    const double encryptedSeconds = static_cast<double>(bulk->encryptedRowsNs + bulk->encryptedFtsNs) / 1e9;
    const double plainSeconds = static_cast<double>(bulk->plainRowsNs + bulk->plainFtsNs) / 1e9;
    figures.push_back({QStringLiteral("encryption_time"), QStringLiteral("encryption overhead, raw rows + FTS4"),
                       QStringLiteral("s"), encryptedSeconds, plainSeconds, QStringLiteral("plain SQLite"),
                       encryptedSeconds / plainSeconds, QStringLiteral("x"), QStringLiteral("≤ 1.5×"),
                       encryptedSeconds / plainSeconds <= 1.5});
    const double sizeRatio = static_cast<double>(encryptedBytes) / static_cast<double>(plainBytes);
    figures.push_back({QStringLiteral("encryption_size"), QStringLiteral("on-disk size, raw encrypted"),
                       QStringLiteral("MiB"), static_cast<double>(encryptedBytes) / kMiB,
                       static_cast<double>(plainBytes) / kMiB, QStringLiteral("plain SQLite"), sizeRatio,
                       QStringLiteral("x"), QStringLiteral("≤ 1.5×"), sizeRatio <= 1.5});
    figures.push_back({QStringLiteral("vault_size"), QStringLiteral("on-disk size, vault"), QStringLiteral("MiB"),
                       static_cast<double>(vaultBytes) / kMiB, static_cast<double>(plainBytes) / kMiB,
                       QStringLiteral("plain SQLite"),
                       static_cast<double>(vaultBytes) / static_cast<double>(plainBytes), QStringLiteral("x"),
                       QStringLiteral("— (info)"), std::nullopt});
    const double openMs = unlocks->openMs();
    figures.push_back({QStringLiteral("vault_open"),
                       QStringLiteral("vault open after the KDF"),
                       QStringLiteral("ms"),
                       openMs,
                       std::nullopt,
                       QStringLiteral("unlock %1 ms − KDF %2 ms (fastest of %3 each)")
                           .arg(number(*std::min_element(unlocks->unlockMs.begin(), unlocks->unlockMs.end())),
                                number(*std::min_element(unlocks->kdfMs.begin(), unlocks->kdfMs.end())))
                           .arg(kUnlockRepeats),
                       std::nullopt,
                       {},
                       QStringLiteral("≤ 100 ms"),
                       openMs <= 100.0});
    {
        const auto& normal = duressUnlocks->passphraseMs;
        const double slowest = *std::max_element(normal.begin(), normal.end());
        const double fastest = *std::min_element(normal.begin(), normal.end());
        const double duressMs = median(duressUnlocks->duressMs);
        figures.push_back(
            {QStringLiteral("duress_unlock"), QStringLiteral("unlock with the duress passphrase (median)"),
             QStringLiteral("ms"), duressMs, median(normal),
             QStringLiteral("unlock with the passphrase, median of %1 alternating (%2–%3 ms)")
                 .arg(kUnlockRepeats)
                 .arg(number(fastest), number(slowest)),
             duressMs / median(normal), QStringLiteral("x"), QStringLiteral("within the passphrase's spread"),
             duressMs >= fastest && duressMs <= slowest});
    }
    const double moderateMs = median(kdf->moderateMs);
    figures.push_back({QStringLiteral("kdf_moderate"),
                       QStringLiteral("KDF, moderate preset"),
                       QStringLiteral("ms"),
                       moderateMs,
                       std::nullopt,
                       {},
                       std::nullopt,
                       {},
                       QStringLiteral("500–1500 ms"),
                       moderateMs >= 500.0 && moderateMs <= 1500.0});
    const auto listFigure = [&](const char* name, const char* label, const std::vector<ListTiming>& timings,
                                double targetMs) {
        const ListTiming& worst = slowest(timings);
        Figure figure{QLatin1String(name),
                      QLatin1String(label),
                      QStringLiteral("ms"),
                      worst.ms,
                      std::nullopt,
                      worst.what,
                      std::nullopt,
                      {},
                      QStringLiteral("≤ %1 ms").arg(targetMs),
                      worst.ms <= targetMs};
        if (!worst.finished) {
            figure.lowerBound = true;
            figure.baselineLabel += QStringLiteral(", stopped after %1 s").arg(kListBudgetMs / 1000);
        }
        figures.push_back(figure);
    };
    listFigure("case_list_first_page", "case list, first page (worst sort)", sorts, 20);
    listFigure("case_list_filter_change", "case list, filter change (worst)", filters, 100);
    std::vector<double> coreMs;
    std::vector<double> rawMs;
    for (const QueryTiming& timing : *searches) {
        coreMs.push_back(timing.coreMs);
        rawMs.push_back(timing.rawMs);
    }
    const auto searchFigure = [&](const char* name, const char* label, double p, const QString& target,
                                  std::optional<bool> pass) {
        const double core = percentile(coreMs, p);
        const double raw = percentile(rawMs, p);
        figures.push_back({QLatin1String(name), QLatin1String(label), QStringLiteral("ms"), core, raw,
                           QStringLiteral("raw FTS4 MATCH"), core / raw, QStringLiteral("x"), target, pass});
    };
    const double searchP95 = percentile(coreMs, 95);
    const double searchRatio = searchP95 / percentile(rawMs, 95);
    searchFigure("search_p50", "search p50 (200 queries)", 50, QStringLiteral("— (info)"), std::nullopt);
    searchFigure("search_p95", "search p95 (200 queries)", 95, QStringLiteral("≤ 30 ms"), searchP95 <= 30.0);
    figures.push_back({QStringLiteral("search_p95_ratio"),
                       QStringLiteral("search p95 vs raw FTS4 p95"),
                       QStringLiteral("x"),
                       searchRatio,
                       std::nullopt,
                       QStringLiteral("raw FTS4 MATCH"),
                       std::nullopt,
                       {},
                       QStringLiteral("≤ 3×"),
                       searchRatio <= 3.0});
    searchFigure("search_max", "search max (200 queries)", 100, QStringLiteral("— (info)"), std::nullopt);
    const double dashboardTarget =
        std::max(kDashboardFloorMs, kDashboardTargetMs * static_cast<double>(options.cases) / 100000.0);
    figures.push_back({QStringLiteral("dashboard"),
                       QStringLiteral("dashboard, every chart, all time (median of %1)").arg(kRepeats),
                       QStringLiteral("ms"),
                       *dashboardMs,
                       std::nullopt,
                       QStringLiteral("%1 cases, %2 referrals").arg(options.cases).arg(team->size().referrals),
                       std::nullopt,
                       {},
                       QStringLiteral("≤ %1 ms").arg(number(dashboardTarget, 0)),
                       *dashboardMs <= dashboardTarget});
    const double importRate = spreadsheet->rows / spreadsheet->importSeconds;
    const double readRate = spreadsheet->rows / spreadsheet->readSeconds;
    figures.push_back({QStringLiteral("spreadsheet_import"),
                       QStringLiteral("spreadsheet import, %1 rows").arg(spreadsheet->rows), QStringLiteral("rows/s"),
                       importRate, readRate, QStringLiteral("reading the file alone"), 100.0 * importRate / readRate,
                       QStringLiteral("%"), QStringLiteral("— (info)"), std::nullopt});
    const auto syncFigure = [&](const QString& name, const QString& label, double core, double baseline,
                                const QString& baselineLabel, double targetMs) {
        figures.push_back({name, label, QStringLiteral("ms"), core, baseline, baselineLabel, core / baseline,
                           QStringLiteral("x"), QStringLiteral("≤ %1 ms").arg(targetMs), core <= targetMs});
    };
    syncFigure(QStringLiteral("sync_export"), QStringLiteral("sync export, %1 changesets").arg(sync->changesets),
               median(sync->exportMs), median(sync->exportBaselineMs), QStringLiteral("read the rows + write the file"),
               3000);
    // 6 s at the reference size, scaled with the number of changesets, and at most 12× the raw insert at any size.
    const double importTargetMs = 6000.0 * static_cast<double>(sync->changesets) / 100000.0;
    const double importRatio = sync->importMs / sync->importBaselineMs;
    figures.push_back({QStringLiteral("sync_import"),
                       QStringLiteral("sync import, %1 changesets").arg(sync->changesets), QStringLiteral("ms"),
                       sync->importMs, sync->importBaselineMs, QStringLiteral("raw SQLCipher INSERT of the rows"),
                       importRatio, QStringLiteral("x"),
                       QStringLiteral("≤ %1 ms and ≤ 12×").arg(number(importTargetMs, 0)),
                       sync->importMs <= importTargetMs && importRatio <= 12.0});
    const double joinTarget = std::max(kJoinFloorSeconds, kJoinTargetSeconds * options.cases / 100000.0);
    figures.push_back({QStringLiteral("sync_join"), QStringLiteral("a new laptop joins, %1 cases").arg(options.cases),
                       QStringLiteral("s"), join->seconds, join->baselineSeconds,
                       QStringLiteral("raw SQLCipher INSERT of the history"), join->seconds / join->baselineSeconds,
                       QStringLiteral("x"), QStringLiteral("≤ %1 s").arg(number(joinTarget, 1)),
                       join->seconds <= joinTarget});
    figures.push_back({QStringLiteral("sync_join_rss"),
                       QStringLiteral("a new laptop joins: peak memory"),
                       QStringLiteral("MiB"),
                       join->peakRssMiB,
                       std::nullopt,
                       QStringLiteral("largest step"),
                       std::nullopt,
                       {},
                       QStringLiteral("≤ 500 MB"),
                       join->peakRssMiB <= kJoinRssTargetMiB});
    figures.push_back({QStringLiteral("backup"), QStringLiteral("backup of the vault, %1 cases").arg(options.cases),
                       QStringLiteral("ms"), backup->backupMs, backup->copyMs,
                       QStringLiteral("plain copy of the database file"), backup->backupMs / backup->copyMs,
                       QStringLiteral("x"), QStringLiteral("≤ %1×").arg(number(kBackupTargetRatio, 0)),
                       backup->backupMs <= kBackupTargetRatio * backup->copyMs});
    // A restore replays the history as a join does: the same target and baseline.
    figures.push_back({QStringLiteral("restore"),
                       QStringLiteral("restore on a new laptop, %1 cases").arg(options.cases), QStringLiteral("s"),
                       backup->restoreSeconds, join->baselineSeconds,
                       QStringLiteral("raw SQLCipher INSERT of the history"),
                       backup->restoreSeconds / join->baselineSeconds, QStringLiteral("x"),
                       QStringLiteral("≤ %1 s").arg(number(joinTarget, 1)), backup->restoreSeconds <= joinTarget});
    figures.push_back({QStringLiteral("restore_rss"),
                       QStringLiteral("restore: peak memory"),
                       QStringLiteral("MiB"),
                       backup->restoreRssMiB,
                       std::nullopt,
                       {},
                       std::nullopt,
                       {},
                       QStringLiteral("≤ 500 MB"),
                       backup->restoreRssMiB <= kJoinRssTargetMiB});
    syncFigure(QStringLiteral("folder_scan"), QStringLiteral("folder scan, %1 outboxes, nothing new").arg(kScanDevices),
               median(sync->scanMs), median(sync->scanBaselineMs), QStringLiteral("read the files"), 200);
    syncFigure(QStringLiteral("folder_rescan"),
               QStringLiteral("folder scan, %1 outboxes written again, nothing new").arg(kScanDevices),
               median(sync->rescanMs), median(sync->rescanBaselineMs), QStringLiteral("read the files"), 200);

    const double totalSeconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    const TeamSize& size = team->size();
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString cpu = cpuModel();
    const int cores = QThread::idealThreadCount();
    const QString library = encrypted->libraryVersion();

    if (options.json) {
        QTextStream out(stdout);
        QJsonArray figureArray;
        for (const Figure& figure : figures)
            figureArray.append(figureJson(figure));
        QJsonArray kinds;
        for (const KindTimes& kind : bulk->kinds) {
            kinds.append(QJsonObject{{QStringLiteral("kind"), kind.kind},
                                     {QStringLiteral("records"), kind.records},
                                     {QStringLiteral("core_per_second"),
                                      static_cast<double>(kind.records) / (static_cast<double>(kind.coreNs) / 1e9)},
                                     {QStringLiteral("raw_per_second"),
                                      static_cast<double>(kind.records) / (static_cast<double>(kind.rawNs) / 1e9)}});
        }
        QJsonArray queryArray;
        for (const QueryTiming& timing : *searches) {
            queryArray.append(QJsonObject{{QStringLiteral("text"), timing.text},
                                          {QStringLiteral("core_ms"), timing.coreMs},
                                          {QStringLiteral("raw_ms"), timing.rawMs},
                                          {QStringLiteral("hits"), timing.hits},
                                          {QStringLiteral("matches"), timing.matches}});
        }
        auto toJson = [](const std::vector<double>& values) {
            QJsonArray array;
            for (double value : values)
                array.append(value);
            return array;
        };
        auto toJson64 = [](const std::vector<qint64>& values) {
            QJsonArray array;
            for (qint64 value : values)
                array.append(value);
            return array;
        };
        const QJsonObject document{
            {QStringLiteral("benchmark"), QStringLiteral("fieldcase-bench")},
            {QStringLiteral("date"), date},
            {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cpu"), cpu}, {QStringLiteral("cores"), cores}}},
            {QStringLiteral("library"), library},
            {QStringLiteral("cases"), options.cases},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("records"), QJsonObject{{QStringLiteral("case"), size.cases},
                                                    {QStringLiteral("person"), size.people},
                                                    {QStringLiteral("case_person"), size.links},
                                                    {QStringLiteral("encounter"), size.encounters},
                                                    {QStringLiteral("followup"), size.followups},
                                                    {QStringLiteral("total"), size.total()},
                                                    {QStringLiteral("search_documents"), bulk->documents}}},
            {QStringLiteral("figures"), figureArray},
            {QStringLiteral("details"),
             QJsonObject{{QStringLiteral("bulk_per_kind"), kinds},
                         {QStringLiteral("raw_encrypted_rows_s"), static_cast<double>(bulk->encryptedRowsNs) / 1e9},
                         {QStringLiteral("raw_encrypted_fts_s"), static_cast<double>(bulk->encryptedFtsNs) / 1e9},
                         {QStringLiteral("raw_plain_rows_s"), static_cast<double>(bulk->plainRowsNs) / 1e9},
                         {QStringLiteral("raw_plain_fts_s"), static_cast<double>(bulk->plainFtsNs) / 1e9},
                         {QStringLiteral("core_s"), static_cast<double>(bulk->coreNs) / 1e9},
                         {QStringLiteral("bytes"), QJsonObject{{QStringLiteral("vault"), vaultBytes},
                                                               {QStringLiteral("raw_encrypted"), encryptedBytes},
                                                               {QStringLiteral("raw_plain"), plainBytes}}},
                         {QStringLiteral("unlock_ms"), toJson(unlocks->unlockMs)},
                         {QStringLiteral("duress_unlock_ms"), toJson(duressUnlocks->duressMs)},
                         {QStringLiteral("passphrase_unlock_ms"), toJson(duressUnlocks->passphraseMs)},
                         {QStringLiteral("kdf_interactive_ms"), toJson(unlocks->kdfMs)},
                         {QStringLiteral("kdf_moderate_ms"), toJson(kdf->moderateMs)},
                         {QStringLiteral("case_list"), listJson(*lists)},
                         {QStringLiteral("search_queries"), queryArray},
                         {QStringLiteral("sync"),
                          QJsonObject{{QStringLiteral("changesets"), sync->changesets},
                                      {QStringLiteral("welcome_bytes"), sync->bundleBytes},
                                      {QStringLiteral("outbox_bytes"), sync->exportBytes},
                                      {QStringLiteral("making_changesets_s"), sync->generateSeconds},
                                      {QStringLiteral("welcome_ms"), sync->approveMs},
                                      {QStringLiteral("export_ms"), toJson(sync->exportMs)},
                                      {QStringLiteral("export_baseline_ms"), toJson(sync->exportBaselineMs)},
                                      {QStringLiteral("read_rows_ms"), toJson(sync->readRowsMs)},
                                      {QStringLiteral("write_file_ms"), toJson(sync->writeFileMs)},
                                      {QStringLiteral("import_ms"), sync->importMs},
                                      {QStringLiteral("import_baseline_ms"), sync->importBaselineMs},
                                      {QStringLiteral("applied"), sync->applied},
                                      {QStringLiteral("scan_outboxes"), kScanDevices},
                                      {QStringLiteral("scan_bytes"), sync->scanBytes},
                                      {QStringLiteral("scan_ms"), toJson(sync->scanMs)},
                                      {QStringLiteral("scan_baseline_ms"), toJson(sync->scanBaselineMs)},
                                      {QStringLiteral("rescan_ms"), toJson(sync->rescanMs)},
                                      {QStringLiteral("rescan_baseline_ms"), toJson(sync->rescanBaselineMs)},
                                      {QStringLiteral("scan_team_s"), sync->teamSeconds}}},
                         {QStringLiteral("join"),
                          QJsonObject{{QStringLiteral("seconds"), join->seconds},
                                      {QStringLiteral("baseline_seconds"), join->baselineSeconds},
                                      {QStringLiteral("exchanges"), join->rounds},
                                      {QStringLiteral("applied"), join->applied},
                                      {QStringLiteral("applied_per_step"), toJson64(join->appliedPerStep)},
                                      {QStringLiteral("history_bytes"), join->historyBytes},
                                      {QStringLiteral("peak_rss_mib"), join->peakRssMiB}}}}},
            {QStringLiteral("total_seconds"), totalSeconds},
        };
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    }

    // With --json the table still goes to stderr, so one long run gives both.
    QTextStream report(options.json ? stderr : stdout);
    report << "fieldcase-bench  " << date << "\n"
           << "machine: " << cpu << ", " << cores << " cores; " << library << "\n"
           << "data: " << size.cases << " cases, " << size.people << " people, " << size.links << " case links, "
           << size.encounters << " encounters, " << size.followups << " follow-ups (" << size.total() << " records, "
           << bulk->documents << " search documents), seed " << options.seed << "\n\n";
    printTable(report, figures);
    report << "\nbulk create per kind (core vs raw encrypted rows):\n";
    for (const KindTimes& kind : bulk->kinds) {
        report << "  " << kind.kind.leftJustified(12)
               << qRound64(static_cast<double>(kind.records) / (static_cast<double>(kind.coreNs) / 1e9)) << " vs "
               << qRound64(static_cast<double>(kind.records) / (static_cast<double>(kind.rawNs) / 1e9))
               << " records/s\n";
    }
    report << "case list (median of " << kRepeats << "):\n";
    for (const ListTiming& timing : *lists) {
        report << "  " << timing.what.leftJustified(36);
        if (timing.finished) {
            report << number(timing.ms, 2) << " ms  (" << timing.total << " cases)\n";
        } else {
            report << "> " << number(timing.ms, 0) << " ms  (stopped)\n";
        }
    }
    std::vector<QueryTiming> slow = *searches;
    std::sort(slow.begin(), slow.end(), [](const QueryTiming& a, const QueryTiming& b) { return a.coreMs > b.coreMs; });
    report << "slowest searches (core ms / raw ms / raw matches):\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(10, slow.size()); ++i) {
        report << "  " << slow[i].text.leftJustified(28) << number(slow[i].coreMs, 1) << " / "
               << number(slow[i].rawMs, 1) << " / " << slow[i].matches << "\n";
    }
    report << "sync: " << sync->changesets << " changesets in a "
           << number(static_cast<double>(sync->bundleBytes) / kMiB, 1) << " MiB welcome (made in "
           << number(sync->generateSeconds, 1) << " s, one per transaction), written in " << number(sync->approveMs, 1)
           << " ms\n"
           << "  export (median of " << kExportRepeats << "): " << number(median(sync->exportMs), 1)
           << " ms; baseline: read the rows " << number(median(sync->readRowsMs), 1) << " ms + write the file "
           << number(median(sync->writeFileMs), 1) << " ms\n"
           << "  import: " << number(sync->importMs, 1) << " ms, " << sync->applied << " changesets applied\n"
           << "  folder scan (median of " << kScanRepeats << "): " << kScanDevices << " outboxes, "
           << number(static_cast<double>(sync->scanBytes) / 1024.0, 1) << " KiB; team made in "
           << number(sync->teamSeconds, 1) << " s\n"
           << "  folder scan after every outbox was written again, nothing new (median of " << kRescanRounds
           << "): " << number(median(sync->rescanMs), 1) << " ms, each outbox opened and applied; reading the files "
           << number(median(sync->rescanBaselineMs), 2) << " ms\n";
    report << "join: " << join->applied << " changesets (" << number(static_cast<double>(join->historyBytes) / kMiB, 1)
           << " MiB of history) in the welcome and " << join->rounds << " exchanges, " << number(join->seconds, 1)
           << " s; the new laptop's largest step took " << number(join->peakRssMiB, 1) << " MiB\n";
    report << "backup: " << number(static_cast<double>(backup->backupBytes) / kMiB, 1) << " MiB written in "
           << number(backup->backupMs, 1) << " ms (a plain copy of the database: " << number(backup->copyMs, 1)
           << " ms); restored on a new laptop in " << number(backup->restoreSeconds, 1) << " s, peak "
           << number(backup->restoreRssMiB, 1) << " MiB\n";
    report << "total run time: " << number(totalSeconds, 1) << " s\n";
    return {};
}

}  // namespace

}  // namespace fieldcase::bench

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase-bench"));
    auto options = fieldcase::bench::parseOptions(app);
    if (!options) {
        QTextStream(stderr) << "fieldcase-bench: " << options.error().message << Qt::endl;
        return 2;
    }
    // The child processes: one step of the joining laptop, or one case list query.
    const auto finish = [](const fieldcase::Result<void>& done) {
        if (done) return 0;
        QTextStream(stderr) << "fieldcase-bench: " << done.error().message << Qt::endl;
        return 1;
    };
    if (options->joinStep) return finish(fieldcase::bench::runJoinStep(options->dir, *options->joinStep));
    if (options->restoreStep) return finish(fieldcase::bench::runRestoreStep(options->dir));
    if (options->listQuery) return finish(fieldcase::bench::runListChild(options->dir, *options->listQuery));
    std::optional<QTemporaryDir> temporary;  // removed, with everything in it, when main returns
    QString workDir = options->dir;
    if (workDir.isEmpty()) {
        temporary.emplace();
        if (!temporary->isValid()) {
            QTextStream(stderr) << "fieldcase-bench: cannot create a temporary folder" << Qt::endl;
            return 1;
        }
        workDir = temporary->path();
    } else if (!QDir().mkpath(workDir)) {
        QTextStream(stderr) << "fieldcase-bench: cannot create " << workDir << Qt::endl;
        return 1;
    }
    auto done = fieldcase::bench::run(*options, workDir);
    if (!done) {
        QTextStream(stderr) << "fieldcase-bench: " << done.error().message << Qt::endl;
        return 1;
    }
    return 0;
}
