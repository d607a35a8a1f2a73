#include "core/db/Migrations.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>

#include <initializer_list>
#include <vector>

namespace fieldcase::db {

namespace {

// The guard triggers of migration 2: every write to these tables must come through a WriteScope.
QByteArray guardTriggers(std::initializer_list<const char*> tables) {
    QByteArray sql;
    for (const char* table : tables) {
        for (const char* event : {"INSERT", "UPDATE", "DELETE"}) {
            sql += QByteArray("CREATE TRIGGER guard_") + table + "_" + QByteArray(event).toLower() + " BEFORE " +
                   event + " ON " + table +
                   " WHEN app_ctx() = 0 BEGIN SELECT RAISE(ABORT, 'write outside the Mutator'); END;\n";
        }
    }
    return sql;
}

// Each entry takes the schema from version i to i + 1. Never edit a released step: add one.
// SQLite 3.15.2 dialect (no UPSERT, no STRICT, no window functions, no RENAME COLUMN).
const std::vector<QByteArray>& migrationSteps() {
    static const std::vector<QByteArray> steps = {
        // 1: the vault's own facts (device identity, team membership), as key/value pairs.
        QByteArray(R"sql(
CREATE TABLE meta(
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
) WITHOUT ROWID;
)sql"),
        // 2: records, their change log, the audit trail and the search index. Record fields are nullable on
        // purpose: validation happens in the Mutator, and sync may deliver a field before the rest of its row.
        // Every table is guarded by triggers so that only the Mutator (or the vault's set-up) writes.
        QByteArray(R"sql(
CREATE TABLE device(
    ord INTEGER PRIMARY KEY,
    device_id BLOB NOT NULL UNIQUE,
    sign_public_key BLOB NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    reference_prefix TEXT NOT NULL DEFAULT ''
);
INSERT INTO device(ord, device_id, sign_public_key, name)
    SELECT 1, d.value, k.value, CAST(n.value AS TEXT) FROM meta d, meta k, meta n
    WHERE d.key = 'device_id' AND k.key = 'sign_public_key' AND n.key = 'device_name';

CREATE TABLE changeset(
    origin INTEGER NOT NULL REFERENCES device(ord),
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    prev_hash BLOB NOT NULL,
    body BLOB NOT NULL,
    hash BLOB NOT NULL,
    signature BLOB NOT NULL,
    PRIMARY KEY(origin, seq)
) WITHOUT ROWID;
CREATE TABLE op_index(
    tbl INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    origin INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY(tbl, row_id, origin, seq)
) WITHOUT ROWID;
CREATE TABLE purged(
    tbl INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    hlc INTEGER NOT NULL,
    PRIMARY KEY(tbl, row_id)
) WITHOUT ROWID;

CREATE TABLE audit(
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    device INTEGER NOT NULL,
    worker TEXT NOT NULL,
    action TEXT NOT NULL,
    tbl INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    fields TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE INDEX audit_by_row ON audit(row_id);

CREATE TABLE cases(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    reference TEXT, title TEXT, status TEXT, trafficking_status TEXT, exploitation TEXT, sexual_exploitation TEXT,
    labour_exploitation TEXT, recruitment TEXT, platforms TEXT, control_methods TEXT, risk TEXT, assigned_to TEXT,
    opened_on TEXT, closed_on TEXT, summary TEXT, closing_reason TEXT, tags TEXT, other_details TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_by_updated ON cases(archived, updated_at);
CREATE INDEX cases_by_reference ON cases(archived, reference);
CREATE INDEX cases_by_title ON cases(archived, title COLLATE NOCASE);
CREATE INDEX cases_by_status ON cases(archived, status, updated_at);
CREATE INDEX cases_by_risk ON cases(archived, risk, updated_at);

CREATE TABLE persons(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    given_name TEXT, family_name TEXT, patronymic TEXT, aliases TEXT, other_script_names TEXT, gender TEXT,
    birth_date TEXT, estimated_age INTEGER, age_when_trafficked INTEGER, citizenships TEXT, languages TEXT,
    phones TEXT, messengers TEXT, address TEXT, document_status TEXT, migration_status TEXT, notes TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX persons_by_family_name ON persons(archived, family_name COLLATE NOCASE);

CREATE TABLE case_persons(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    case_id BLOB, person_id BLOB, role TEXT, perpetrator_roles TEXT, relationship TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_persons_by_case ON case_persons(case_id);
CREATE INDEX case_persons_by_person ON case_persons(person_id);

CREATE TABLE encounters(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    case_id BLOB, at TEXT, place TEXT, channel TEXT, worker TEXT, people_present TEXT, interpreter_needed INTEGER,
    text TEXT, needs TEXT, safety_concerns TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX encounters_by_case ON encounters(case_id, at);

CREATE TABLE notes(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    case_id BLOB, text TEXT, author TEXT
);
CREATE INDEX notes_by_case ON notes(case_id, created_at);

CREATE TABLE referrals(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    case_id BLOB, organisation_id BLOB, service_type TEXT, reason TEXT, status TEXT, sent_on TEXT, closed_on TEXT,
    outcome TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX referrals_by_case ON referrals(case_id);

CREATE TABLE followups(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    case_id BLOB, what TEXT, due_on TEXT, assignee TEXT, state TEXT, encounter_id BLOB, referral_id BLOB,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX followups_by_case ON followups(case_id, due_on);
CREATE INDEX followups_open_by_due ON followups(state, due_on);

CREATE TABLE organisations(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    name TEXT, org_type TEXT, services TEXT, city TEXT, contacts TEXT, notes TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE consents(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    person_id BLOB, item TEXT, given INTEGER, recorded_by TEXT, recorded_on TEXT, withdrawn_on TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consents_by_person ON consents(person_id);

CREATE TABLE search_doc(
    docid INTEGER PRIMARY KEY,
    tbl INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    case_id BLOB,
    UNIQUE(tbl, row_id)
);
CREATE INDEX search_doc_by_case ON search_doc(case_id);
CREATE VIRTUAL TABLE search_fts USING fts4(body, names, tokenize=unicode61 "remove_diacritics=1");

CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql") + guardTriggers({"meta", "device", "changeset", "op_index", "purged", "audit", "cases", "persons",
                        "case_persons", "encounters", "notes", "referrals", "followups", "organisations", "consents",
                        "search_doc"}),
        // 3: a person merged into another (a duplicate) points to the one that stays.
        QByteArray("ALTER TABLE persons ADD COLUMN merged_into BLOB;"),
        // 4: files kept inside the vault (a photo of a document, a signed consent form), in chunks so that neither
        // storing nor reading one needs it whole in memory twice.
        QByteArray(R"sql(
CREATE TABLE attachments(
    id BLOB NOT NULL UNIQUE, clock BLOB NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    case_id BLOB, person_id BLOB, name TEXT, media_type TEXT, size INTEGER, content_hash TEXT, description TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_by_case ON attachments(case_id);
CREATE INDEX attachments_by_person ON attachments(person_id);
CREATE TABLE attachment_chunks(
    attachment_id BLOB NOT NULL,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(attachment_id, idx)
) WITHOUT ROWID;
)sql") + guardTriggers({"attachments", "attachment_chunks"}),
        // 5: fields whose concurrent edits both survive until a person picks one (sync).
        QByteArray(R"sql(
CREATE TABLE conflict(
    tbl INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    field INTEGER NOT NULL,
    since_hlc INTEGER NOT NULL,
    PRIMARY KEY(tbl, row_id, field)
) WITHOUT ROWID;
)sql") + guardTriggers({"conflict"}),
        // 6: indexes measured at 100 000 cases (docs/performance.md): every list sort and filter finds its rows
        // through an index instead of sorting or scanning the whole table.
        QByteArray(R"sql(
CREATE INDEX cases_by_opened ON cases(archived, opened_on);
CREATE INDEX cases_by_exploitation ON cases(archived, exploitation);
CREATE INDEX followups_open_by_case ON followups(state, due_on, archived, case_id);
CREATE INDEX cases_by_id_archived ON cases(id, archived);
)sql"),
        // 7: the team (docs/sync-protocol.md, "Team"): each device's bundle key, role and standing as the
        // membership log says; the log itself; what each peer has acknowledged; this device's bundle keys and its
        // current outbox file per folder.
        QByteArray(R"sql(
ALTER TABLE device ADD COLUMN box_public_key BLOB;
ALTER TABLE device ADD COLUMN box_key_generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE device ADD COLUMN role TEXT NOT NULL DEFAULT 'field_worker';
ALTER TABLE device ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE device ADD COLUMN cutoff_seq INTEGER;
ALTER TABLE device ADD COLUMN last_bundle_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE device ADD COLUMN last_bundle_hash BLOB;
ALTER TABLE device ADD COLUMN last_heard_ms INTEGER;
ALTER TABLE device ADD COLUMN known_since_ms INTEGER;
CREATE TABLE membership(
    hash BLOB PRIMARY KEY NOT NULL,
    signer BLOB NOT NULL,
    seq INTEGER NOT NULL,
    body BLOB NOT NULL,
    signature BLOB NOT NULL,
    UNIQUE(signer, seq)
) WITHOUT ROWID;
CREATE TABLE peer_ack(
    peer INTEGER NOT NULL,
    origin BLOB NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY(peer, origin)
) WITHOUT ROWID;
CREATE TABLE box_key(
    generation INTEGER PRIMARY KEY,
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE TABLE outbox(
    folder TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
) WITHOUT ROWID;
)sql") + guardTriggers({"membership", "peer_ack", "box_key", "outbox"}),
        // 8: for the Sync and Team screens: when this device last wrote its outbox into each folder, and how far
        // ahead of this laptop's clock each device's latest bundle was written.
        QByteArray(R"sql(
ALTER TABLE outbox ADD COLUMN written_ms INTEGER;
ALTER TABLE device ADD COLUMN clock_ahead_ms INTEGER NOT NULL DEFAULT 0;
)sql"),
        // 9: the case list's worker filter, and the list of workers it offers, without reading every case.
        QByteArray(R"sql(
CREATE INDEX cases_by_assigned_to ON cases(assigned_to);
)sql"),
        // 10: who admitted and who removed each device, and when (the signer's clock), as the membership log
        // decides, and the highest change number of a removed device refused here (its changes are gapless, so
        // this less the cut-off is how many of its later changes were refused): for the Team screen and team list.
        // Welcomes a joining laptop has read and its worker has not yet confirmed by comparing the safety number:
        // nothing of them is applied before that.
        QByteArray(R"sql(
ALTER TABLE device ADD COLUMN admitted_by BLOB;
ALTER TABLE device ADD COLUMN admitted_ms INTEGER;
ALTER TABLE device ADD COLUMN removed_by BLOB;
ALTER TABLE device ADD COLUMN removed_ms INTEGER;
ALTER TABLE device ADD COLUMN refused_up_to INTEGER NOT NULL DEFAULT 0;
CREATE TABLE pending_welcome(
    hash BLOB NOT NULL UNIQUE,
    bundle BLOB NOT NULL,
    safety_number TEXT NOT NULL,
    staged_ms INTEGER NOT NULL
);
)sql") + guardTriggers({"pending_welcome"}),
        // 11: the lowest change number of a device met here in two signed versions (a stolen key, or a laptop
        // restored from an old backup): its other version is set aside, the device named in every import report,
        // and its removal cuts off before the fork so that every laptop returns to one history. And which
        // membership events each peer's bundles have carried (its acknowledgement of them), so that cleaning a
        // folder keeps a bundle that still carries a removal or a role change someone lacks. And the files of a
        // folder that were refused for good, by name and size, so that a scan does not read them again.
        QByteArray(R"sql(
ALTER TABLE device ADD COLUMN forked_seq INTEGER;
CREATE TABLE peer_event_ack(
    peer INTEGER NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY(peer, hash)
) WITHOUT ROWID;
CREATE TABLE rejected_file(
    folder TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY(folder, name)
) WITHOUT ROWID;
)sql") + guardTriggers({"peer_event_ack", "rejected_file"}),
        // 12: two signed membership events at one position are both kept (the fold counts the lower hash), so the
        // log loses its one-event-per-position constraint, and their signer is marked. And a fingerprint and the
        // size of what each folder's outbox carries, so that an export with nothing new leaves the file as it is,
        // and when that outbox was last found current (the "last exchange" of the Sync screen).
        QByteArray(R"sql(
ALTER TABLE device ADD COLUMN forked_events INTEGER NOT NULL DEFAULT 0;
CREATE TABLE membership_log(
    hash BLOB PRIMARY KEY NOT NULL,
    signer BLOB NOT NULL,
    seq INTEGER NOT NULL,
    body BLOB NOT NULL,
    signature BLOB NOT NULL
) WITHOUT ROWID;
INSERT INTO membership_log SELECT hash, signer, seq, body, signature FROM membership;
DROP TABLE membership;
ALTER TABLE membership_log RENAME TO membership;
CREATE INDEX membership_by_position ON membership(signer, seq);
ALTER TABLE outbox ADD COLUMN content_hash BLOB;
ALTER TABLE outbox ADD COLUMN size INTEGER;
ALTER TABLE outbox ADD COLUMN current_ms INTEGER;
)sql") + guardTriggers({"membership"}),
        // 13: ops that arrived redacted without a purge of their record held here (a relaying laptop may blank an
        // honest edit): the change is kept, its op is asked for again until a whole copy or the purge arrives. Which
        // device made each record (a Create op), since a field worker may purge only what it made; the purges held
        // for a coordinator; and how many records each device purged when, for the weekly purge quota.
        QByteArray(R"sql(
CREATE TABLE record_creator(
    tbl INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    origin INTEGER NOT NULL,
    PRIMARY KEY(tbl, row_id)
) WITHOUT ROWID;
CREATE TABLE held_purge(
    origin INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    tbl INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    many INTEGER NOT NULL,
    PRIMARY KEY(origin, seq, tbl, row_id)
) WITHOUT ROWID;
CREATE TABLE purge_tally(
    origin INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    wall_ms INTEGER NOT NULL,
    records INTEGER NOT NULL,
    PRIMARY KEY(origin, seq)
) WITHOUT ROWID;
CREATE INDEX held_purge_by_record ON held_purge(tbl, row_id);
CREATE TABLE unconfirmed_blank(
    origin INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    entry INTEGER NOT NULL,
    tbl INTEGER NOT NULL,
    row_id BLOB NOT NULL,
    PRIMARY KEY(origin, seq, entry)
) WITHOUT ROWID;
CREATE INDEX unconfirmed_blank_by_record ON unconfirmed_blank(tbl, row_id);
)sql") + guardTriggers({"unconfirmed_blank", "record_creator", "held_purge", "purge_tally"}),
        // 14: the latest duress each device reported of itself (a signed team event), for the Team screen.
        QByteArray("ALTER TABLE device ADD COLUMN duress_ms INTEGER;"),
        // 15: a case marked to keep past the team's retention period (docs/threat-model.md, "Retention rules").
        QByteArray("ALTER TABLE cases ADD COLUMN retain INTEGER;"),
        // 16: where the person was exploited (ISO 3166 codes), the HTCDS field CTDC's statistics name
        // CountryOfExploitation (docs/reports.md).
        QByteArray("ALTER TABLE cases ADD COLUMN exploitation_countries TEXT;"),
        // 17: a consent that holds for one organisation only (sharing a person's details in a referral letter to
        // it, docs/reports.md).
        QByteArray("ALTER TABLE consents ADD COLUMN organisation_id BLOB;"),
        // 18: the dashboard at 100 000 cases (docs/reports.md) walks indexes once each instead of the wide rows
        // or one lookup per record: every case with the columns it counts (led by the id, so that no query that
        // filters cases finds it more attractive than the indexes made for it), the open follow-ups with their
        // assignee, the referrals, the survivors' links and the people's gender and age.
        QByteArray(R"sql(
DROP INDEX cases_by_id_archived;
CREATE INDEX cases_by_id_archived ON cases(id, archived, opened_on, status, risk, closed_on, exploitation, assigned_to);
DROP INDEX followups_open_by_case;
CREATE INDEX followups_open_by_case ON followups(state, due_on, archived, case_id, assignee);
CREATE INDEX referrals_for_dashboard ON referrals(archived, case_id, organisation_id, status);
CREATE INDEX case_persons_by_role ON case_persons(role, archived, case_id, person_id);
CREATE INDEX persons_for_reports ON persons(id, archived, gender, birth_date, estimated_age);
)sql"),
    };
    return steps;
}

}  // namespace

int latestSchemaVersion() {
    return static_cast<int>(migrationSteps().size());
}

Result<int> schemaVersion(Connection& connection) {
    auto exists = connection.queryText(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
        "'schema_version'");
    if (!exists) {
        return exists.error();
    }
    if (*exists == QLatin1String("0")) {
        return 0;
    }
    auto version = connection.queryText("SELECT version FROM schema_version");
    if (!version) {
        return version.error();
    }
    bool ok = false;
    const int value = version->toInt(&ok);
    if (!ok) {
        return makeError(ErrorCode::Damaged, QCoreApplication::translate("Database",
                                                                         "The vault's database has no "
                                                                         "valid schema version."));
    }
    return value;
}

Result<void> migrate(Connection& connection, int targetVersion) {
    auto current = schemaVersion(connection);
    if (!current) {
        return current.error();
    }
    if (*current > latestSchemaVersion()) {
        return makeError(ErrorCode::NewerVersion,
                         QCoreApplication::translate("Database",
                                                     "This vault was made by a newer version of "
                                                     "Fieldcase. Update Fieldcase to open it."));
    }
    const Connection::WriteScope migrating(connection);
    for (int version = *current; version < targetVersion; ++version) {
        auto transaction = Transaction::begin(connection);
        if (!transaction) {
            return transaction.error();
        }
        if (version == 0) {
            FC_TRY(
                connection.exec("CREATE TABLE schema_version(version INTEGER NOT NULL);"
                                "INSERT INTO schema_version(version) VALUES (0);"));
        }
        FC_TRY(connection.exec(migrationSteps()[static_cast<std::size_t>(version)].constData()));
        auto update = connection.prepare("UPDATE schema_version SET version = ?");
        if (!update) {
            return update.error();
        }
        FC_TRY(update->bind(1, static_cast<qint64>(version + 1)).run());
        FC_TRY(transaction->commit());
    }
    return {};
}

}  // namespace fieldcase::db
