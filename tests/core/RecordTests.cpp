// Records through the facade: every kind's life cycle, validation, the change log, the audit trail, purge.
#include "core/api/RecordService.h"
#include "core/base/Clock.h"
#include "core/base/Csv.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Countries.h"
#include "core/model/Schema.h"
#include "core/services/LocalRecords.h"
#include "core/services/LocalVault.h"
#include "tests/core/RecordsFixture.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace fieldcase;
using fieldcase::test::errorCode;
using fieldcase::test::secret;

namespace {

struct Fixture : test::RecordsFixture {
    qint64 count(const char* sql) {
        auto text = db().queryText(sql);
        REQUIRE(text.ok());
        return text->toLongLong();
    }

    QString newCase(const QString& title = QStringLiteral("Рынок на Садовой")) {
        return create("case", {{QStringLiteral("title"), title}});
    }
    QString newPerson(const QString& given, const QString& family) {
        return create("person", {{QStringLiteral("given_name"), given}, {QStringLiteral("family_name"), family}});
    }

    // Every byte of the decrypted database, as a plaintext copy, for looking for leftovers.
    QByteArray plaintextDump() {
        const QString path = root.filePath(QStringLiteral("dump.db"));
        test::writeAll(path, {});  // the vault's connection may open files but never create them
        const db::Connection::WriteScope exporting(db());
        auto attached = db().exec(QStringLiteral("ATTACH DATABASE '%1' AS dump KEY ''").arg(path).toUtf8().constData());
        INFO((attached ? std::string() : attached.error().message.toStdString()));
        REQUIRE(attached.ok());
        REQUIRE(db().exec("SELECT sqlcipher_export('dump')").ok());
        REQUIRE(db().exec("DETACH DATABASE dump").ok());
        QByteArray bytes = test::readAll(path);
        QFile::remove(path);
        return bytes;
    }
};

QStringList hitKinds(const QList<SearchHit>& hits) {
    QStringList kinds;
    for (const auto& hit : hits)
        kinds << hit.kind;
    return kinds;
}

}  // namespace

TEST_CASE("every kind of record can be created - changed - archived - restored and purged", "[records]") {
    Fixture fx;
    const QString caseId = fx.newCase();
    const QString personId = fx.newPerson(QStringLiteral("Анна"), QStringLiteral("Иванова"));
    const QString organisationId = fx.create("organisation", {{QStringLiteral("name"), QStringLiteral("Ангел")},
                                                              {QStringLiteral("org_type"), QStringLiteral("NGO")}});
    const QString encounterId = fx.create(
        "encounter", {{QStringLiteral("case_id"), caseId}, {QStringLiteral("text"), QStringLiteral("Первая встреча")}});
    const QString referralId = fx.create("referral", {{QStringLiteral("case_id"), caseId},
                                                      {QStringLiteral("organisation_id"), organisationId},
                                                      {QStringLiteral("service_type"), QStringLiteral("Shelter")}});
    const QString followupId = fx.create("followup", {{QStringLiteral("case_id"), caseId},
                                                      {QStringLiteral("what"), QStringLiteral("Позвонить")},
                                                      {QStringLiteral("due_on"), QStringLiteral("2026-10-01")}});
    const QString consentId = fx.create("consent", {{QStringLiteral("person_id"), personId},
                                                    {QStringLiteral("item"), QStringLiteral("DataUse")},
                                                    {QStringLiteral("given"), true}});
    const QString linkId = fx.create("case_person", {{QStringLiteral("case_id"), caseId},
                                                     {QStringLiteral("person_id"), personId},
                                                     {QStringLiteral("role"), QStringLiteral("Survivor")}});
    const QString noteId =
        fx.create("note", {{QStringLiteral("case_id"), caseId}, {QStringLiteral("text"), QStringLiteral("Заметка")}});

    const std::vector<std::tuple<const char*, QString, const char*, QVariant>> edits = {
        {"case", caseId, "status", QStringLiteral("FollowUp")},
        {"person", personId, "estimated_age", qint64{24}},
        {"organisation", organisationId, "city", QStringLiteral("Москва")},
        {"encounter", encounterId, "place", QStringLiteral("Рынок")},
        {"referral", referralId, "status", QStringLiteral("Sent")},
        {"followup", followupId, "state", QStringLiteral("Done")},
        {"consent", consentId, "withdrawn_on", QStringLiteral("2026-10-02")},
        {"case_person", linkId, "relationship", QStringLiteral("Acquainted")},
    };
    for (const auto& [kind, id, field, value] : edits) {
        INFO(kind);
        REQUIRE(fx.records.update(QLatin1String(kind), id, {{QLatin1String(field), value}}).ok());
        auto record = fx.records.get(QLatin1String(kind), id);
        REQUIRE(record.ok());
        REQUIRE(record->fields.value(QLatin1String(field)) == value);
        REQUIRE(fx.records.archive(QLatin1String(kind), id).ok());
        REQUIRE(fx.records.get(QLatin1String(kind), id)->archived);
        REQUIRE(fx.records.restore(QLatin1String(kind), id).ok());
        REQUIRE_FALSE(fx.records.get(QLatin1String(kind), id)->archived);
    }
    const QString reference =
        fx.records.get(QStringLiteral("case"), caseId)->fields.value(QStringLiteral("reference")).toString();
    REQUIRE(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}-2026-0001$")).match(reference).hasMatch());
    REQUIRE(
        fx.records.get(QStringLiteral("case"), fx.newCase())->fields.value(QStringLiteral("reference")).toString() ==
        reference.left(11) + QStringLiteral("0002"));

    // Notes are written once.
    REQUIRE(errorCode(fx.records.update(QStringLiteral("note"), noteId,
                                        {{QStringLiteral("text"), QStringLiteral("x")}})) == ErrorCode::Rejected);
    REQUIRE(errorCode(fx.records.archive(QStringLiteral("note"), noteId)) == ErrorCode::Rejected);

    auto details = fx.records.caseDetails(caseId);
    REQUIRE(details.ok());
    REQUIRE(details->people.size() == 1);
    REQUIRE(details->people[0].fields.value(QStringLiteral("role")).toString() == QStringLiteral("Survivor"));
    REQUIRE(details->people[0].fields.value(QStringLiteral("family_name")).toString() == QStringLiteral("Иванова"));
    REQUIRE(details->encounters.size() == 1);
    REQUIRE(details->referrals.size() == 1);
    REQUIRE(details->followups.size() == 1);
    REQUIRE(details->notes.size() == 1);

    // Purging the case takes what belongs to it, and nothing else.
    REQUIRE(fx.records.purge(QStringLiteral("case"), caseId).ok());
    for (const auto& [kind, id] : std::vector<std::pair<const char*, QString>>{{"case", caseId},
                                                                               {"encounter", encounterId},
                                                                               {"referral", referralId},
                                                                               {"followup", followupId},
                                                                               {"note", noteId},
                                                                               {"case_person", linkId}}) {
        INFO(kind);
        REQUIRE(errorCode(fx.records.get(QLatin1String(kind), id)) == ErrorCode::NotFound);
    }
    REQUIRE(fx.records.get(QStringLiteral("person"), personId).ok());
    REQUIRE(fx.records.get(QStringLiteral("organisation"), organisationId).ok());
    REQUIRE(fx.records.get(QStringLiteral("consent"), consentId).ok());
    // Purging the person takes the consent.
    REQUIRE(fx.records.purge(QStringLiteral("person"), personId).ok());
    REQUIRE(errorCode(fx.records.get(QStringLiteral("consent"), consentId)) == ErrorCode::NotFound);
    REQUIRE(fx.vault.verify()->ok());
}

TEST_CASE("invalid input is refused with a clear message and nothing is written", "[records]") {
    Fixture fx;
    const QString caseId = fx.newCase();
    const qint64 changesets = fx.count("SELECT count(*) FROM changeset");
    const qint64 audit = fx.count("SELECT count(*) FROM audit");

    struct Bad {
        const char* kind;
        QVariantMap fields;
        ErrorCode code;
        const char* mentions;
    };
    const std::vector<Bad> bad = {
        {"case", {}, ErrorCode::Rejected, "Title"},
        {"case", {{QStringLiteral("title"), QStringLiteral("   ")}}, ErrorCode::Rejected, "Title"},
        {"case", {{QStringLiteral("title"), QString(201, QLatin1Char('x'))}}, ErrorCode::Rejected, "200"},
        {"case",
         {{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("status"), QStringLiteral("Open")}},
         ErrorCode::Rejected,
         "Open"},
        {"case",
         {{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("exploitation"), QStringLiteral("Slavery")}},
         ErrorCode::Rejected,
         "Slavery"},
        {"case",
         {{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("opened_on"), QStringLiteral("2026-02-30")}},
         ErrorCode::Rejected,
         "2026-02-30"},
        {"case",
         {{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("reference"), QStringLiteral("X-1")}},
         ErrorCode::Rejected,
         "Reference"},
        {"case",
         {{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("colour"), QStringLiteral("red")}},
         ErrorCode::Usage,
         "colour"},
        {"person", {{QStringLiteral("estimated_age"), QStringLiteral("twenty")}}, ErrorCode::Rejected, "twenty"},
        {"person", {{QStringLiteral("estimated_age"), qint64{300}}}, ErrorCode::Rejected, "120"},
        {"person", {{QStringLiteral("citizenships"), QStringLiteral("Russia")}}, ErrorCode::Rejected, "Russia"},
        {"encounter", {{QStringLiteral("case_id"), caseId}}, ErrorCode::Rejected, "What happened"},
        {"encounter",
         {{QStringLiteral("case_id"), QString(32, QLatin1Char('0'))}, {QStringLiteral("text"), QStringLiteral("x")}},
         ErrorCode::NotFound,
         "case"},
        {"encounter",
         {{QStringLiteral("case_id"), caseId},
          {QStringLiteral("text"), QStringLiteral("x")},
          {QStringLiteral("at"), QStringLiteral("yesterday")}},
         ErrorCode::Rejected,
         "yesterday"},
        {"spaceship", {}, ErrorCode::Usage, "spaceship"},
    };
    for (const auto& attempt : bad) {
        auto result = fx.records.create(QLatin1String(attempt.kind), attempt.fields);
        INFO(attempt.kind << " " << (result ? std::string("accepted") : result.error().message.toStdString()));
        REQUIRE(errorCode(result) == attempt.code);
        REQUIRE(result.error().message.contains(QString::fromUtf8(attempt.mentions)));
        REQUIRE_FALSE(result.error().message.contains(QLatin1Char('\n')));
    }
    REQUIRE(errorCode(fx.records.update(QStringLiteral("case"), caseId, {{QStringLiteral("title"), QString()}})) ==
            ErrorCode::Rejected);
    REQUIRE(errorCode(fx.records.update(QStringLiteral("case"), QStringLiteral("nope"), {})) == ErrorCode::NotFound);
    REQUIRE(fx.count("SELECT count(*) FROM changeset") == changesets);
    REQUIRE(fx.count("SELECT count(*) FROM audit") == audit);
    REQUIRE(fx.count("SELECT count(*) FROM cases") == 1);
}

TEST_CASE("values are stored in one canonical form", "[records]") {
    Fixture fx;
    const QString id = fx.create(
        "case",
        {{QStringLiteral("title"), QStringLiteral("  Two   spaces  ")},
         {QStringLiteral("status"), QStringLiteral("closedreferred")},
         {QStringLiteral("risk"), QStringLiteral("HIGH")},
         {QStringLiteral("exploitation"),
          QStringList{QStringLiteral("Servitude"), QStringLiteral("forcedlabour"), QStringLiteral("Servitude")}},
         {QStringLiteral("tags"), QStringLiteral("рынок\n\n  ночь ")}});
    auto record = fx.records.get(QStringLiteral("case"), id);
    REQUIRE(record->fields.value(QStringLiteral("title")).toString() == QStringLiteral("Two spaces"));
    REQUIRE(record->fields.value(QStringLiteral("status")).toString() == QStringLiteral("ClosedReferred"));
    REQUIRE(record->fields.value(QStringLiteral("risk")).toString() == QStringLiteral("high"));
    REQUIRE(record->fields.value(QStringLiteral("exploitation")).toStringList() ==
            QStringList{QStringLiteral("ForcedLabour"), QStringLiteral("Servitude")});
    REQUIRE(record->fields.value(QStringLiteral("tags")).toStringList() ==
            QStringList{QStringLiteral("рынок"), QStringLiteral("ночь")});
    REQUIRE(record->fields.value(QStringLiteral("opened_on")).toString() == QStringLiteral("2026-09-21"));

    const QString encounter =
        fx.create("encounter", {{QStringLiteral("case_id"), id},
                                {QStringLiteral("text"), QStringLiteral("x")},
                                {QStringLiteral("at"), QStringLiteral("2026-03-31T14:30+03:00")}});
    REQUIRE(fx.records.get(QStringLiteral("encounter"), encounter)->fields.value(QStringLiteral("at")).toString() ==
            QStringLiteral("2026-03-31T11:30:00Z"));
}

TEST_CASE("each change is one signed changeset with a gapless sequence", "[records][changelog]") {
    Fixture fx;
    const QString caseId = fx.newCase();
    REQUIRE(fx.records
                .update(QStringLiteral("case"), caseId,
                        {{QStringLiteral("title"), QStringLiteral("New title")},
                         {QStringLiteral("risk"), QStringLiteral("low")}})
                .ok());
    // An edit that changes nothing writes nothing.
    REQUIRE(fx.records.update(QStringLiteral("case"), caseId, {{QStringLiteral("risk"), QStringLiteral("low")}}).ok());
    REQUIRE(fx.records.archive(QStringLiteral("case"), caseId).ok());
    REQUIRE(fx.count("SELECT count(*) FROM changeset") == 3);
    REQUIRE(fx.count("SELECT max(seq) FROM changeset") == 3);
    REQUIRE(fx.count("SELECT count(DISTINCT hlc) FROM changeset") == 3);
    auto report = fx.vault.verify();
    REQUIRE(report->changeLogOk);
    REQUIRE(report->changesets == 3);

    SECTION("an edited changeset no longer verifies") {
        const db::Connection::WriteScope tampering(fx.db());
        REQUIRE(fx.db().exec("UPDATE changeset SET hlc = hlc + 1 WHERE seq = 2").ok());
        auto broken = fx.vault.verify();
        REQUIRE_FALSE(broken->changeLogOk);
        REQUIRE(broken->detail.contains(QStringLiteral("change 2")));
    }
    SECTION("a missing changeset breaks the sequence") {
        const db::Connection::WriteScope tampering(fx.db());
        REQUIRE(fx.db().exec("DELETE FROM changeset WHERE seq = 2").ok());
        REQUIRE_FALSE(fx.vault.verify()->changeLogOk);
    }
}

TEST_CASE("writes that bypass the Mutator fail loudly", "[records][changelog]") {
    Fixture fx;
    fx.newCase();
    for (const char* sql : {"UPDATE cases SET title = 'sneaky'", "DELETE FROM cases",
                            "INSERT INTO cases(id, clock, created_at, updated_at) VALUES (x'00', x'', 0, 0)",
                            "DELETE FROM changeset", "DELETE FROM audit", "UPDATE meta SET value = x'00'"}) {
        INFO(sql);
        auto result = fx.db().exec(sql);
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.error().message.contains(QStringLiteral("Mutator")));
    }
    REQUIRE(fx.count("SELECT count(*) FROM cases WHERE title = 'sneaky'") == 0);
}

TEST_CASE("the audit trail records who did what - never values - and verify finds a broken chain", "[records][audit]") {
    Fixture fx;
    const QString caseId = fx.create("case", {{QStringLiteral("title"), QStringLiteral("SECRET-TITLE")}});
    REQUIRE(fx.records.update(QStringLiteral("case"), caseId, {{QStringLiteral("risk"), QStringLiteral("high")}}).ok());
    REQUIRE(fx.records.archive(QStringLiteral("case"), caseId).ok());
    REQUIRE(fx.records.restore(QStringLiteral("case"), caseId).ok());
    fx.create("encounter", {{QStringLiteral("case_id"), caseId}, {QStringLiteral("text"), QStringLiteral("x")}});

    auto history = fx.records.history(QStringLiteral("case"), caseId);
    REQUIRE(history.ok());
    QStringList actions;
    for (const auto& entry : *history)
        actions << entry.action + QLatin1Char(' ') + entry.kind;
    REQUIRE(actions == QStringList{QStringLiteral("create case"), QStringLiteral("edit case"),
                                   QStringLiteral("archive case"), QStringLiteral("restore case"),
                                   QStringLiteral("create encounter")});
    REQUIRE(history->at(1).fields == QStringList{QStringLiteral("risk")});
    REQUIRE(history->at(0).deviceName == QStringLiteral("Office laptop"));
    REQUIRE(fx.count("SELECT count(*) FROM audit WHERE fields LIKE '%SECRET%' OR worker LIKE '%SECRET%'") == 0);
    REQUIRE(fx.vault.verify()->auditTrailOk);

    SECTION("an entry edited behind the triggers' back") {
        const db::Connection::WriteScope tampering(fx.db());
        REQUIRE(fx.db().exec("DROP TRIGGER audit_append_only_update").ok());
        REQUIRE(fx.db().exec("UPDATE audit SET action = 'edit' WHERE seq = 3").ok());
        auto report = fx.vault.verify();
        REQUIRE_FALSE(report->auditTrailOk);
        REQUIRE(report->detail.contains(QStringLiteral("3")));
    }
    SECTION("an entry removed behind the triggers' back") {
        const db::Connection::WriteScope tampering(fx.db());
        REQUIRE(fx.db().exec("DROP TRIGGER audit_append_only_delete").ok());
        REQUIRE(fx.db().exec("DELETE FROM audit WHERE seq = 2").ok());
        REQUIRE_FALSE(fx.vault.verify()->auditTrailOk);
    }
    SECTION("the append-only triggers refuse edits even from the Mutator's scope") {
        const db::Connection::WriteScope writing(fx.db());
        REQUIRE_FALSE(fx.db().exec("UPDATE audit SET action = 'edit'").ok());
        REQUIRE_FALSE(fx.db().exec("DELETE FROM audit").ok());
    }
}

TEST_CASE("search finds Russian word forms - prefixes and names across scripts", "[records][search]") {
    Fixture fx;
    const QString caseId = fx.create(
        "case", {{QStringLiteral("title"), QStringLiteral("Работа на рынке")},
                 {QStringLiteral("summary"), QStringLiteral("Девушка искала работу в Москве; паспорт забрали.")},
                 {QStringLiteral("status"), QStringLiteral("Active")}});
    const QString personId = fx.newPerson(QStringLiteral("Анна"), QStringLiteral("Иванова"));
    const QString latinId = fx.newPerson(QStringLiteral("Yuliya"), QStringLiteral("Shcherbakova"));
    fx.create("encounter", {{QStringLiteral("case_id"), caseId},
                            {QStringLiteral("text"), QStringLiteral("Девушки работают по четырнадцать часов")}});
    fx.newCase(QStringLiteral("Unrelated case about working hours"));

    auto find = [&](const char* text, SearchQuery query = {}) {
        query.text = QString::fromUtf8(text);
        auto hits = fx.records.search(query);
        REQUIRE(hits.ok());
        return *hits;
    };
    auto ids = [](const QList<SearchHit>& hits) {
        QStringList result;
        for (const auto& hit : hits)
            result << hit.id;
        return result;
    };

    REQUIRE(ids(find("работа")).contains(caseId));
    REQUIRE(ids(find("девушка")).contains(caseId));                            // "Девушка" in the summary
    REQUIRE(hitKinds(find("девушка")).contains(QStringLiteral("encounter")));  // "Девушки"
    REQUIRE(ids(find("рабо")).contains(caseId));                               // typing
    REQUIRE(ids(find("Ivanova")) == QStringList{personId});
    REQUIRE(ids(find("Иван")) == QStringList{personId});
    REQUIRE(ids(find("Щербакова")) == QStringList{latinId});
    REQUIRE(ids(find("Юлия")) == QStringList{latinId});
    REQUIRE(find("работу Москве").size() == 1);  // both words
    REQUIRE(find("работу Петербурге").isEmpty());
    REQUIRE(find("\"*(").isEmpty());
    REQUIRE(ids(find("working")).size() == 1);

    const auto snippet = find("работу").first().snippet;
    REQUIRE(snippet.contains(QStringLiteral("[работу]")));

    SearchQuery closedOnly;
    closedOnly.status = QStringLiteral("Closed");
    REQUIRE(find("работа", closedOnly).isEmpty());

    // Archived and purged records leave search.
    REQUIRE(fx.records.archive(QStringLiteral("person"), personId).ok());
    REQUIRE(find("Иванова").isEmpty());
    REQUIRE(fx.records.restore(QStringLiteral("person"), personId).ok());
    REQUIRE(ids(find("Иванова")) == QStringList{personId});
    REQUIRE(fx.records.purge(QStringLiteral("case"), caseId).ok());
    REQUIRE(find("Москве").isEmpty());
}

TEST_CASE("a purge leaves no trace of the content anywhere in the vault", "[records][purge][security]") {
    Fixture fx;
    const QString marker = QStringLiteral("zqxmarker") + test::uniqueMarker().mid(7, 12).toLower();
    const QString caseId = fx.create("case", {{QStringLiteral("title"), QStringLiteral("Case ") + marker},
                                              {QStringLiteral("summary"), QStringLiteral("Summary with ") + marker}});
    REQUIRE(fx.records
                .update(QStringLiteral("case"), caseId,
                        {{QStringLiteral("summary"), QStringLiteral("Edited summary, still ") + marker}})
                .ok());
    fx.create("encounter",
              {{QStringLiteral("case_id"), caseId}, {QStringLiteral("text"), marker + QStringLiteral(" met")}});
    fx.create("note",
              {{QStringLiteral("case_id"), caseId}, {QStringLiteral("text"), QStringLiteral("Note ") + marker}});
    const QString keeper = fx.newCase(QStringLiteral("Other case stays"));

    REQUIRE(fx.plaintextDump().contains(marker.toUtf8()));  // the check can see the marker while it is there
    REQUIRE(fx.records.purge(QStringLiteral("case"), caseId).ok());

    const QByteArray dump = fx.plaintextDump();
    REQUIRE_FALSE(dump.contains(marker.toUtf8()));
    REQUIRE_FALSE(dump.contains(marker.toUpper().toUtf8()));
    REQUIRE(dump.contains("Other case stays"));
    SearchQuery byMarker;
    byMarker.text = marker;
    REQUIRE(fx.records.search(byMarker).value().isEmpty());
    // The history keeps that something was purged, and the signatures over redacted changes still verify.
    REQUIRE(fx.count("SELECT count(*) FROM audit WHERE action = 'purge'") == 3);
    REQUIRE(fx.count("SELECT count(*) FROM purged") == 3);
    auto report = fx.vault.verify();
    REQUIRE(report->ok());
    REQUIRE(fx.records.get(QStringLiteral("case"), keeper).ok());
    // Nothing left in the write-ahead log either.
    REQUIRE(QFileInfo(fx.vault.databasePath() + QStringLiteral("-wal")).size() == 0);
}

TEST_CASE("likely duplicate people are found across scripts and merged without losing history",
          "[records][duplicates]") {
    Fixture fx;
    const QString caseA = fx.newCase(QStringLiteral("Case A"));
    const QString caseB = fx.newCase(QStringLiteral("Case B"));
    const QString cyrillic = fx.create("person", {{QStringLiteral("given_name"), QStringLiteral("Юлия")},
                                                  {QStringLiteral("family_name"), QStringLiteral("Щербакова")},
                                                  {QStringLiteral("birth_date"), QStringLiteral("1999-04-02")}});
    const QString latin = fx.create("person", {{QStringLiteral("given_name"), QStringLiteral("Yuliya")},
                                               {QStringLiteral("family_name"), QStringLiteral("Shcherbakova")},
                                               {QStringLiteral("birth_date"), QStringLiteral("1999-04-02")},
                                               {QStringLiteral("phones"), QStringLiteral("+7 916 123-45-67")}});
    const QString byPhone = fx.create("person", {{QStringLiteral("given_name"), QStringLiteral("Julia")},
                                                 {QStringLiteral("phones"), QStringLiteral("8 (916) 1234567")}});
    const QString sameNameOtherAge = fx.create("person", {{QStringLiteral("given_name"), QStringLiteral("Юлия")},
                                                          {QStringLiteral("family_name"), QStringLiteral("Щербакова")},
                                                          {QStringLiteral("estimated_age"), qint64{60}}});
    const QString unrelated = fx.newPerson(QStringLiteral("Анна"), QStringLiteral("Петрова"));
    fx.create("case_person", {{QStringLiteral("case_id"), caseA},
                              {QStringLiteral("person_id"), cyrillic},
                              {QStringLiteral("role"), QStringLiteral("Survivor")}});
    fx.create("case_person", {{QStringLiteral("case_id"), caseB},
                              {QStringLiteral("person_id"), latin},
                              {QStringLiteral("role"), QStringLiteral("Witness")}});
    fx.create("consent", {{QStringLiteral("person_id"), latin},
                          {QStringLiteral("item"), QStringLiteral("DataUse")},
                          {QStringLiteral("given"), true}});

    auto candidates = fx.records.possibleDuplicates(cyrillic);
    REQUIRE(candidates.ok());
    REQUIRE(candidates->size() == 1);
    REQUIRE(candidates->first().id == latin);
    REQUIRE(candidates->first().reasons == QStringList{QStringLiteral("name"), QStringLiteral("birth_date")});
    auto fromLatinCandidates = fx.records.possibleDuplicates(latin);
    REQUIRE(fromLatinCandidates.ok());
    QStringList fromLatin;
    for (const auto& candidate : *fromLatinCandidates)
        fromLatin << candidate.id;
    REQUIRE(fromLatin.contains(cyrillic));
    REQUIRE(fromLatin.contains(byPhone));
    REQUIRE_FALSE(fromLatin.contains(sameNameOtherAge));  // same name, forty years apart: not the same person
    REQUIRE_FALSE(fromLatin.contains(unrelated));

    REQUIRE(errorCode(fx.records.mergePeople(cyrillic, cyrillic)) == ErrorCode::Usage);
    REQUIRE(fx.records.mergePeople(cyrillic, latin).ok());
    auto kept = fx.records.get(QStringLiteral("person"), cyrillic);
    REQUIRE(kept->fields.value(QStringLiteral("phones")).toStringList() ==
            QStringList{QStringLiteral("+7 916 123-45-67")});
    REQUIRE(
        kept->fields.value(QStringLiteral("aliases")).toStringList().contains(QStringLiteral("Yuliya Shcherbakova")));
    auto merged = fx.records.get(QStringLiteral("person"), latin);
    REQUIRE(merged->archived);
    REQUIRE(merged->fields.value(QStringLiteral("merged_into")).toString() == cyrillic);
    // Both cases now name the kept person; the consent moved with her.
    REQUIRE(fx.records.caseDetails(caseB)->people.first().id == cyrillic);
    REQUIRE(fx.count("SELECT count(*) FROM consents WHERE person_id = (SELECT id FROM persons WHERE merged_into IS "
                     "NULL AND given_name = 'Юлия' AND estimated_age IS NULL)") == 1);
    // The kept person's history includes what was done to the duplicate.
    auto history = fx.records.history(QStringLiteral("person"), cyrillic);
    QStringList recordIds;
    for (const auto& entry : *history)
        recordIds << entry.recordId;
    REQUIRE(recordIds.contains(latin));
    REQUIRE(recordIds.contains(cyrillic));
    REQUIRE(fx.vault.verify()->ok());
}

TEST_CASE("attachments are kept inside the vault - size-limited and gone with their owner", "[records][attachments]") {
    Fixture fx;
    const QString caseId = fx.newCase();
    const QString marker = QStringLiteral("attachmentmarker") + test::uniqueMarker().mid(7, 12);
    QByteArray content;
    for (int i = 0; i < 40000; ++i)
        content += marker.toUtf8() + QByteArray::number(i);  // ~1.2 MB: several chunks
    const QString source = fx.root.filePath(QStringLiteral("passport-scan.txt"));
    test::writeAll(source, content);

    auto id = fx.records.addAttachment(QStringLiteral("case"), caseId, source);
    REQUIRE(id.ok());
    QFile::remove(source);
    auto record = fx.records.get(QStringLiteral("attachment"), *id);
    REQUIRE(record->fields.value(QStringLiteral("name")).toString() == QStringLiteral("passport-scan.txt"));
    REQUIRE(record->fields.value(QStringLiteral("size")).toLongLong() == content.size());
    REQUIRE(record->fields.value(QStringLiteral("media_type")).toString() == QStringLiteral("text/plain"));
    REQUIRE(*fx.records.attachmentContent(*id) == content);
    REQUIRE(fx.count("SELECT count(*) FROM attachment_chunks") > 1);
    // Nowhere on disk in plain text.
    fx.vault.lock();
    REQUIRE(test::filesContaining(fx.root.path(), marker.toUtf8()).isEmpty());
    REQUIRE(fx.vault.unlock(secret("a long enough passphrase")).ok());

    const QString out = fx.root.filePath(QStringLiteral("exported.txt"));
    REQUIRE(fx.records.exportAttachment(*id, out).ok());
    REQUIRE(test::readAll(out) == content);
    QFile::remove(out);

    SECTION("a file over the limit is refused and nothing is stored") {
        const QString big = fx.root.filePath(QStringLiteral("big.bin"));
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(model::kMaxAttachmentBytes + 1));
        file.close();
        REQUIRE(errorCode(fx.records.addAttachment(QStringLiteral("case"), caseId, big)) == ErrorCode::Rejected);
        REQUIRE(fx.count("SELECT count(*) FROM attachments") == 1);
    }
    SECTION("a missing file, a missing owner and a wrong owner kind are refused") {
        REQUIRE(errorCode(fx.records.addAttachment(QStringLiteral("case"), caseId,
                                                   fx.root.filePath(QStringLiteral("no")))) == ErrorCode::Io);
        test::writeAll(source, "x");
        REQUIRE(errorCode(fx.records.addAttachment(QStringLiteral("case"), QString(32, QLatin1Char('a')), source)) ==
                ErrorCode::NotFound);
        REQUIRE(errorCode(fx.records.addAttachment(QStringLiteral("encounter"), caseId, source)) == ErrorCode::Usage);
        REQUIRE(errorCode(fx.records.create(QStringLiteral("attachment"),
                                            {{QStringLiteral("name"), QStringLiteral("x")}})) == ErrorCode::Usage);
    }
    SECTION("purging the case purges the file's content") {
        REQUIRE(fx.records.purge(QStringLiteral("case"), caseId).ok());
        REQUIRE(errorCode(fx.records.get(QStringLiteral("attachment"), *id)) == ErrorCode::NotFound);
        REQUIRE(fx.count("SELECT count(*) FROM attachment_chunks") == 0);
        REQUIRE_FALSE(fx.plaintextDump().contains(marker.toUtf8()));
    }
    SECTION("damaged content is reported, not shown") {
        const db::Connection::WriteScope tampering(fx.db());
        REQUIRE(fx.db().exec("UPDATE attachment_chunks SET data = x'00' WHERE idx = 0").ok());
        REQUIRE(errorCode(fx.records.attachmentContent(*id)) == ErrorCode::Damaged);
    }
}

TEST_CASE("case details carry the consents of the people of the case and the metadata of its attachments",
          "[records][attachments]") {
    Fixture fx;
    const QString caseId = fx.newCase();
    const QString otherCaseId = fx.newCase(QStringLiteral("Другое дело"));
    const QString personId = fx.newPerson(QStringLiteral("Анна"), QStringLiteral("Иванова"));
    const QString otherPersonId = fx.newPerson(QStringLiteral("Мария"), QStringLiteral("Петрова"));
    fx.create("case_person", {{QStringLiteral("case_id"), caseId},
                              {QStringLiteral("person_id"), personId},
                              {QStringLiteral("role"), QStringLiteral("Survivor")}});
    fx.create("case_person", {{QStringLiteral("case_id"), otherCaseId},
                              {QStringLiteral("person_id"), otherPersonId},
                              {QStringLiteral("role"), QStringLiteral("Survivor")}});
    const auto consent = [&fx](const QString& person, const char* item) {
        return fx.create("consent", {{QStringLiteral("person_id"), person},
                                     {QStringLiteral("item"), QLatin1String(item)},
                                     {QStringLiteral("given"), true}});
    };
    const QString interview = consent(personId, "Interview");
    const QString dataUse = consent(personId, "DataUse");
    consent(otherPersonId, "Interview");

    const QString source = fx.root.filePath(QStringLiteral("consent-form.txt"));
    test::writeAll(source, "signed consent form");
    auto caseFile = fx.records.addAttachment(QStringLiteral("case"), caseId, source);
    REQUIRE(caseFile.ok());
    REQUIRE(fx.records.addAttachment(QStringLiteral("person"), personId, source).ok());
    REQUIRE(fx.records.addAttachment(QStringLiteral("case"), otherCaseId, source).ok());

    auto details = fx.records.caseDetails(caseId);
    REQUIRE(details.ok());
    // Only the consents of this case's people, oldest first.
    REQUIRE(details->consents.size() == 2);
    REQUIRE(details->consents[0].id == interview);
    REQUIRE(details->consents[1].id == dataUse);
    for (const RecordData& record : details->consents) {
        REQUIRE(record.kind == QStringLiteral("consent"));
        REQUIRE(record.fields.value(QStringLiteral("person_id")).toString() == personId);
    }
    // Only what is attached to the case itself, and only its description, never its content.
    REQUIRE(details->attachments.size() == 1);
    const RecordData& attachment = details->attachments.first();
    REQUIRE(attachment.id == *caseFile);
    REQUIRE(attachment.kind == QStringLiteral("attachment"));
    REQUIRE(attachment.fields.value(QStringLiteral("name")).toString() == QStringLiteral("consent-form.txt"));
    REQUIRE(attachment.fields.value(QStringLiteral("size")).toLongLong() == 19);
    REQUIRE(attachment.fields.value(QStringLiteral("media_type")).toString() == QStringLiteral("text/plain"));
    REQUIRE(attachment.fields.keys() == QStringList{QStringLiteral("case_id"), QStringLiteral("content_hash"),
                                                    QStringLiteral("media_type"), QStringLiteral("name"),
                                                    QStringLiteral("size")});

    // A consent withdrawn stays in the details with its date; the other case shows its own person's only.
    REQUIRE(fx.records
                .update(QStringLiteral("consent"), dataUse,
                        {{QStringLiteral("withdrawn_on"), QStringLiteral("2026-09-22")}})
                .ok());
    REQUIRE(fx.records.caseDetails(caseId)->consents[1].fields.value(QStringLiteral("withdrawn_on")) ==
            QStringLiteral("2026-09-22"));
    auto other = fx.records.caseDetails(otherCaseId);
    REQUIRE(other->consents.size() == 1);
    REQUIRE(other->consents.first().fields.value(QStringLiteral("person_id")).toString() == otherPersonId);
    REQUIRE(other->attachments.size() == 1);
}

TEST_CASE("the worker name is the name of this laptop", "[records]") {
    Fixture fx;
    REQUIRE(*fx.records.workerName() == QStringLiteral("Office laptop"));
    fx.vault.lock();
    REQUIRE(errorCode(fx.records.workerName()) == ErrorCode::Locked);
}

TEST_CASE("the facade describes fields and vocabularies for forms", "[records]") {
    Fixture fx;
    const auto statuses = fx.records.vocabulary(QStringLiteral("case_status"));
    QStringList keys;
    for (const auto& item : statuses)
        keys << item.key;
    REQUIRE(keys.contains(QStringLiteral("Active")));
    REQUIRE(fx.records.vocabulary(QStringLiteral("no_such_vocabulary")).isEmpty());
    const auto fields = fx.records.fields(QStringLiteral("case"));
    auto title =
        std::find_if(fields.begin(), fields.end(), [](const FieldInfo& f) { return f.name == QLatin1String("title"); });
    REQUIRE(title != fields.end());
    REQUIRE(title->required);
    REQUIRE(title->type == QStringLiteral("text"));
    auto status = std::find_if(fields.begin(), fields.end(),
                               [](const FieldInfo& f) { return f.name == QLatin1String("status"); });
    REQUIRE(status->vocabulary == QStringLiteral("case_status"));
    REQUIRE(fx.records.fields(QStringLiteral("spaceship")).isEmpty());
    // Country fields name their list of countries, which forms offer by name.
    auto countries = std::find_if(fields.begin(), fields.end(),
                                  [](const FieldInfo& f) { return f.name == QLatin1String("exploitation_countries"); });
    REQUIRE(countries->type == QStringLiteral("country_codes"));
    REQUIRE(countries->vocabulary == QStringLiteral("country"));
    const auto listed = fx.records.vocabulary(countries->vocabulary);
    REQUIRE(listed.size() > 240);
    const auto russia = std::find_if(listed.begin(), listed.end(),
                                     [](const VocabularyItem& item) { return item.key == QLatin1String("RU"); });
    REQUIRE(russia != listed.end());
    CHECK(russia->label == fieldcase::model::countryName(QStringLiteral("RU"), QLocale()));
    CHECK(russia->label != QStringLiteral("RU"));
}

TEST_CASE("a vault indexed by older name key rules finds Мендоса as Mendoza once it is opened again",
          "[records][search]") {
    Fixture fx;
    const QString mendoza = fx.newPerson(QStringLiteral("Maria"), QStringLiteral("Mendoza"));
    const QString smith = fx.newPerson(QStringLiteral("Джон"), QStringLiteral("Смит"));
    const auto found = [&](const char* text) {
        SearchQuery query;
        query.text = QString::fromUtf8(text);
        auto hits = fx.records.search(query);
        REQUIRE(hits.ok());
        QStringList ids;
        for (const auto& hit : *hits)
            ids << hit.id;
        return ids;
    };
    CHECK(found("Мендоса") == QStringList{mendoza});
    CHECK(found("Smith") == QStringList{smith});
    CHECK(fx.db().queryText("SELECT value FROM meta WHERE key = 'name_key_rules'").value() == QStringLiteral("2"));

    // The index as the version before these rules wrote it: z, th and qu kept, and no rules recorded.
    {
        const db::Connection::WriteScope downgrading(fx.db());
        REQUIRE(fx.db()
                    .exec("UPDATE search_fts SET names = replace(replace(names, 'mendosa', 'mendoza'), 'smit', "
                          "'smith') WHERE names MATCH 'mendosa OR smit'")
                    .ok());
        REQUIRE(fx.db().exec("DELETE FROM meta WHERE key = 'name_key_rules'").ok());
    }
    CHECK(found("Мендоса").isEmpty());
    fx.vault.lock();
    REQUIRE(fx.vault.unlock(secret("a long enough passphrase")).ok());
    CHECK(found("Мендоса") == QStringList{mendoza});
    CHECK(found("Mendoza") == QStringList{mendoza});
    CHECK(found("Смит") == QStringList{smith});
    CHECK(fx.db().queryText("SELECT value FROM meta WHERE key = 'name_key_rules'").value() == QStringLiteral("2"));
}

TEST_CASE("search ranks every match and filters past the first candidates", "[records][search]") {
    Fixture fx;
    QList<QVariantMap> active;
    for (int i = 0; i < 450; ++i) {
        active << QVariantMap{{QStringLiteral("title"), QStringLiteral("Рынок %1").arg(i)}};
    }
    REQUIRE(fx.records.createMany(QStringLiteral("case"), active).ok());
    // Ten closed cases whose long summaries rank them below all the short titles.
    QList<QVariantMap> closed;
    for (int i = 0; i < 10; ++i) {
        closed << QVariantMap{{QStringLiteral("title"), QStringLiteral("Дело %1").arg(i)},
                              {QStringLiteral("status"), QStringLiteral("Closed")},
                              {QStringLiteral("summary"),
                               QStringLiteral("Долгая история: ") +
                                   QString(40, QLatin1Char('x')).replace(QLatin1Char('x'), QStringLiteral("слово ")) +
                                   QStringLiteral(" рынок")}};
    }
    REQUIRE(fx.records.createMany(QStringLiteral("case"), closed).ok());

    SearchQuery query;
    query.text = QStringLiteral("рынок");
    query.limit = 20;
    auto hits = fx.records.search(query);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 20);
    for (const auto& hit : *hits)
        REQUIRE(hit.title.contains(QStringLiteral("Рынок")));  // short titles rank first
    for (int i = 1; i < hits->size(); ++i)
        REQUIRE(hits->at(i - 1).score >= hits->at(i).score);

    query.status = QStringLiteral("Closed");
    hits = fx.records.search(query);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 10);
    for (const auto& hit : *hits)
        REQUIRE(hit.title.contains(QStringLiteral("Дело")));
}

TEST_CASE("closing a case dates its closing today - and closing it again after a reopen dates it again",
          "[records][retention]") {
    test::RecordsFixture fixture;
    const auto closedOn = [&](const QString& id) {
        return fixture.records.get(QStringLiteral("case"), id)->fields.value(QStringLiteral("closed_on")).toString();
    };
    const auto today = [&] {
        return QDateTime::fromMSecsSinceEpoch(fixture.clock.nowMs()).date().toString(Qt::ISODate);
    };
    const auto setStatus = [&](const QString& id, const char* status) {
        REQUIRE(fixture.records.update(QStringLiteral("case"), id, {{QStringLiteral("status"), QLatin1String(status)}})
                    .ok());
    };
    constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

    const QString created = fixture.create("case", {{QStringLiteral("title"), QStringLiteral("Closed at once")},
                                                    {QStringLiteral("status"), QStringLiteral("Closed")}});
    CHECK(closedOn(created) == today());
    const QString given = fixture.create("case", {{QStringLiteral("title"), QStringLiteral("Closed long ago")},
                                                  {QStringLiteral("status"), QStringLiteral("ClosedReferred")},
                                                  {QStringLiteral("closed_on"), QStringLiteral("2024-05-31")}});
    CHECK(closedOn(given) == QStringLiteral("2024-05-31"));  // a date given is kept

    const QString id = fixture.create("case", {{QStringLiteral("title"), QStringLiteral("Open")}});
    CHECK(closedOn(id).isEmpty());
    fixture.clock.advance(3 * kDayMs);
    setStatus(id, "Closed");
    const QString firstClosing = today();
    CHECK(closedOn(id) == firstClosing);
    fixture.clock.advance(kDayMs);
    setStatus(id, "ClosedReferred");  // still closed: the date stays
    CHECK(closedOn(id) == firstClosing);
    setStatus(id, "Active");
    fixture.clock.advance(40 * kDayMs);
    setStatus(id, "Closed");
    CHECK(closedOn(id) == today());
    CHECK(closedOn(id) != firstClosing);
}
