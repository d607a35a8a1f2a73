#pragma once

#include "core/api/Import.h"
#include "core/base/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace fieldcase {

// Kinds of record, as the CLI and JSON name them: "case", "person", "case_person", "encounter", "note",
// "referral", "followup", "organisation", "consent", "attachment".

// One field of a kind of record, for forms, CLI help and exports.
struct FieldInfo {
    QString name;        // "title"
    QString label;       // translated
    QString type;        // text, long_text, lines, date, datetime, integer, boolean, choice, choice_set,
                         // country_codes, language_codes, reference
    QString vocabulary;  // for choice and choice_set: the vocabulary's name; for country_codes: "country"
    QString references;  // for reference: the kind it points to
    bool required = false;
    bool generated = false;  // set by Fieldcase (the case reference)
    int maxLength = 0;
};

// The formats of exportRecords().
enum class ExportFormat { Csv, Xlsx, Json };
// How exported values read: as a person reads them (field and vocabulary labels in the interface language, yes and
// no), or as keys for other tools (field names, HTCDS vocabulary keys, true and false).
enum class ExportValues { Labels, Keys };

struct VocabularyItem {
    QString key;  // stored; stable across languages and versions
    QString label;
    QString description;
};

// A record as the facade shows it. Field values: QString, qint64, bool, or QStringList for lists; a field that
// is empty is absent. References are record ids (32 hex digits).
struct RecordData {
    QString kind;
    QString id;
    bool archived = false;
    qint64 createdAt = 0;  // ms since the epoch
    qint64 updatedAt = 0;
    QVariantMap fields;
};

struct CaseListQuery {
    QString status;            // a case_status key, or empty for all
    QString exploitation;      // an exploitation_type key, or empty
    QString risk;              // a risk_level key, or empty
    QString assignedTo;        // exact worker name, or empty
    bool overdueOnly = false;  // only cases with an open follow-up past its due date
    bool includeArchived = false;
    QString sortField = QStringLiteral("updated_at");  // updated_at, reference, title, status, risk, opened_on
    bool descending = true;
    int offset = 0;
    int limit = 100;
};

struct CaseSummary {
    QString id;
    QString reference;
    QString title;
    QString status;
    QString risk;
    qint64 updatedAt = 0;
    bool archived = false;
};

struct CaseListPage {
    QList<CaseSummary> rows;
    int total = 0;  // matching cases, for "1–100 of 2 345"
};

// Which follow-ups a list shows. Open ones are grouped by their due date counted from "today": before it, on it,
// in the six days after it, or later. Done ones are asked for on their own.
enum class FollowUpBucket { Overdue, Today, ThisWeek, Later, Done };

struct FollowUpQuery {
    QDate today;  // the day the buckets count from: the caller's today (tests pass a fixed day)
    FollowUpBucket bucket = FollowUpBucket::Today;
    int offset = 0;
    int limit = 100;
};

// A follow-up with the case it belongs to, for lists across cases.
struct FollowUpItem {
    QString id;
    QString caseId;
    QString caseReference;
    QString caseTitle;
    QString what;
    QString dueOn;     // YYYY-MM-DD
    QString assignee;  // empty when nobody is named
    QString state;     // a follow_up_state key
};

// Open follow-ups per bucket, over every case that is not archived.
struct FollowUpCounts {
    int overdue = 0;
    int today = 0;
    int thisWeek = 0;
    int later = 0;
};

struct FollowUpPage {
    QList<FollowUpItem> rows;  // of the bucket asked for, soonest due first (Done: latest due first)
    FollowUpCounts counts;
};

// A case with what belongs to it. Each person carries the link's fields (role...) under "role" etc. and the
// person's own under the person's field names; "case_person_id" names the link.
struct CaseDetails {
    RecordData record;
    QList<RecordData> people;
    QList<RecordData> encounters;  // oldest first
    QList<RecordData> notes;       // oldest first
    QList<RecordData> referrals;
    QList<RecordData> followups;    // by due date
    QList<RecordData> consents;     // of the case's people, oldest first
    QList<RecordData> attachments;  // attached to the case (not to its people), oldest first: metadata, never content
};

struct SearchQuery {
    QString text;
    QString status;
    QString exploitation;
    QString risk;
    QString assignedTo;
    QString from;  // date range over the case's opened_on, YYYY-MM-DD, inclusive; empty for open-ended
    QString to;
    bool overdueOnly = false;
    int limit = 50;
};

struct SearchHit {
    QString kind;  // "case", "person", "encounter", "note", "referral", "followup", "organisation"
    QString id;
    QString caseId;   // the case it belongs to; empty for people and organisations
    QString title;    // what to show as the hit's heading (case title, person's name...)
    QString snippet;  // text around the match, matches wrapped in [ and ]
    double score = 0;
};

// Another person who may be the same human being, and why Fieldcase thinks so.
struct DuplicateCandidate {
    QString id;
    QString name;
    QStringList reasons;  // "name", "birth_date", "age", "phone"
    int score = 0;        // higher is more likely
};

struct HistoryEntry {
    qint64 at = 0;
    QString deviceName;
    QString worker;
    QString action;  // create, edit, archive, restore, purge
    QString kind;
    QString recordId;
    QStringList fields;  // names of the fields touched; never their values
};

// The coordinator's dashboard (docs/reports.md). The period picks the cases opened in it (a null date leaves that
// end open; both null: every case, those without an opening date too); every figure but the monthly one counts
// those cases and what belongs to them. Archived records are left out.
struct DashboardQuery {
    QDate from;
    QDate to;     // inclusive
    QDate today;  // the day "overdue" and ages count from; null: the vault's today
};

// One bar or slice: a vocabulary key, a worker's or an organisation's name, or an age band ("18-20"). An empty key
// is "not recorded".
struct DashboardCount {
    QString key;
    QString label;  // in the interface language
    int count = 0;
};

struct DashboardMonth {
    QString month;  // YYYY-MM
    int opened = 0;
    int closed = 0;
};

struct Dashboard {
    // Every month from the period's first to its last (of the data's, when the period is open), with cases opened
    // in it (of the period's cases) and cases closed in it (any case now closed whose closing date falls in the
    // period), oldest first.
    QList<DashboardMonth> months;
    int cases = 0;      // cases of the period
    int openCases = 0;  // of them, not closed
    // Open cases of the period by status, risk and type of exploitation (a case of two types counts in both).
    QList<DashboardCount> openByStatus;
    QList<DashboardCount> openByRisk;
    QList<DashboardCount> openByExploitation;
    // Open follow-ups past their due date, by who is to do them: the follow-up's assignee, else the case's worker.
    int overdue = 0;
    QList<DashboardCount> overdueByWorker;
    // Referrals of the period's cases: by organisation, those under way by status (planned, sent, accepted), and
    // those ended by outcome (completed, declined, cancelled).
    int referrals = 0;
    QList<DashboardCount> referralsByOrganisation;
    QList<DashboardCount> referralsByStatus;
    QList<DashboardCount> referralsByOutcome;
    // Survivors of the period's cases, each person once, by gender and by age band (CTDC's broad bands; the age
    // from the birth date on `today`, else the estimated age).
    int people = 0;
    QList<DashboardCount> peopleByGender;
    QList<DashboardCount> peopleByAgeBand;
};

// A document for print: a case summary or a referral letter, composed by the core as HTML (every value escaped)
// for a renderer to turn into a PDF (docs/reports.md). Labels and dates are in the interface language.
struct PrintableDocument {
    QString title;  // also the PDF's title
    QString html;
};

// The parts of a case summary a worker may choose.
inline const QStringList kCaseSummarySections{
    QStringLiteral("case"),      QStringLiteral("people"),    QStringLiteral("encounters"), QStringLiteral("notes"),
    QStringLiteral("referrals"), QStringLiteral("followups"), QStringLiteral("consents")};

// The anonymised statistics export (docs/reports.md): what was written and what the anonymisation did.
struct StatisticsReport {
    int k = 0;
    int people = 0;          // rows before anonymisation: survivors in cases, one per person and case
    int releasedRows = 0;    // rows in the record-level file
    int suppressedRows = 0;  // rows left out
    // Per column of the record-level file, in its order: how it was released.
    struct Column {
        QString name;   // "yearOfRegistration"
        QString level;  // as_recorded, five_year_periods, under_18_or_not, continents, broad_types, withheld
        QString label;  // the level in the interface language ("as recorded")
    };
    QList<Column> columns;
    int suppressedCells = 0;  // cells of the aggregate tables withheld (small, or giving a small one away)
    QStringList files;
};

// Records in an unlocked vault. Every change is validated (a failure changes nothing), recorded in the signed
// change log and the audit trail, and reflected in search, in one transaction.
class RecordService {
public:
    virtual ~RecordService() = default;

    // The fields of a kind of record; empty for an unknown kind.
    virtual QList<FieldInfo> fields(const QString& kind) const = 0;
    // The entries of a vocabulary by name (e.g. "case_status"), labels translated. "country" lists the countries
    // of country-code fields: ISO codes as keys, names in the interface language (ICU's CLDR data), by name.
    virtual QList<VocabularyItem> vocabulary(const QString& name) const = 0;

    // Creates a record; returns its id.
    virtual Result<QString> create(const QString& kind, const QVariantMap& fields) = 0;
    // Creates many records of one kind in one transaction (imports, bulk entry): all or none. Returns their ids.
    virtual Result<QStringList> createMany(const QString& kind, const QList<QVariantMap>& records) = 0;
    // Changes some fields; fields not named keep their values; an empty value clears a field.
    virtual Result<void> update(const QString& kind, const QString& id, const QVariantMap& changes) = 0;
    virtual Result<RecordData> get(const QString& kind, const QString& id) = 0;
    // Hides a record from lists and search, reversibly.
    virtual Result<void> archive(const QString& kind, const QString& id) = 0;
    virtual Result<void> restore(const QString& kind, const QString& id) = 0;
    // Removes a record and what belongs to it for good, including from change history and search.
    virtual Result<void> purge(const QString& kind, const QString& id) = 0;

    virtual Result<CaseListPage> listCases(const CaseListQuery& query) = 0;
    // The workers cases are assigned to (archived cases too), each name once, in the interface language's order:
    // the choices of the case list's worker filter.
    virtual Result<QStringList> caseWorkers() = 0;
    // Records of any other kind, newest first (people, organisations...).
    virtual Result<QList<RecordData>> list(const QString& kind, int offset, int limit) = 0;
    virtual Result<CaseDetails> caseDetails(const QString& id) = 0;
    // Follow-ups across cases, neither they nor their case archived, for the follow-ups screen: a page of one
    // bucket with its case's reference and title, and the counts of every open bucket.
    virtual Result<FollowUpPage> followUps(const FollowUpQuery& query) = 0;
    virtual Result<QList<SearchHit>> search(const SearchQuery& query) = 0;
    // What was done to a record (and, for a case, to what belongs to it), oldest first.
    virtual Result<QList<HistoryEntry>> history(const QString& kind, const QString& id) = 0;
    // Counts of records per kind, archived included.
    virtual Result<QVariantMap> counts() = 0;
    // Every figure of the coordinator's dashboard for a period, in one call.
    virtual Result<Dashboard> dashboard(const DashboardQuery& query) = 0;
    // The name this laptop's changes are recorded under in the audit trail (its device name), for fields that say
    // who recorded something, such as a consent's "recorded_by".
    virtual Result<QString> workerName() = 0;
    // Keeps a copy of the file inside the vault, encrypted with everything else, attached to a case or a person
    // (ownerKind "case" or "person"). Files over 25 MiB are refused before they are read. Returns the new id.
    virtual Result<QString> addAttachment(const QString& ownerKind, const QString& ownerId,
                                          const QString& filePath) = 0;
    // The content of an attachment, for showing it in the app; it is never written to disk for that.
    virtual Result<QByteArray> attachmentContent(const QString& id) = 0;
    // Writes an attachment out as a plain file, only when a person asks for it.
    virtual Result<void> exportAttachment(const QString& id, const QString& filePath) = 0;
    // People who are probably the same as this one: a name matching in any script and a matching birth date, age
    // or phone number, or the same phone number. Most likely first.
    virtual Result<QList<DuplicateCandidate>> possibleDuplicates(const QString& personId) = 0;
    // Merges the duplicate into the person kept: case links and consents move over, empty fields are filled, other
    // names, phones and handles are added; the duplicate is archived and points to the one kept. Both histories
    // stay readable (the kept person's history includes the duplicate's).
    virtual Result<void> mergePeople(const QString& keepId, const QString& duplicateId) = 0;
    // Writes every record into dir in plain text, the one way records leave the vault whole: only on a person's
    // explicit request. CSV: a UTF-8 file per kind; XLSX: one workbook, a sheet per kind; JSON: one document of
    // cases with what belongs to them and people with their consents (always keys). Returns the files written
    // (docs/exports.md).
    virtual Result<QStringList> exportRecords(const QString& dir, ExportFormat format, ExportValues values) = 0;
    // What a spreadsheet's columns can become, for the import's mapping (docs/import.md).
    virtual QList<ImportTarget> importTargets() const = 0;
    // Reads a CSV or XLSX file and checks every row of the chosen sheet against the mapping (the suggested one when
    // the request names no column); unless it is a dry run, writes what the accepted rows make in one batch, all or
    // nothing, and remembers the mapping for the next file. Rows that cannot be imported are in the report with
    // their reasons; the others are imported. A file that cannot be read is an error and nothing is written.
    virtual Result<ImportReport> importSpreadsheet(const ImportRequest& request) = 0;
    // The smallest k the statistics export takes (CTDC's first public release used 11).
    static constexpr int kMinimumStatisticsK = 11;
    // Writes anonymised statistics that can be shared into dir: one record-level CSV with CTDC's columns (a row per
    // survivor in a case, no name, id, free text, place below country or date finer than a year), k-anonymous over
    // all its columns; one CSV of counts per column with small cells withheld; and a report of what was coarsened
    // and left out. k below kMinimumStatisticsK is refused.
    virtual Result<StatisticsReport> exportStatistics(const QString& dir, int k) = 0;
    // A case's summary with the chosen parts of kCaseSummarySections (an unknown one is a Usage error), in their
    // order there.
    virtual Result<PrintableDocument> caseSummary(const QString& caseId, const QStringList& sections) = 0;
    // A letter to the organisation of a referral. The survivors' names, ages, contacts and the reason go in only
    // for a person whose consent to share details in referrals is given, not withdrawn, and names this
    // organisation or none; for anyone else the letter says the details follow when they agree.
    virtual Result<PrintableDocument> referralLetter(const QString& referralId) = 0;
};

}  // namespace fieldcase
