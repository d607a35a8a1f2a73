// case, person, encounter, organisation, referral, followup, note, consent; search.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/api/RecordService.h"
#include "core/api/SyncService.h"
#include "ui/print/PdfWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace fieldcase::cli {

namespace {

const QCommandLineOption& setOption() {
    static const QCommandLineOption option(
        QStringLiteral("set"), QCoreApplication::translate("Cli", "Set any field: FIELD=VALUE (repeatable)."),
        QStringLiteral("FIELD=VALUE"));
    return option;
}

QJsonValue jsonValue(const QVariant& value) {
    if (value.typeId() == QMetaType::QStringList) return QJsonArray::fromStringList(value.toStringList());
    return QJsonValue::fromVariant(value);
}

// Every field of the kind is present: null when empty, an array for lists (so scripts need no special cases).
QJsonObject recordJson(CliContext& context, const RecordData& record) {
    QJsonObject object{{QStringLiteral("kind"), record.kind},
                       {QStringLiteral("id"), record.id},
                       {QStringLiteral("archived"), record.archived},
                       {QStringLiteral("created_at"), isoTime(record.createdAt)},
                       {QStringLiteral("updated_at"), isoTime(record.updatedAt)}};
    for (const FieldInfo& field : context.records().fields(record.kind)) {
        if (field.name == QLatin1String("archived")) continue;
        const QVariant value = record.fields.value(field.name);
        const bool isList = field.type == QLatin1String("choice_set") || field.type == QLatin1String("lines") ||
                            field.type == QLatin1String("country_codes") ||
                            field.type == QLatin1String("language_codes");
        object.insert(field.name, value.isValid() ? jsonValue(value)
                                  : isList        ? QJsonValue(QJsonArray())
                                                  : QJsonValue());
    }
    for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
        if (!object.contains(it.key())) object.insert(it.key(), jsonValue(it.value()));
    }
    return object;
}

QJsonArray recordsJson(CliContext& context, const QList<RecordData>& records) {
    QJsonArray array;
    for (const auto& record : records)
        array.append(recordJson(context, record));
    return array;
}

void printRecordText(CliContext& context, const RecordData& record, const QString& indent = {}) {
    for (const FieldInfo& field : context.records().fields(record.kind)) {
        const QVariant value = record.fields.value(field.name);
        if (!value.isValid()) continue;
        const QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", "))
                                                                      : value.toString();
        context.say(QStringLiteral("%1%2: %3").arg(indent, field.label, text));
    }
    if (record.archived) context.say(indent + QCoreApplication::translate("Cli", "(archived)"));
}

// FIELD=VALUE pairs from --set and from positional arguments (for "set").
Result<QVariantMap> assignments(const QStringList& pairs) {
    QVariantMap values;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return makeError(ErrorCode::Usage,
                             QCoreApplication::translate("Cli", "Expected FIELD=VALUE, got '%1'.").arg(pair));
        values.insert(pair.left(equals).trimmed(), pair.mid(equals + 1));
    }
    return values;
}

// Kind-specific options of "add", each mapped to a field.
struct AddOption {
    const char* name;
    const char* field;
    const char* help;
    bool repeatable = false;
};

std::vector<AddOption> addOptionsFor(const QString& kind) {
    if (kind == QLatin1String("case")) {
        return {{"title", "title", QT_TRANSLATE_NOOP("Cli", "The case's title.")},
                {"status", "status", QT_TRANSLATE_NOOP("Cli", "Case status (default Active).")},
                {"exploitation", "exploitation", QT_TRANSLATE_NOOP("Cli", "Type of exploitation (repeatable)."), true},
                {"risk", "risk", QT_TRANSLATE_NOOP("Cli", "Risk: low, medium, high or critical.")},
                {"summary", "summary", QT_TRANSLATE_NOOP("Cli", "Summary.")}};
    }
    if (kind == QLatin1String("encounter")) {
        return {{"case", "case_id", QT_TRANSLATE_NOOP("Cli", "The case's id.")},
                {"text", "text", QT_TRANSLATE_NOOP("Cli", "What happened.")},
                {"at", "at", QT_TRANSLATE_NOOP("Cli", "When (ISO 8601; default now).")},
                {"channel", "channel", QT_TRANSLATE_NOOP("Cli", "Channel (FieldVisit, HotlineCall, ...).")},
                {"place", "place", QT_TRANSLATE_NOOP("Cli", "Where.")}};
    }
    if (kind == QLatin1String("note")) {
        return {{"case", "case_id", QT_TRANSLATE_NOOP("Cli", "The case's id.")},
                {"text", "text", QT_TRANSLATE_NOOP("Cli", "The note.")}};
    }
    return {};
}

// person add --name: "Anna Petrovna Ivanova" → given, patronymic, family; two words → given, family.
void splitName(const QString& name, QVariantMap& fields) {
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) return;
    fields.insert(QStringLiteral("given_name"), words.first());
    if (words.size() >= 2) fields.insert(QStringLiteral("family_name"), words.last());
    if (words.size() >= 3)
        fields.insert(QStringLiteral("patronymic"), words.mid(1, words.size() - 2).join(QLatin1Char(' ')));
}

struct KindCommands {
    const char* kind;
    bool appendOnly;
};

const KindCommands kKinds[] = {
    {"case", false},     {"person", false}, {"encounter", false}, {"organisation", false}, {"referral", false},
    {"followup", false}, {"note", true},    {"consent", false},   {"case_person", false},  {"attachment", false}};

QString kindOf(CliContext& context) {
    return context.commandName().section(QLatin1Char(' '), 0, 0);
}

// add ---------------------------------------------------------------------------------------------------------

int runAdd(CliContext& context) {
    const QString kind = kindOf(context);
    auto& parser = context.parser();
    auto values = assignments(parser.values(setOption()));
    if (!values) return context.fail(values.error());
    for (const AddOption& option : addOptionsFor(kind)) {
        const QString name = QLatin1String(option.name);
        if (!parser.isSet(name)) continue;
        if (option.repeatable) {
            values->insert(QLatin1String(option.field), parser.values(name));
        } else {
            values->insert(QLatin1String(option.field), parser.value(name));
        }
    }
    QString caseForPerson;
    QString roleForPerson;
    if (kind == QLatin1String("person")) {
        if (parser.isSet(QStringLiteral("name"))) splitName(parser.value(QStringLiteral("name")), *values);
        caseForPerson = parser.value(QStringLiteral("case"));
        roleForPerson = parser.value(QStringLiteral("role"));
        if (caseForPerson.isEmpty() != roleForPerson.isEmpty()) {
            return context.fail(
                makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "--case and --role go together.")));
        }
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    if (!caseForPerson.isEmpty()) {
        // Check the link before creating the person, so a mistake leaves nothing behind.
        if (auto owner = context.records().get(QStringLiteral("case"), caseForPerson); !owner) {
            return context.fail(owner.error());
        }
        const auto roles = context.records().vocabulary(QStringLiteral("case_person_role"));
        const bool knownRole = std::any_of(roles.begin(), roles.end(), [&](const VocabularyItem& item) {
            return item.key.compare(roleForPerson, Qt::CaseInsensitive) == 0;
        });
        if (!knownRole) {
            return context.fail(
                makeError(ErrorCode::Rejected,
                          QCoreApplication::translate("Cli", "'%1' is not a role in a case.").arg(roleForPerson)));
        }
    }
    auto id = context.records().create(kind, *values);
    if (!id) return context.fail(id.error());
    if (!caseForPerson.isEmpty()) {
        auto link = context.records().create(QStringLiteral("case_person"), {{QStringLiteral("case_id"), caseForPerson},
                                                                             {QStringLiteral("person_id"), *id},
                                                                             {QStringLiteral("role"), roleForPerson}});
        if (!link) return context.fail(link.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("id"), *id}});
    } else {
        context.say(*id);
    }
    return kExitOk;
}

void addOptions(QCommandLineParser& parser, const QString& kind) {
    for (const AddOption& option : addOptionsFor(kind)) {
        parser.addOption(QCommandLineOption(QLatin1String(option.name), QCoreApplication::translate("Cli", option.help),
                                            QStringLiteral("VALUE")));
    }
    if (kind == QLatin1String("person")) {
        parser.addOption(QCommandLineOption(QStringLiteral("name"),
                                            QCoreApplication::translate("Cli", "Full name: given [patronymic] family."),
                                            QStringLiteral("NAME")));
        parser.addOption(QCommandLineOption(QStringLiteral("case"),
                                            QCoreApplication::translate("Cli", "Add the person to this case..."),
                                            QStringLiteral("ID")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("role"), QCoreApplication::translate("Cli", "...in this role (Survivor, Witness, ...)."),
            QStringLiteral("KEY")));
    }
    parser.addOption(setOption());
}

// list, show, set, archive, restore, purge, history -----------------------------------------------------------

int runList(CliContext& context) {
    const QString kind = kindOf(context);
    auto& parser = context.parser();
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    if (kind == QLatin1String("case")) {
        CaseListQuery query;
        query.status = parser.value(QStringLiteral("status"));
        query.risk = parser.value(QStringLiteral("risk"));
        query.exploitation = parser.value(QStringLiteral("exploitation"));
        query.includeArchived = parser.isSet(QStringLiteral("archived"));
        query.limit = 1000000;
        auto page = context.records().listCases(query);
        if (!page) return context.fail(page.error());
        QJsonArray array;
        for (const auto& row : page->rows) {
            array.append(QJsonObject{{QStringLiteral("id"), row.id},
                                     {QStringLiteral("reference"), row.reference},
                                     {QStringLiteral("title"), row.title},
                                     {QStringLiteral("status"), row.status},
                                     {QStringLiteral("risk"), row.risk.isEmpty() ? QJsonValue() : QJsonValue(row.risk)},
                                     {QStringLiteral("updated_at"), isoTime(row.updatedAt)},
                                     {QStringLiteral("archived"), row.archived}});
            context.say(QStringLiteral("%1  %2  %3  %4").arg(row.id, row.reference, row.status, row.title));
        }
        if (context.json()) context.printJson(array);
        return kExitOk;
    }
    auto records = context.records().list(kind, 0, 1000000);
    if (!records) return context.fail(records.error());
    if (context.json()) {
        context.printJson(recordsJson(context, *records));
    } else {
        for (const auto& record : *records) {
            QStringList summary;
            for (const QString& name : {QStringLiteral("given_name"), QStringLiteral("family_name"),
                                        QStringLiteral("name"), QStringLiteral("at"), QStringLiteral("what")}) {
                if (record.fields.contains(name)) summary << record.fields.value(name).toString();
            }
            context.say(QStringLiteral("%1  %2").arg(record.id, summary.join(QLatin1Char(' '))));
        }
    }
    return kExitOk;
}

void listOptions(QCommandLineParser& parser, const QString& kind) {
    if (kind != QLatin1String("case")) return;
    parser.addOption(QCommandLineOption(QStringLiteral("status"),
                                        QCoreApplication::translate("Cli", "Only cases with this status."),
                                        QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(QStringLiteral("risk"),
                                        QCoreApplication::translate("Cli", "Only cases with this risk."),
                                        QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("exploitation"),
        QCoreApplication::translate("Cli", "Only cases with this type of exploitation."), QStringLiteral("KEY")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("archived"), QCoreApplication::translate("Cli", "Include archived cases.")));
}

Result<QString> oneId(CliContext& context) {
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.isEmpty())
        return makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "Give the record's id."));
    return arguments.first();
}

int runShow(CliContext& context) {
    const QString kind = kindOf(context);
    auto id = oneId(context);
    if (!id) return context.fail(id.error());
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    if (kind == QLatin1String("case")) {
        auto details = context.records().caseDetails(*id);
        if (!details) return context.fail(details.error());
        if (context.json()) {
            QJsonObject object = recordJson(context, details->record);
            object.insert(QStringLiteral("people"), recordsJson(context, details->people));
            object.insert(QStringLiteral("encounters"), recordsJson(context, details->encounters));
            object.insert(QStringLiteral("notes"), recordsJson(context, details->notes));
            object.insert(QStringLiteral("referrals"), recordsJson(context, details->referrals));
            object.insert(QStringLiteral("followups"), recordsJson(context, details->followups));
            object.insert(QStringLiteral("consents"), recordsJson(context, details->consents));
            object.insert(QStringLiteral("attachments"), recordsJson(context, details->attachments));
            context.printJson(object);
            return kExitOk;
        }
        printRecordText(context, details->record);
        const std::pair<QString, const QList<RecordData>*> parts[] = {
            {QCoreApplication::translate("Cli", "People"), &details->people},
            {QCoreApplication::translate("Cli", "Encounters"), &details->encounters},
            {QCoreApplication::translate("Cli", "Notes"), &details->notes},
            {QCoreApplication::translate("Cli", "Referrals"), &details->referrals},
            {QCoreApplication::translate("Cli", "Follow-ups"), &details->followups},
            {QCoreApplication::translate("Cli", "Consents"), &details->consents},
            {QCoreApplication::translate("Cli", "Attachments"), &details->attachments}};
        for (const auto& [title, records] : parts) {
            if (records->isEmpty()) continue;
            context.say(QString());
            context.say(title);
            for (const auto& record : *records) {
                context.say(QStringLiteral("  %1").arg(record.id));
                printRecordText(context, record, QStringLiteral("    "));
            }
        }
        return kExitOk;
    }
    auto record = context.records().get(kind, *id);
    if (!record) return context.fail(record.error());
    if (context.json()) {
        context.printJson(recordJson(context, *record));
    } else {
        printRecordText(context, *record);
    }
    return kExitOk;
}

int runSet(CliContext& context) {
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() < 2)
        return context.fail(
            makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "Give the id and FIELD=VALUE pairs.")));
    auto values = assignments(arguments.mid(1));
    if (!values) return context.fail(values.error());
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    auto updated = context.records().update(kindOf(context), arguments.first(), *values);
    if (!updated) return context.fail(updated.error());
    if (context.json()) context.printJson(QJsonObject{{QStringLiteral("id"), arguments.first()}});
    return kExitOk;
}

int runLifecycle(CliContext& context) {
    const QString action = context.commandName().section(QLatin1Char(' '), 1, 1);
    auto id = oneId(context);
    if (!id) return context.fail(id.error());
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    RecordService& records = context.records();
    const QString kind = kindOf(context);
    const bool purging = action == QLatin1String("purge");
    // Asked first: the record and its creator are gone once purged.
    auto heldElsewhere = purging ? context.sync().purgeWouldBeHeld(kind, *id) : Result<QString>(QString());
    if (!heldElsewhere) return context.fail(heldElsewhere.error());
    const Result<void> done = action == QLatin1String("archive")   ? records.archive(kind, *id)
                              : action == QLatin1String("restore") ? records.restore(kind, *id)
                                                                   : records.purge(kind, *id);
    if (!done) return context.fail(done.error());
    QJsonObject result{{QStringLiteral("id"), *id}};
    if (!heldElsewhere->isEmpty()) {
        result.insert(QStringLiteral("held_elsewhere"), *heldElsewhere);
        context.say(*heldElsewhere == QLatin1String("many")
                        ? QCoreApplication::translate("Cli",
                                                      "Purged here. This laptop has purged more records this week "
                                                      "than one laptop may alone: the others keep this one until a "
                                                      "coordinator of another laptop purges it too.")
                        : QCoreApplication::translate("Cli",
                                                      "Purged here. This laptop did not make the record: the others "
                                                      "keep it until a coordinator purges it too."));
    }
    if (context.json()) context.printJson(result);
    return kExitOk;
}

int runHistory(CliContext& context) {
    auto id = oneId(context);
    if (!id) return context.fail(id.error());
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    auto history = context.records().history(kindOf(context), *id);
    if (!history) return context.fail(history.error());
    QJsonArray array;
    for (const auto& entry : *history) {
        array.append(QJsonObject{{QStringLiteral("at"), isoTime(entry.at)},
                                 {QStringLiteral("device"), entry.deviceName},
                                 {QStringLiteral("worker"), entry.worker},
                                 {QStringLiteral("action"), entry.action},
                                 {QStringLiteral("kind"), entry.kind},
                                 {QStringLiteral("id"), entry.recordId},
                                 {QStringLiteral("fields"), QJsonArray::fromStringList(entry.fields)}});
        context.say(QStringLiteral("%1  %2  %3 %4 %5  %6")
                        .arg(isoTime(entry.at), entry.worker, entry.action, entry.kind, entry.recordId,
                             entry.fields.join(QStringLiteral(", "))));
    }
    if (context.json()) context.printJson(array);
    return kExitOk;
}

void idArgument(QCommandLineParser& parser) {
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("Cli", "The record's id."));
}

// search --------------------------------------------------------------------------------------------------------

void searchOptions(QCommandLineParser& parser) {
    parser.addPositionalArgument(
        QStringLiteral("QUERY"),
        QCoreApplication::translate("Cli", "Words to find (word forms and name spellings match)."));
    for (const auto& [name, help] : std::initializer_list<std::pair<const char*, const char*>>{
             {"status", QT_TRANSLATE_NOOP("Cli", "Only in cases with this status.")},
             {"exploitation", QT_TRANSLATE_NOOP("Cli", "Only in cases with this type of exploitation.")},
             {"risk", QT_TRANSLATE_NOOP("Cli", "Only in cases with this risk.")},
             {"assigned-to", QT_TRANSLATE_NOOP("Cli", "Only in cases assigned to this worker.")},
             {"from", QT_TRANSLATE_NOOP("Cli", "Only in cases opened on or after this date.")},
             {"to", QT_TRANSLATE_NOOP("Cli", "Only in cases opened on or before this date.")},
             {"limit", QT_TRANSLATE_NOOP("Cli", "At most this many results (default 50).")}}) {
        parser.addOption(
            QCommandLineOption(QLatin1String(name), QCoreApplication::translate("Cli", help), QStringLiteral("VALUE")));
    }
    parser.addOption(QCommandLineOption(QStringLiteral("overdue"),
                                        QCoreApplication::translate("Cli", "Only in cases with overdue follow-ups.")));
}

int runSearch(CliContext& context) {
    auto& parser = context.parser();
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return context.fail(
            makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "Give words to search for.")));
    SearchQuery query;
    query.text = text;
    query.status = parser.value(QStringLiteral("status"));
    query.exploitation = parser.value(QStringLiteral("exploitation"));
    query.risk = parser.value(QStringLiteral("risk"));
    query.assignedTo = parser.value(QStringLiteral("assigned-to"));
    query.from = parser.value(QStringLiteral("from"));
    query.to = parser.value(QStringLiteral("to"));
    query.overdueOnly = parser.isSet(QStringLiteral("overdue"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit <= 0)
            return context.fail(
                makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "--limit must be a positive number.")));
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    auto hits = context.records().search(query);
    if (!hits) return context.fail(hits.error());
    QJsonArray array;
    for (const auto& hit : *hits) {
        array.append(
            QJsonObject{{QStringLiteral("kind"), hit.kind},
                        {QStringLiteral("id"), hit.id},
                        {QStringLiteral("case_id"), hit.caseId.isEmpty() ? QJsonValue() : QJsonValue(hit.caseId)},
                        {QStringLiteral("title"), hit.title},
                        {QStringLiteral("snippet"), hit.snippet},
                        {QStringLiteral("score"), hit.score}});
        context.say(QStringLiteral("%1 %2  %3\n    %4").arg(hit.kind, hit.id, hit.title, hit.snippet));
    }
    if (context.json()) context.printJson(array);
    return kExitOk;
}

// attachments ---------------------------------------------------------------------------------------------------

int runAttach(CliContext& context) {
    auto& parser = context.parser();
    const QStringList files = parser.positionalArguments();
    const bool toCase = parser.isSet(QStringLiteral("case"));
    if (files.size() != 1 || toCase == parser.isSet(QStringLiteral("person"))) {
        return context.fail(
            makeError(ErrorCode::Usage,
                      QCoreApplication::translate("Cli", "Give one FILE and either --case ID or --person ID.")));
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    const QString owner = toCase ? QStringLiteral("case") : QStringLiteral("person");
    auto id = context.records().addAttachment(owner, parser.value(owner), files.first());
    if (!id) return context.fail(id.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("id"), *id}});
    } else {
        context.say(*id);
    }
    return kExitOk;
}

int runExportAttachment(CliContext& context) {
    auto id = oneId(context);
    if (!id) return context.fail(id.error());
    const QString out = context.parser().value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "Give --out FILE.")));
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    if (auto written = context.records().exportAttachment(*id, out); !written) return context.fail(written.error());
    if (context.json()) context.printJson(QJsonObject{{QStringLiteral("file"), out}});
    return kExitOk;
}

// duplicates ----------------------------------------------------------------------------------------------------

int runDuplicates(CliContext& context) {
    auto id = oneId(context);
    if (!id) return context.fail(id.error());
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    auto candidates = context.records().possibleDuplicates(*id);
    if (!candidates) return context.fail(candidates.error());
    QJsonArray array;
    for (const auto& candidate : *candidates) {
        array.append(QJsonObject{{QStringLiteral("id"), candidate.id},
                                 {QStringLiteral("name"), candidate.name},
                                 {QStringLiteral("reasons"), QJsonArray::fromStringList(candidate.reasons)},
                                 {QStringLiteral("score"), candidate.score}});
        context.say(QStringLiteral("%1  %2  (%3)")
                        .arg(candidate.id, candidate.name, candidate.reasons.join(QStringLiteral(", "))));
    }
    if (context.json()) context.printJson(array);
    return kExitOk;
}

int runMerge(CliContext& context) {
    const QStringList ids = context.parser().positionalArguments();
    if (ids.size() != 2) {
        return context.fail(
            makeError(ErrorCode::Usage,
                      QCoreApplication::translate("Cli", "Give the id of the person to keep, then the duplicate's.")));
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    if (auto merged = context.records().mergePeople(ids[0], ids[1]); !merged) return context.fail(merged.error());
    if (context.json()) context.printJson(QJsonObject{{QStringLiteral("id"), ids[0]}});
    return kExitOk;
}

// export csv, xlsx, json ---------------------------------------------------------------------------------------

int runExport(CliContext& context, ExportFormat format) {
    const QString dir = context.parser().value(QStringLiteral("out"));
    const QString name = format == ExportFormat::Csv    ? QStringLiteral("csv")
                         : format == ExportFormat::Xlsx ? QStringLiteral("xlsx")
                                                        : QStringLiteral("json");
    if (dir.isEmpty()) {
        return context.fail(
            makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "export %1 needs --out DIR.").arg(name)));
    }
    ExportValues values = format == ExportFormat::Json ? ExportValues::Keys : ExportValues::Labels;
    if (format != ExportFormat::Json && context.parser().isSet(QStringLiteral("keys"))) {
        const QString keys = context.parser().value(QStringLiteral("keys"));
        if (keys == QLatin1String("htcds")) {
            values = ExportValues::Keys;
        } else if (keys != QLatin1String("labels")) {
            return context.fail(makeError(
                ErrorCode::Usage,
                QCoreApplication::translate("Cli", "--keys takes htcds (keys) or labels, not '%1'.").arg(keys)));
        }
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    auto files = context.records().exportRecords(dir, format, values);
    if (!files) return context.fail(files.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(*files)}});
    } else {
        context.say(QCoreApplication::translate("Cli", "Written in plain text (keep it safe, delete it when done):"));
        for (const QString& file : *files)
            context.say(QStringLiteral("  ") + file);
    }
    return kExitOk;
}

void exportOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"), QCoreApplication::translate("Cli", "The folder to write to."), QStringLiteral("DIR")));
}

void exportOptionsWithKeys(QCommandLineParser& parser, const QString& command) {
    exportOptions(parser, command);
    parser.addOption(
        QCommandLineOption(QStringLiteral("keys"),
                           QCoreApplication::translate("Cli",
                                                       "htcds: field names and HTCDS vocabulary keys, for other "
                                                       "tools; labels (the default): as a person reads them, in the "
                                                       "interface language."),
                           QStringLiteral("htcds|labels")));
}

// case pdf, referral letter ------------------------------------------------------------------------------------

// Writes the document to --out FILE and says where it went and that it is not encrypted.
int writeDocument(CliContext& context, const Result<PrintableDocument>& document, const QString& path) {
    if (!document) return context.fail(document.error());
    if (auto written = ui::writePdf(*document, path); !written) return context.fail(written.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), path}});
    } else {
        context.say(QCoreApplication::translate("Cli",
                                                "Written to %1. The PDF is not encrypted: keep it safe and "
                                                "delete it when done.")
                        .arg(path));
    }
    return kExitOk;
}

int runCasePdf(CliContext& context) {
    const QStringList positional = context.parser().positionalArguments();
    const QString path = context.parser().value(QStringLiteral("out"));
    if (positional.size() != 1 || path.isEmpty()) {
        return context.fail(makeError(ErrorCode::Usage,
                                      QCoreApplication::translate("Cli", "case pdf needs a case id and --out FILE.")));
    }
    QStringList sections = kCaseSummarySections;
    if (context.parser().isSet(QStringLiteral("sections")))
        sections = context.parser().value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    return writeDocument(context, context.records().caseSummary(positional.first(), sections), path);
}

int runReferralLetter(CliContext& context) {
    const QStringList positional = context.parser().positionalArguments();
    const QString path = context.parser().value(QStringLiteral("out"));
    if (positional.size() != 1 || path.isEmpty()) {
        return context.fail(
            makeError(ErrorCode::Usage,
                      QCoreApplication::translate("Cli", "referral letter needs a referral id and --out FILE.")));
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    return writeDocument(context, context.records().referralLetter(positional.first()), path);
}

QCommandLineOption pdfOutOption() {
    return QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."),
                              QStringLiteral("FILE"));
}

// export stats ------------------------------------------------------------------------------------------------

int runExportStats(CliContext& context) {
    const QString dir = context.parser().value(QStringLiteral("out"));
    if (dir.isEmpty())
        return context.fail(
            makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "export stats needs --out DIR.")));
    int k = RecordService::kMinimumStatisticsK;
    if (context.parser().isSet(QStringLiteral("k"))) {
        bool ok = false;
        k = context.parser().value(QStringLiteral("k")).toInt(&ok);
        if (!ok || k < RecordService::kMinimumStatisticsK) {
            return context.fail(makeError(ErrorCode::Usage, QCoreApplication::translate("Cli",
                                                                                        "--k must be a number "
                                                                                        "of at least %1.")
                                                                .arg(RecordService::kMinimumStatisticsK)));
        }
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    auto report = context.records().exportStatistics(dir, k);
    if (!report) return context.fail(report.error());
    if (context.json()) {
        QJsonObject columns;
        for (const StatisticsReport::Column& column : report->columns)
            columns.insert(column.name, column.level);
        context.printJson(QJsonObject{{QStringLiteral("k"), report->k},
                                      {QStringLiteral("people"), report->people},
                                      {QStringLiteral("released_rows"), report->releasedRows},
                                      {QStringLiteral("suppressed_rows"), report->suppressedRows},
                                      {QStringLiteral("suppressed_cells"), report->suppressedCells},
                                      {QStringLiteral("columns"), columns},
                                      {QStringLiteral("files"), QJsonArray::fromStringList(report->files)}});
        return kExitOk;
    }
    context.say(QCoreApplication::translate("Cli", "%1 of %2 rows released with k = %3; %4 left out as too rare.")
                    .arg(report->releasedRows)
                    .arg(report->people)
                    .arg(report->k)
                    .arg(report->suppressedRows));
    for (const StatisticsReport::Column& column : report->columns)
        context.say(QStringLiteral("  %1: %2").arg(column.name, column.label));
    for (const QString& file : report->files)
        context.say(QStringLiteral("  ") + file);
    return kExitOk;
}

}  // namespace

std::vector<Command> recordCommands() {
    std::vector<Command> commands;
    for (const auto& kind : kKinds) {
        const QString name = QLatin1String(kind.kind);
        if (name == QLatin1String("attachment")) {
            commands.push_back(
                {name + QStringLiteral(" add"),
                 QCoreApplication::translate("Cli",
                                             "Keep a copy of a file inside the vault, attached to a case or a person."),
                 [](QCommandLineParser& parser, const QString&) {
                     parser.addPositionalArgument(QStringLiteral("FILE"),
                                                  QCoreApplication::translate("Cli", "The file."));
                     parser.addOption(QCommandLineOption(QStringLiteral("case"),
                                                         QCoreApplication::translate("Cli", "Attach it to this case."),
                                                         QStringLiteral("ID")));
                     parser.addOption(QCommandLineOption(
                         QStringLiteral("person"), QCoreApplication::translate("Cli", "Attach it to this person."),
                         QStringLiteral("ID")));
                 },
                 runAttach});
            commands.push_back(
                {name + QStringLiteral(" export"),
                 QCoreApplication::translate("Cli", "Write an attachment out as a plain file (--out FILE)."),
                 [](QCommandLineParser& parser, const QString&) {
                     idArgument(parser);
                     parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                                         QCoreApplication::translate("Cli", "Where to write it."),
                                                         QStringLiteral("FILE")));
                 },
                 runExportAttachment});
        } else {
            commands.push_back({name + QStringLiteral(" add"), QCoreApplication::translate("Cli", "Add a record."),
                                [](QCommandLineParser& parser, const QString& command) {
                                    addOptions(parser, command.section(QLatin1Char(' '), 0, 0));
                                },
                                runAdd});
        }
        commands.push_back({name + QStringLiteral(" list"), QCoreApplication::translate("Cli", "List records."),
                            [](QCommandLineParser& parser, const QString& command) {
                                listOptions(parser, command.section(QLatin1Char(' '), 0, 0));
                            },
                            runList});
        commands.push_back({name + QStringLiteral(" show"), QCoreApplication::translate("Cli", "Show one record."),
                            [](QCommandLineParser& parser, const QString&) { idArgument(parser); }, runShow});
        commands.push_back({name + QStringLiteral(" history"),
                            QCoreApplication::translate("Cli", "Who changed what, and when (never the values)."),
                            [](QCommandLineParser& parser, const QString&) { idArgument(parser); }, runHistory});
        commands.push_back(
            {name + QStringLiteral(" purge"),
             QCoreApplication::translate("Cli", "Remove a record for good, with everything that belongs to it."),
             [](QCommandLineParser& parser, const QString&) { idArgument(parser); }, runLifecycle});
        if (kind.appendOnly) continue;
        commands.push_back({name + QStringLiteral(" set"),
                            QCoreApplication::translate("Cli", "Change fields: ID FIELD=VALUE..."),
                            [](QCommandLineParser& parser, const QString&) {
                                parser.addPositionalArgument(QStringLiteral("ID"),
                                                             QCoreApplication::translate("Cli", "The record's id."));
                                parser.addPositionalArgument(QStringLiteral("FIELD=VALUE"),
                                                             QCoreApplication::translate("Cli", "The new values."));
                            },
                            runSet});
        commands.push_back({name + QStringLiteral(" archive"),
                            QCoreApplication::translate("Cli", "Archive a record (reversible)."),
                            [](QCommandLineParser& parser, const QString&) { idArgument(parser); }, runLifecycle});
        commands.push_back({name + QStringLiteral(" restore"),
                            QCoreApplication::translate("Cli", "Restore an archived record."),
                            [](QCommandLineParser& parser, const QString&) { idArgument(parser); }, runLifecycle});
    }
    commands.push_back({QStringLiteral("person duplicates"),
                        QCoreApplication::translate("Cli", "People who are probably the same as this one."),
                        [](QCommandLineParser& parser, const QString&) { idArgument(parser); }, runDuplicates});
    commands.push_back(
        {QStringLiteral("person merge"),
         QCoreApplication::translate("Cli", "Merge a duplicate into the person kept: KEEP_ID DUPLICATE_ID."),
         [](QCommandLineParser& parser, const QString&) {
             parser.addPositionalArgument(QStringLiteral("KEEP_ID"),
                                          QCoreApplication::translate("Cli", "The person to keep."));
             parser.addPositionalArgument(QStringLiteral("DUPLICATE_ID"),
                                          QCoreApplication::translate("Cli", "The duplicate."));
         },
         runMerge});
    commands.push_back(
        {QStringLiteral("export csv"),
         QCoreApplication::translate("Cli", "Write every record to CSV files (plain text!) in --out DIR."),
         exportOptionsWithKeys, [](CliContext& context) { return runExport(context, ExportFormat::Csv); }});
    commands.push_back({QStringLiteral("export xlsx"),
                        QCoreApplication::translate(
                            "Cli", "Write every record to one spreadsheet (plain, not encrypted) in --out DIR."),
                        exportOptionsWithKeys,
                        [](CliContext& context) { return runExport(context, ExportFormat::Xlsx); }});
    commands.push_back(
        {QStringLiteral("export json"),
         QCoreApplication::translate("Cli",
                                     "Write every record to one JSON document with HTCDS keys (plain, not "
                                     "encrypted) in --out DIR."),
         exportOptions, [](CliContext& context) { return runExport(context, ExportFormat::Json); }});
    commands.push_back({QStringLiteral("case pdf"),
                        QCoreApplication::translate("Cli", "Write a case summary as a PDF (plain, not encrypted)."),
                        [](QCommandLineParser& parser, const QString&) {
                            parser.addPositionalArgument(QStringLiteral("ID"),
                                                         QCoreApplication::translate("Cli", "The case."));
                            parser.addOption(pdfOutOption());
                            parser.addOption(QCommandLineOption(
                                QStringLiteral("sections"),
                                QCoreApplication::translate("Cli",
                                                            "The parts to print, comma-separated (default: "
                                                            "all): %1.")
                                    .arg(kCaseSummarySections.join(QStringLiteral(","))),
                                QStringLiteral("LIST")));
                        },
                        runCasePdf});
    commands.push_back(
        {QStringLiteral("referral letter"),
         QCoreApplication::translate("Cli",
                                     "Write a referral letter as a PDF, with only what the person agreed to "
                                     "share."),
         [](QCommandLineParser& parser, const QString&) {
             parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("Cli", "The referral."));
             parser.addOption(pdfOutOption());
         },
         runReferralLetter});
    commands.push_back(
        {QStringLiteral("export stats"),
         QCoreApplication::translate("Cli", "Write anonymised statistics (k-anonymous, CTDC-shaped) into --out DIR."),
         [](QCommandLineParser& parser, const QString&) {
             parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                                 QCoreApplication::translate("Cli", "The folder to write to."),
                                                 QStringLiteral("DIR")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("k"),
                 QCoreApplication::translate("Cli",
                                             "Every released combination describes at least K people (at "
                                             "least and by default %1).")
                     .arg(RecordService::kMinimumStatisticsK),
                 QStringLiteral("K")));
         },
         runExportStats});
    commands.push_back({QStringLiteral("search"), QCoreApplication::translate("Cli", "Search every record."),
                        [](QCommandLineParser& parser, const QString&) { searchOptions(parser); }, runSearch});
    return commands;
}

}  // namespace fieldcase::cli
