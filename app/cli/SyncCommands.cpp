// team, sync and bundle: membership and the exchange of bundles with other laptops (docs/cli.md).
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/api/SyncService.h"
#include "core/api/VaultService.h"
#include "core/client/AutoSync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <csignal>

namespace fieldcase::cli {

namespace {

Error usage(const char* text) {
    return makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", text));
}

// The one positional argument a command needs, or a usage error naming it.
Result<QString> onlyArgument(CliContext& context, const char* missing) {
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() != 1) return usage(missing);
    return arguments.front();
}

const QCommandLineOption& outOption() {
    static const QCommandLineOption option(
        QStringLiteral("out"), QCoreApplication::translate("Cli", "The file to write."), QStringLiteral("FILE"));
    return option;
}
const QCommandLineOption& toOption() {
    static const QCommandLineOption option(QStringLiteral("to"),
                                           QCoreApplication::translate("Cli", "The folder to write the bundle into."),
                                           QStringLiteral("DIR"));
    return option;
}
const QCommandLineOption& confirmOption() {
    static const QCommandLineOption option(
        QStringLiteral("confirm"),
        QCoreApplication::translate("Cli", "Join through the waiting welcome whose safety number this is."),
        QStringLiteral("NUMBER"));
    return option;
}
const QCommandLineOption& discardOption() {
    static const QCommandLineOption option(QStringLiteral("discard"),
                                           QCoreApplication::translate("Cli", "Forget the waiting welcome."));
    return option;
}
const QCommandLineOption& fromOption() {
    static const QCommandLineOption option(QStringLiteral("from"),
                                           QCoreApplication::translate("Cli", "The folder to read bundles from."),
                                           QStringLiteral("DIR"));
    return option;
}
const QCommandLineOption& coordinatorOption() {
    static const QCommandLineOption option(
        QStringLiteral("coordinator"),
        QCoreApplication::translate("Cli", "Admit the device as a coordinator instead of a field worker."));
    return option;
}
const QCommandLineOption& keepOption() {
    static const QCommandLineOption option(
        QStringLiteral("keep"), QCoreApplication::translate("Cli", "Keep this version (numbered from 1, as listed)."),
        QStringLiteral("N"));
    return option;
}
const QCommandLineOption& valueOption() {
    static const QCommandLineOption option(
        QStringLiteral("value"), QCoreApplication::translate("Cli", "Set this value instead."), QStringLiteral("TEXT"));
    return option;
}
const QCommandLineOption& folderNameOption() {
    static const QCommandLineOption option(
        QStringLiteral("folder"),
        QCoreApplication::translate("Cli", "The team's folder on a stick (default: %1).")
            .arg(QLatin1String(kDefaultStickFolder)),
        QStringLiteral("NAME"));
    return option;
}
const QCommandLineOption& intervalOption() {
    static const QCommandLineOption option(
        QStringLiteral("interval"),
        QCoreApplication::translate("Cli", "Also exchange every this many seconds (default 300)."),
        QStringLiteral("SECONDS"));
    return option;
}

void noOptions(QCommandLineParser&, const QString&) {}

// Opens the vault, or returns the exit code of the failure.
std::optional<int> unlock(CliContext& context) {
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    return std::nullopt;
}

QJsonObject reportJson(const SyncReport& report) {
    QJsonArray rejected;
    for (const auto& rejection : report.rejected) {
        rejected.append(QJsonObject{{QStringLiteral("file"), rejection.file},
                                    {QStringLiteral("reason"), rejection.reason},
                                    {QStringLiteral("retry"), rejection.retry}});
    }
    QJsonObject json{{QStringLiteral("read"), report.read},
                     {QStringLiteral("applied"), report.applied},
                     {QStringLiteral("skipped"), report.skipped},
                     {QStringLiteral("conflicts"), report.conflicts},
                     {QStringLiteral("rejected"), rejected},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
    if (!report.joinedSafetyNumber.isEmpty()) json[QStringLiteral("safety_number")] = report.joinedSafetyNumber;
    if (!report.pendingJoinSafetyNumber.isEmpty())
        json[QStringLiteral("pending_join")] =
            QJsonObject{{QStringLiteral("safety_number"), report.pendingJoinSafetyNumber}};
    return json;
}

void sayReport(CliContext& context, const SyncReport& report) {
    context.say(QCoreApplication::translate("Cli",
                                            "Read %1 bundle(s), applied %2 change(s), skipped %3; %4 open "
                                            "conflict(s).")
                    .arg(report.read)
                    .arg(report.applied)
                    .arg(report.skipped)
                    .arg(report.conflicts));
    if (!report.joinedSafetyNumber.isEmpty()) {
        context.say(QCoreApplication::translate("Cli", "This device joined the team. Safety number:"));
        context.say(report.joinedSafetyNumber);
    }
    if (!report.pendingJoinSafetyNumber.isEmpty()) {
        context.say(QCoreApplication::translate("Cli", "A welcome is waiting. Its safety number:"));
        context.say(report.pendingJoinSafetyNumber);
        context.say(QCoreApplication::translate("Cli",
                                                "Compare it with the coordinator's screen, digit by digit. If they "
                                                "match, run: team join --confirm NUMBER. If they differ, run: team "
                                                "join --discard, and tell your coordinator."));
    }
    for (const auto& warning : report.warnings)
        context.say(QCoreApplication::translate("Cli", "Warning: %1").arg(warning));
    for (const auto& rejection : report.rejected)
        context.say(QCoreApplication::translate("Cli", "Rejected %1: %2").arg(rejection.file, rejection.reason));
}

// Exit code of an import: 4 when a bundle was rejected (the others still applied).
int reportExitCode(const SyncReport& report) {
    return report.rejected.empty() ? kExitOk : kExitRejected;
}

// team ----------------------------------------------------------------------------------------

void requestOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(outOption());
}

int runRequest(CliContext& context) {
    if (!context.parser().isSet(outOption()))
        return context.fail(usage(QT_TRANSLATE_NOOP("Cli", "team request needs --out FILE.")));
    if (auto failed = unlock(context)) return *failed;
    if (auto written = context.sync().writeEnrolmentRequest(context.parser().value(outOption())); !written)
        return context.fail(written.error());
    auto half = context.sync().safetyNumberHalf();
    if (!half) return context.fail(half.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), context.parser().value(outOption())},
                                      {QStringLiteral("safety_number_half"), *half}});
        return kExitOk;
    }
    context.say(QCoreApplication::translate("Cli", "Enrolment request written. Give it to your coordinator."));
    context.say(QCoreApplication::translate("Cli", "This device's half of the safety number: %1").arg(*half));
    return kExitOk;
}

const QCommandLineOption& replacesOption() {
    static const QCommandLineOption option(
        QStringLiteral("replaces"),
        QCoreApplication::translate("Cli",
                                    "For a laptop restored from a backup: the device it replaces (as team check "
                                    "shows it), which is removed from the team."),
        QStringLiteral("DEVICE_ID"));
    return option;
}

void approveOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({toOption(), coordinatorOption(), replacesOption()});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The enrolment request."));
}

QJsonObject candidateJson(const EnrolmentCandidate& candidate) {
    QJsonObject json{{QStringLiteral("device_id"), candidate.deviceId},
                     {QStringLiteral("name"), candidate.name},
                     {QStringLiteral("safety_number"), candidate.safetyNumber}};
    if (!candidate.restoredFrom.isEmpty()) {
        json[QStringLiteral("restored_from")] = QJsonObject{{QStringLiteral("device_id"), candidate.restoredFrom},
                                                            {QStringLiteral("name"), candidate.restoredFromName},
                                                            {QStringLiteral("up_to"), candidate.restoredUpTo},
                                                            {QStringLiteral("held_up_to"), candidate.heldUpTo}};
    }
    return json;
}

// A laptop restored from a backup replaces a device: said before the coordinator approves it.
void sayRestoredFrom(const CliContext& context, const EnrolmentCandidate& candidate) {
    if (candidate.restoredFrom.isEmpty()) return;
    if (candidate.restoredFromName.isEmpty()) {
        context.say(QCoreApplication::translate(
                        "Cli", "It says it was restored from a backup of %1, which is not a member of this team.")
                        .arg(candidate.restoredFrom));
        return;
    }
    context.say(QCoreApplication::translate("Cli",
                                            "It was restored from a backup of %1 (%2), holding its changes up to %3; "
                                            "this laptop holds them up to %4. Approving it with --replaces %2 "
                                            "removes %1 from the team, keeping its changes up to %5.")
                    .arg(candidate.restoredFromName, candidate.restoredFrom)
                    .arg(candidate.restoredUpTo)
                    .arg(candidate.heldUpTo)
                    .arg(std::max(candidate.restoredUpTo, candidate.heldUpTo)));
}

int runApprove(CliContext& context) {
    auto file = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "team approve needs the request FILE."));
    if (!file) return context.fail(file.error());
    if (!context.parser().isSet(toOption()))
        return context.fail(usage(QT_TRANSLATE_NOOP("Cli", "team approve needs --to DIR.")));
    if (auto failed = unlock(context)) return *failed;
    auto approved =
        context.sync().approve(*file, context.parser().value(toOption()), context.parser().isSet(coordinatorOption()),
                               context.parser().value(replacesOption()));
    if (!approved) return context.fail(approved.error());
    if (context.json()) {
        QJsonObject json = candidateJson(approved->device);
        json[QStringLiteral("welcome_file")] = approved->welcomeFile;
        context.printJson(json);
        return kExitOk;
    }
    context.say(
        QCoreApplication::translate("Cli", "Admitted %1 (%2).").arg(approved->device.name, approved->device.deviceId));
    context.say(QCoreApplication::translate("Cli", "Safety number (must match the new laptop's screen):"));
    context.say(approved->device.safetyNumber);
    context.say(QCoreApplication::translate("Cli", "Welcome bundle: %1").arg(approved->welcomeFile));
    sayRestoredFrom(context, approved->device);
    return kExitOk;
}

void checkOptions(QCommandLineParser& parser, const QString&) {
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The enrolment request."));
}

int runCheck(CliContext& context) {
    auto file = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "team check needs the request FILE."));
    if (!file) return context.fail(file.error());
    if (auto failed = unlock(context)) return *failed;
    auto candidate = context.sync().readEnrolmentRequest(*file);
    if (!candidate) return context.fail(candidate.error());
    if (context.json()) {
        context.printJson(candidateJson(*candidate));
        return kExitOk;
    }
    context.say(QCoreApplication::translate("Cli", "%1 (%2) asks to join.").arg(candidate->name, candidate->deviceId));
    context.say(QCoreApplication::translate("Cli", "Safety number: %1").arg(candidate->safetyNumber));
    sayRestoredFrom(context, *candidate);
    return kExitOk;
}

int runList(CliContext& context) {
    if (auto failed = unlock(context)) return *failed;
    auto devices = context.sync().team();
    if (!devices) return context.fail(devices.error());
    if (context.json()) {
        QJsonArray array;
        for (const auto& device : *devices) {
            array.append(QJsonObject{
                {QStringLiteral("device_id"), device.deviceId},
                {QStringLiteral("name"), device.name},
                {QStringLiteral("role"), device.role},
                {QStringLiteral("status"), device.status},
                {QStringLiteral("this_device"), device.thisDevice},
                {QStringLiteral("admitted_by"), device.admittedBy},
                {QStringLiteral("admitted_at"), device.admittedBy.isEmpty() ? QString() : isoTime(device.admittedAtMs)},
                {QStringLiteral("removed_by"), device.removedBy},
                {QStringLiteral("removed_at"), device.removedBy.isEmpty() ? QString() : isoTime(device.removedAtMs)},
                {QStringLiteral("refused_changes"), device.refusedChanges},
                {QStringLiteral("forked_change"),
                 device.forkedChange > 0 ? QJsonValue(device.forkedChange) : QJsonValue()},
                {QStringLiteral("forked_team_change"), device.forkedTeamChange},
                {QStringLiteral("duress_at"),
                 device.duressAtMs > 0 ? QJsonValue(isoTime(device.duressAtMs)) : QJsonValue()}});
        }
        context.printJson(array);
        return kExitOk;
    }
    for (const auto& device : *devices) {
        context.say(QStringLiteral("%1  %2  %3  %4%5")
                        .arg(device.deviceId, device.role, device.status, device.name,
                             device.thisDevice ? QCoreApplication::translate("Cli", " (this device)") : QString()));
    }
    return kExitOk;
}

void deviceArgument(QCommandLineParser& parser, const QString&) {
    parser.addPositionalArgument(QStringLiteral("DEVICE_ID"), QCoreApplication::translate("Cli", "The device's id."));
}

int runRevoke(CliContext& context) {
    auto device = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "team revoke needs the DEVICE_ID."));
    if (!device) return context.fail(device.error());
    if (auto failed = unlock(context)) return *failed;
    if (auto revoked = context.sync().revoke(*device); !revoked) return context.fail(revoked.error());
    context.say(
        QCoreApplication::translate("Cli", "Device %1 removed from the team. Export to spread the news.").arg(*device));
    if (context.json()) context.printJson(QJsonObject{{QStringLiteral("revoked"), *device}});
    return kExitOk;
}

void roleArguments(QCommandLineParser& parser, const QString&) {
    parser.addPositionalArgument(QStringLiteral("DEVICE_ID"), QCoreApplication::translate("Cli", "The device's id."));
    parser.addPositionalArgument(QStringLiteral("ROLE"),
                                 QCoreApplication::translate("Cli", "coordinator or field_worker."));
}

int runRole(CliContext& context) {
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() != 2 ||
        (arguments[1] != QLatin1String("coordinator") && arguments[1] != QLatin1String("field_worker")))
        return context.fail(
            usage(QT_TRANSLATE_NOOP("Cli", "team role needs the DEVICE_ID and coordinator or field_worker.")));
    if (auto failed = unlock(context)) return *failed;
    if (auto changed = context.sync().setRole(arguments[0], arguments[1] == QLatin1String("coordinator")); !changed)
        return context.fail(changed.error());
    context.say(QCoreApplication::translate("Cli", "Role changed. Export to spread the news."));
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("device_id"), arguments[0]}, {QStringLiteral("role"), arguments[1]}});
    return kExitOk;
}

int runSafetyNumber(CliContext& context) {
    if (auto failed = unlock(context)) return *failed;
    auto half = context.sync().safetyNumberHalf();
    if (!half) return context.fail(half.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("safety_number_half"), *half}});
        return kExitOk;
    }
    context.say(*half);
    return kExitOk;
}

void joinOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({confirmOption(), discardOption()});
}

int runJoin(CliContext& context) {
    const bool confirm = context.parser().isSet(confirmOption());
    if (confirm == context.parser().isSet(discardOption()))
        return context.fail(usage(QT_TRANSLATE_NOOP("Cli", "team join needs --confirm NUMBER or --discard.")));
    if (auto failed = unlock(context)) return *failed;
    if (!confirm) {
        if (auto discarded = context.sync().discardJoin({}); !discarded) return context.fail(discarded.error());
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("discarded"), true}});
        else
            context.say(QCoreApplication::translate("Cli", "The waiting welcome was discarded."));
        return kExitOk;
    }
    auto joined = context.sync().confirmJoin(context.parser().value(confirmOption()));
    if (!joined) return context.fail(joined.error());
    if (context.json())
        context.printJson(reportJson(*joined));
    else
        sayReport(context, *joined);
    return kExitOk;
}

int runRotateKey(CliContext& context) {
    if (auto failed = unlock(context)) return *failed;
    if (auto rotated = context.sync().rotateKey(); !rotated) return context.fail(rotated.error());
    context.say(QCoreApplication::translate("Cli", "New bundle key made. Export to spread it."));
    if (context.json()) context.printJson(QJsonObject{{QStringLiteral("rotated"), true}});
    return kExitOk;
}

// retention -----------------------------------------------------------------------------------

const QCommandLineOption& closedCasesOption() {
    static const QCommandLineOption option(
        QStringLiteral("closed-cases-months"),
        QCoreApplication::translate("Cli", "Purge closed cases this many months after closing (0: keep them)."),
        QStringLiteral("N"));
    return option;
}
const QCommandLineOption& attachmentsOption() {
    static const QCommandLineOption option(
        QStringLiteral("attachments-months"),
        QCoreApplication::translate("Cli",
                                    "Purge the attachments of closed cases this many months after closing (0: keep)."),
        QStringLiteral("N"));
    return option;
}

void retentionSetOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({closedCasesOption(), attachmentsOption()});
}

QJsonObject retentionJson(const RetentionRules& rules) {
    const auto months = [](int value) { return value > 0 ? QJsonValue(value) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("closed_case_months"), months(rules.closedCaseMonths)},
        {QStringLiteral("attachment_months"), months(rules.attachmentMonths)},
        {QStringLiteral("set_by"), rules.setBy.isEmpty() ? QJsonValue() : QJsonValue(rules.setBy)},
        {QStringLiteral("set_at"), rules.setBy.isEmpty() ? QJsonValue() : QJsonValue(isoTime(rules.setAtMs))}};
}

void sayRetention(CliContext& context, const RetentionRules& rules) {
    const auto period = [](int months) {
        return months > 0 ? QCoreApplication::translate("Cli", "%n month(s) after closing", nullptr, months)
                          : QCoreApplication::translate("Cli", "kept");
    };
    context.say(QCoreApplication::translate("Cli", "Closed cases: %1").arg(period(rules.closedCaseMonths)));
    context.say(
        QCoreApplication::translate("Cli", "Attachments of closed cases: %1").arg(period(rules.attachmentMonths)));
    if (!rules.setBy.isEmpty()) {
        context.say(QCoreApplication::translate("Cli", "Set by %1 on %2").arg(rules.setBy, isoTime(rules.setAtMs)));
    }
}

int runRetentionShow(CliContext& context) {
    if (auto failed = unlock(context)) return *failed;
    auto rules = context.sync().retention();
    if (!rules) return context.fail(rules.error());
    if (context.json()) context.printJson(retentionJson(*rules));
    sayRetention(context, *rules);
    return kExitOk;
}

int runRetentionSet(CliContext& context) {
    const QCommandLineParser& parser = context.parser();
    if (!parser.isSet(closedCasesOption()) || !parser.isSet(attachmentsOption())) {
        return context.fail(makeError(
            ErrorCode::Usage, QCoreApplication::translate(
                                  "Cli", "retention set needs --closed-cases-months N and --attachments-months N.")));
    }
    bool closedOk = false;
    bool attachmentsOk = false;
    const int closed = parser.value(closedCasesOption()).toInt(&closedOk);
    const int attachments = parser.value(attachmentsOption()).toInt(&attachmentsOk);
    if (!closedOk || !attachmentsOk) {
        return context.fail(makeError(
            ErrorCode::Usage, QCoreApplication::translate("Cli", "A retention period is a whole number of months.")));
    }
    if (auto failed = unlock(context)) return *failed;
    if (auto set = context.sync().setRetention(closed, attachments); !set) return context.fail(set.error());
    auto rules = context.sync().retention();
    if (!rules) return context.fail(rules.error());
    if (context.json()) context.printJson(retentionJson(*rules));
    sayRetention(context, *rules);
    context.say(QCoreApplication::translate("Cli", "Export to give the rules to the team."));
    return kExitOk;
}

const QCommandLineOption& dryRunOption() {
    static const QCommandLineOption option(QStringLiteral("dry-run"),
                                           QCoreApplication::translate("Cli", "List what is due; purge nothing."));
    return option;
}

void retentionRunOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(dryRunOption());
}

QString retentionReasonText(const DueForRetention& item) {
    if (item.reason == QLatin1String("person"))
        return QCoreApplication::translate("Cli", "every case of this person is due; the last, %1, closed on %2")
            .arg(item.caseReference, item.closedOn);
    if (item.reason == QLatin1String("attachment"))
        return QCoreApplication::translate("Cli", "attachment of %1, closed on %2")
            .arg(item.caseReference, item.closedOn);
    return QCoreApplication::translate("Cli", "closed on %1, with everything recorded in it").arg(item.closedOn);
}

int runRetentionRun(CliContext& context) {
    const bool dryRun = context.parser().isSet(dryRunOption());
    if (auto failed = unlock(context)) return *failed;
    auto records = dryRun ? context.sync().retentionDue() : context.sync().runRetention();
    if (!records) return context.fail(records.error());
    if (context.json()) {
        QJsonArray array;
        for (const DueForRetention& item : *records) {
            array.append(QJsonObject{{QStringLiteral("entity"), item.entity},
                                     {QStringLiteral("record_id"), item.recordId},
                                     {QStringLiteral("label"), item.recordLabel},
                                     {QStringLiteral("reason"), item.reason},
                                     {QStringLiteral("case_reference"), item.caseReference},
                                     {QStringLiteral("closed_on"), item.closedOn}});
        }
        context.printJson(QJsonObject{{QStringLiteral("dry_run"), dryRun},
                                      {QStringLiteral("records"), array},
                                      {QStringLiteral("purged"), dryRun ? 0 : static_cast<int>(records->size())}});
        return kExitOk;
    }
    for (const DueForRetention& item : *records) {
        context.say(QStringLiteral("%1 %2  %3  [%4]")
                        .arg(item.entity, item.recordId, item.recordLabel, retentionReasonText(item)));
    }
    const int count = static_cast<int>(records->size());
    if (dryRun) {
        context.say(
            QCoreApplication::translate("Cli", "%n record(s) due; nothing was purged (dry run).", nullptr, count));
    } else {
        context.say(QCoreApplication::translate("Cli", "%n record(s) purged. Export to take the purge to the team.",
                                                nullptr, count));
    }
    return kExitOk;
}

// consent withdrawal ----------------------------------------------------------------------------

void personArgument(QCommandLineParser& parser, const QString&) {
    parser.addPositionalArgument(QStringLiteral("PERSON_ID"), QCoreApplication::translate("Cli", "The person's id."));
}

QJsonObject erasureJson(const Erasure& erasure) {
    return QJsonObject{{QStringLiteral("person_id"), erasure.personId},
                       {QStringLiteral("status"), erasure.status},
                       {QStringLiteral("requested_by"), erasure.requestedBy},
                       {QStringLiteral("requested_at"), isoTime(erasure.requestedAtMs)},
                       {QStringLiteral("confirmed_by"), QJsonArray::fromStringList(erasure.confirmedBy)},
                       {QStringLiteral("records"), erasure.records},
                       {QStringLiteral("applied_on"), QJsonArray::fromStringList(erasure.appliedOn)},
                       {QStringLiteral("waiting_for"), QJsonArray::fromStringList(erasure.waitingFor)}};
}

QString erasureText(const Erasure& erasure) {
    if (erasure.status == QLatin1String("erased")) {
        return erasure.waitingFor.isEmpty() ? QCoreApplication::translate("Cli", "erased on every laptop")
                                            : QCoreApplication::translate("Cli", "erased on %1; not yet known on %2")
                                                  .arg(erasure.appliedOn.join(QStringLiteral(", ")),
                                                       erasure.waitingFor.join(QStringLiteral(", ")));
    }
    if (erasure.status == QLatin1String("waiting"))
        return QCoreApplication::translate("Cli", "waiting for a second coordinator");
    return QCoreApplication::translate("Cli", "waiting for a coordinator");
}

int runWithdrawConsent(CliContext& context) {
    auto person = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "consent withdraw needs the PERSON_ID."));
    if (!person) return context.fail(person.error());
    if (auto failed = unlock(context)) return *failed;
    auto erasure = context.sync().withdrawConsent(*person);
    if (!erasure) return context.fail(erasure.error());
    if (context.json()) context.printJson(erasureJson(*erasure));
    context.say(QCoreApplication::translate("Cli", "Consent withdrawn for %1: %2. Export to tell the team.")
                    .arg(*person, erasureText(*erasure)));
    return kExitOk;
}

int runErasures(CliContext& context) {
    if (auto failed = unlock(context)) return *failed;
    auto erasures = context.sync().erasures();
    if (!erasures) return context.fail(erasures.error());
    if (context.json()) {
        QJsonArray array;
        for (const Erasure& erasure : *erasures)
            array.append(erasureJson(erasure));
        context.printJson(array);
        return kExitOk;
    }
    if (erasures->empty()) context.say(QCoreApplication::translate("Cli", "No consent was withdrawn."));
    for (const Erasure& erasure : *erasures) {
        context.say(
            QStringLiteral("%1  %2  %3  %4")
                .arg(erasure.personId, isoTime(erasure.requestedAtMs), erasure.requestedBy, erasureText(erasure)));
    }
    return kExitOk;
}

// sync ----------------------------------------------------------------------------------------

void exportOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(toOption());
}

int runExport(CliContext& context) {
    if (!context.parser().isSet(toOption()))
        return context.fail(usage(QT_TRANSLATE_NOOP("Cli", "sync export needs --to DIR.")));
    if (auto failed = unlock(context)) return *failed;
    auto written = context.sync().exportTo(context.parser().value(toOption()));
    if (!written) return context.fail(written.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), *written}});
        return kExitOk;
    }
    context.say(QCoreApplication::translate("Cli", "Bundle written: %1").arg(*written));
    return kExitOk;
}

void importOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(fromOption());
}

int runImport(CliContext& context) {
    if (!context.parser().isSet(fromOption()))
        return context.fail(usage(QT_TRANSLATE_NOOP("Cli", "sync import needs --from DIR.")));
    if (auto failed = unlock(context)) return *failed;
    auto report = context.sync().importFrom(context.parser().value(fromOption()), {});
    if (!report) return context.fail(report.error());
    if (context.json())
        context.printJson(reportJson(*report));
    else
        sayReport(context, *report);
    return reportExitCode(*report);
}

void dirArgument(QCommandLineParser& parser, const QString&) {
    parser.addPositionalArgument(QStringLiteral("DIR"), QCoreApplication::translate("Cli", "The sync folder."));
}

int runRun(CliContext& context) {
    auto dir = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "sync run needs the folder DIR."));
    if (!dir) return context.fail(dir.error());
    if (auto failed = unlock(context)) return *failed;
    auto exchanged = context.sync().exchange(*dir, {});
    if (!exchanged) return context.fail(exchanged.error());
    if (context.json()) {
        QJsonObject json = reportJson(exchanged->received);
        json[QStringLiteral("exported")] = exchanged->written;
        context.printJson(json);
    } else {
        sayReport(context, exchanged->received);
        context.say(QCoreApplication::translate("Cli", "Bundle written: %1").arg(exchanged->written));
    }
    return reportExitCode(exchanged->received);
}

int runConflicts(CliContext& context) {
    if (auto failed = unlock(context)) return *failed;
    auto conflicts = context.sync().conflicts();
    if (!conflicts) return context.fail(conflicts.error());
    if (context.json()) {
        QJsonArray array;
        for (const auto& conflict : *conflicts) {
            QJsonArray versions;
            for (const auto& version : conflict.versions) {
                versions.append(QJsonObject{{QStringLiteral("value"), version.value},
                                            {QStringLiteral("device"), version.device},
                                            {QStringLiteral("at"), version.at}});
            }
            array.append(QJsonObject{{QStringLiteral("id"), conflict.id},
                                     {QStringLiteral("entity"), conflict.entity},
                                     {QStringLiteral("record_id"), conflict.recordId},
                                     {QStringLiteral("field"), conflict.field},
                                     {QStringLiteral("versions"), versions}});
        }
        context.printJson(array);
        return kExitOk;
    }
    if (conflicts->empty()) context.say(QCoreApplication::translate("Cli", "No open conflicts."));
    for (const auto& conflict : *conflicts) {
        context.say(
            QStringLiteral("%1  %2 %3 %4").arg(conflict.id, conflict.entity, conflict.recordId, conflict.field));
        int number = 1;
        for (const auto& version : conflict.versions) {
            context.say(
                QStringLiteral("  %1. %2  (%3, %4)").arg(number++).arg(version.value, version.device, version.at));
        }
    }
    return kExitOk;
}

void resolveOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({keepOption(), valueOption()});
    parser.addPositionalArgument(QStringLiteral("CONFLICT_ID"), QCoreApplication::translate("Cli", "The conflict."));
}

int runResolve(CliContext& context) {
    auto id = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "sync resolve needs the CONFLICT_ID."));
    if (!id) return context.fail(id.error());
    auto& parser = context.parser();
    if (parser.isSet(keepOption()) == parser.isSet(valueOption()))
        return context.fail(usage(QT_TRANSLATE_NOOP("Cli", "sync resolve needs either --keep N or --value TEXT.")));
    std::optional<int> keep;
    if (parser.isSet(keepOption())) {
        bool ok = false;
        keep = parser.value(keepOption()).toInt(&ok);
        if (!ok) return context.fail(usage(QT_TRANSLATE_NOOP("Cli", "--keep needs a version number.")));
    }
    std::optional<QString> value;
    if (parser.isSet(valueOption())) value = parser.value(valueOption());
    if (auto failed = unlock(context)) return *failed;
    if (auto resolved = context.sync().resolve(*id, keep, value); !resolved) return context.fail(resolved.error());
    context.say(QCoreApplication::translate("Cli", "Conflict resolved. Sync to spread the choice."));
    if (context.json()) context.printJson(QJsonObject{{QStringLiteral("resolved"), *id}});
    return kExitOk;
}

int runHeldPurges(CliContext& context) {
    if (auto failed = unlock(context)) return *failed;
    auto held = context.sync().heldPurges();
    if (!held) return context.fail(held.error());
    if (context.json()) {
        QJsonArray array;
        for (const auto& purge : *held) {
            array.append(QJsonObject{{QStringLiteral("device"), purge.device},
                                     {QStringLiteral("device_name"), purge.deviceName},
                                     {QStringLiteral("entity"), purge.entity},
                                     {QStringLiteral("record_id"), purge.recordId},
                                     {QStringLiteral("label"), purge.recordLabel},
                                     {QStringLiteral("reason"), purge.reason}});
        }
        context.printJson(array);
        return kExitOk;
    }
    if (held->empty()) context.say(QCoreApplication::translate("Cli", "No purge is held here."));
    for (const auto& purge : *held) {
        const QString why = purge.reason == QLatin1String("many")
                                ? QCoreApplication::translate("Cli", "one of many at once")
                                : QCoreApplication::translate("Cli", "not made by that laptop");
        context.say(QStringLiteral("%1 (%2)  %3 %4  %5  [%6]")
                        .arg(purge.deviceName, purge.device, purge.entity, purge.recordId, purge.recordLabel, why));
    }
    return kExitOk;
}

int runConfirmPurges(CliContext& context) {
    auto device = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "sync confirm-purges needs the DEVICE_ID."));
    if (!device) return context.fail(device.error());
    if (auto failed = unlock(context)) return *failed;
    auto purged = context.sync().confirmHeldPurges(*device);
    if (!purged) return context.fail(purged.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("purged"), *purged}});
    else
        context.say(QCoreApplication::translate("Cli", "Purged %n record(s) for the team. Sync to spread the purge.",
                                                nullptr, *purged));
    return kExitOk;
}

int runClean(CliContext& context) {
    auto dir = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "sync clean needs the folder DIR."));
    if (!dir) return context.fail(dir.error());
    if (auto failed = unlock(context)) return *failed;
    auto removed = context.sync().cleanFolder(*dir);
    if (!removed) return context.fail(removed.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("removed"), *removed}});
    else
        context.say(
            QCoreApplication::translate("Cli", "Removed %n bundle(s) every device already has.", nullptr, *removed));
    return kExitOk;
}

void drivesOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(folderNameOption());
}

int runDrives(CliContext& context) {
    const QString folder = context.parser().isSet(folderNameOption()) ? context.parser().value(folderNameOption())
                                                                      : QString::fromLatin1(kDefaultStickFolder);
    const auto drives = context.sync().drives(folder);
    if (context.json()) {
        QJsonArray array;
        for (const auto& drive : drives) {
            array.append(QJsonObject{{QStringLiteral("root"), drive.rootPath},
                                     {QStringLiteral("label"), drive.label},
                                     {QStringLiteral("bytes_free"), drive.bytesFree},
                                     {QStringLiteral("team_folder"), drive.hasTeamFolder},
                                     {QStringLiteral("folder"), drive.folder}});
        }
        context.printJson(array);
        return kExitOk;
    }
    if (drives.empty()) context.say(QCoreApplication::translate("Cli", "No removable drive found."));
    for (const auto& drive : drives) {
        context.say(QStringLiteral("%1  %2  %3")
                        .arg(drive.rootPath, drive.label,
                             drive.hasTeamFolder ? QCoreApplication::translate("Cli", "team folder present")
                                                 : QCoreApplication::translate("Cli", "no team folder")));
    }
    return kExitOk;
}

const QCommandLineOption& sticksOption() {
    static const QCommandLineOption option(
        QStringLiteral("sticks"),
        QCoreApplication::translate("Cli",
                                    "Also exchange with a USB stick carrying the team's folder when plugged in."));
    return option;
}

void watchOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({intervalOption(), sticksOption(), folderNameOption()});
    parser.addPositionalArgument(QStringLiteral("DIR"), QCoreApplication::translate("Cli", "The sync folder(s)."),
                                 QStringLiteral("[DIR...]"));
}

volatile std::sig_atomic_t g_stopWatching = 0;

// What the desktop app does by itself (AutoSync), until interrupted: exchange with the folders when they change,
// become reachable or the timer fires, and with a team stick when it is plugged in.
int runWatch(CliContext& context) {
    auto& parser = context.parser();
    std::optional<int> interval;
    if (parser.isSet(intervalOption())) {
        bool ok = false;
        interval = parser.value(intervalOption()).toInt(&ok);
        if (!ok || *interval < 1)
            return context.fail(usage(QT_TRANSLATE_NOOP("Cli", "--interval needs a number of seconds.")));
    }
    if (auto failed = unlock(context)) return *failed;
    // Without folders or --sticks on the command line: what the vault's sync settings say (as the desktop app).
    SyncSettings settings;
    if (parser.positionalArguments().isEmpty() && !parser.isSet(sticksOption())) {
        auto stored = context.sync().settings();
        if (!stored) return context.fail(stored.error());
        settings = *stored;
    } else {
        settings.folders = parser.positionalArguments();
        settings.useSticks = parser.isSet(sticksOption());
    }
    if (parser.isSet(folderNameOption())) settings.stickFolder = parser.value(folderNameOption());
    if (interval) settings.intervalSeconds = *interval;
    std::signal(SIGINT, [](int) { g_stopWatching = 1; });
    std::signal(SIGTERM, [](int) { g_stopWatching = 1; });

    int exitCode = kExitOk;
    AutoSync autoSync(context.sync());
    QObject::connect(&autoSync, &AutoSync::exchanged, [&](const QString& folder, const SyncReport& report) {
        if (reportExitCode(report) != kExitOk) exitCode = kExitRejected;
        if (context.json()) {
            QJsonObject json = reportJson(report);
            json[QStringLiteral("folder")] = folder;
            context.printJson(json);
        } else if (report.read > 0 || !report.rejected.empty()) {
            context.say(folder);
            sayReport(context, report);
        }
    });
    QObject::connect(&autoSync, &AutoSync::failed, [&](const QString& folder, const QString& message) {
        context.say(QCoreApplication::translate("Cli", "%1: %2").arg(folder, message));
    });
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, [] {
        if (g_stopWatching) QCoreApplication::quit();
    });
    stopCheck.start(200);
    autoSync.start(settings);
    QCoreApplication::exec();
    return exitCode;
}

const QCommandLineOption& addFolderOption() {
    static const QCommandLineOption option(QStringLiteral("add-folder"),
                                           QCoreApplication::translate("Cli", "Add a shared folder to exchange with."),
                                           QStringLiteral("DIR"));
    return option;
}
const QCommandLineOption& removeFolderOption() {
    static const QCommandLineOption option(QStringLiteral("remove-folder"),
                                           QCoreApplication::translate("Cli", "Stop exchanging with a folder."),
                                           QStringLiteral("DIR"));
    return option;
}
const QCommandLineOption& watchSwitchOption() {
    static const QCommandLineOption option(
        QStringLiteral("watch-folders"),
        QCoreApplication::translate("Cli", "Exchange with the folders by itself: on or off."),
        QStringLiteral("on|off"));
    return option;
}
const QCommandLineOption& sticksSwitchOption() {
    static const QCommandLineOption option(
        QStringLiteral("use-sticks"),
        QCoreApplication::translate("Cli", "Exchange with a team stick when plugged in: on or off."),
        QStringLiteral("on|off"));
    return option;
}

void settingsOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({addFolderOption(), removeFolderOption(), watchSwitchOption(), sticksSwitchOption(),
                       folderNameOption(), intervalOption()});
}

Result<bool> onOff(const QCommandLineParser& parser, const QCommandLineOption& option, bool current) {
    if (!parser.isSet(option)) return current;
    const QString value = parser.value(option);
    if (value == QLatin1String("on")) return true;
    if (value == QLatin1String("off")) return false;
    return usage(QT_TRANSLATE_NOOP("Cli", "Switches take on or off."));
}

int runSettings(CliContext& context) {
    auto& parser = context.parser();
    if (auto failed = unlock(context)) return *failed;
    auto settings = context.sync().settings();
    if (!settings) return context.fail(settings.error());
    for (const QString& folder : parser.values(addFolderOption())) {
        if (!settings->folders.contains(folder)) settings->folders << folder;
    }
    for (const QString& folder : parser.values(removeFolderOption()))
        settings->folders.removeAll(folder);
    auto watch = onOff(parser, watchSwitchOption(), settings->watchFolders);
    auto sticks = onOff(parser, sticksSwitchOption(), settings->useSticks);
    if (!watch || !sticks) return context.fail(!watch ? watch.error() : sticks.error());
    settings->watchFolders = *watch;
    settings->useSticks = *sticks;
    if (parser.isSet(folderNameOption())) settings->stickFolder = parser.value(folderNameOption());
    if (parser.isSet(intervalOption())) settings->intervalSeconds = parser.value(intervalOption()).toInt();
    if (auto saved = context.sync().setSettings(*settings); !saved) return context.fail(saved.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("folders"), QJsonArray::fromStringList(settings->folders)},
                                      {QStringLiteral("watch_folders"), settings->watchFolders},
                                      {QStringLiteral("use_sticks"), settings->useSticks},
                                      {QStringLiteral("stick_folder"), settings->stickFolder},
                                      {QStringLiteral("interval_seconds"), settings->intervalSeconds}});
        return kExitOk;
    }
    const QString on = QCoreApplication::translate("Cli", "on");
    const QString off = QCoreApplication::translate("Cli", "off");
    context.say(QCoreApplication::translate("Cli", "Folders: %1").arg(settings->folders.join(QStringLiteral(", "))));
    context.say(QCoreApplication::translate("Cli", "Exchange with folders by itself: %1")
                    .arg(settings->watchFolders ? on : off));
    context.say(QCoreApplication::translate("Cli", "Exchange with team sticks: %1 (folder %2)")
                    .arg(settings->useSticks ? on : off, settings->stickFolder));
    context.say(QCoreApplication::translate("Cli", "Every %1 seconds").arg(settings->intervalSeconds));
    return kExitOk;
}

// bundle --------------------------------------------------------------------------------------

void inspectOptions(QCommandLineParser& parser, const QString&) {
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "The bundle file."));
}

int runInspect(CliContext& context) {
    auto file = onlyArgument(context, QT_TRANSLATE_NOOP("Cli", "bundle inspect needs the bundle FILE."));
    if (!file) return context.fail(file.error());
    // With a vault, open it to say who sent the bundle and whether it verifies; without one, say what the file does.
    if (context.vault().exists()) {
        if (auto failed = unlock(context)) return *failed;
    }
    auto inspection = context.sync().inspect(*file);
    if (!inspection) return context.fail(inspection.error());
    if (context.json()) {
        QJsonObject json{{QStringLiteral("size"), inspection->size},
                         {QStringLiteral("format_version"), inspection->formatVersion},
                         {QStringLiteral("stanza_slots"), inspection->stanzaSlots},
                         {QStringLiteral("verified"), inspection->opened}};
        if (inspection->opened) {
            json[QStringLiteral("sender")] = inspection->sender;
            json[QStringLiteral("sender_name")] = inspection->senderName;
            json[QStringLiteral("kind")] = inspection->kind;
            json[QStringLiteral("sequence")] = inspection->sequence;
            json[QStringLiteral("changesets")] = inspection->changesets;
            json[QStringLiteral("membership_events")] = inspection->membershipEvents;
            json[QStringLiteral("recipients")] = inspection->recipients;
        } else {
            json[QStringLiteral("problem")] = inspection->problem;
        }
        context.printJson(json);
    } else {
        context.say(QCoreApplication::translate("Cli", "Size: %1 bytes, format version %2, %3 recipient slots")
                        .arg(inspection->size)
                        .arg(inspection->formatVersion)
                        .arg(inspection->stanzaSlots));
        if (inspection->opened) {
            context.say(QCoreApplication::translate("Cli", "Verified: from %1 (%2), %3 bundle no. %4")
                            .arg(inspection->senderName, inspection->sender, inspection->kind)
                            .arg(inspection->sequence));
            context.say(QCoreApplication::translate("Cli", "%1 change(s), %2 membership event(s), %3 recipient(s)")
                            .arg(inspection->changesets)
                            .arg(inspection->membershipEvents)
                            .arg(inspection->recipients));
        } else {
            context.say(QCoreApplication::translate("Cli", "Not verified: %1").arg(inspection->problem));
        }
    }
    return inspection->opened || !context.vault().exists() ? kExitOk : kExitRejected;
}

}  // namespace

std::vector<Command> syncCommands() {
    return {
        {QStringLiteral("team request"), QCoreApplication::translate("Cli", "Write this device's enrolment request."),
         requestOptions, runRequest},
        {QStringLiteral("team check"),
         QCoreApplication::translate("Cli", "Show who an enrolment request is from, with the safety number."),
         checkOptions, runCheck},
        {QStringLiteral("team approve"),
         QCoreApplication::translate("Cli", "Admit a device and write its welcome bundle (coordinator)."),
         approveOptions, runApprove},
        {QStringLiteral("team join"),
         QCoreApplication::translate("Cli",
                                     "Join through the waiting welcome once its safety number matches, or "
                                     "discard it."),
         joinOptions, runJoin},
        {QStringLiteral("team list"), QCoreApplication::translate("Cli", "List the team's devices."), noOptions,
         runList},
        {QStringLiteral("team revoke"),
         QCoreApplication::translate("Cli", "Remove a device from the team (coordinator)."), deviceArgument, runRevoke},
        {QStringLiteral("team role"),
         QCoreApplication::translate("Cli", "Make a device a coordinator or a field worker (coordinator)."),
         roleArguments, runRole},
        {QStringLiteral("team safety-number"),
         QCoreApplication::translate("Cli", "Show this device's half of the safety number."), noOptions,
         runSafetyNumber},
        {QStringLiteral("team rotate-key"),
         QCoreApplication::translate("Cli", "Make a new bundle key for this device."), noOptions, runRotateKey},
        {QStringLiteral("retention show"), QCoreApplication::translate("Cli", "Show the team's retention rules."),
         noOptions, runRetentionShow},
        {QStringLiteral("retention set"),
         QCoreApplication::translate("Cli", "Set the team's retention rules (coordinator)."), retentionSetOptions,
         runRetentionSet},
        {QStringLiteral("consent withdraw"),
         QCoreApplication::translate("Cli",
                                     "The person withdrew consent: erase them and the cases only theirs from every "
                                     "laptop (a field worker's asks a coordinator)."),
         personArgument, runWithdrawConsent},
        {QStringLiteral("team erasures"),
         QCoreApplication::translate("Cli", "List the consent withdrawals and the laptops that applied them."),
         noOptions, runErasures},
        {QStringLiteral("retention run"),
         QCoreApplication::translate("Cli", "Purge what the team's retention rules call for (--dry-run: list it)."),
         retentionRunOptions, runRetentionRun},
        {QStringLiteral("sync export"), QCoreApplication::translate("Cli", "Write this device's bundle into a folder."),
         exportOptions, runExport},
        {QStringLiteral("sync import"), QCoreApplication::translate("Cli", "Read the bundles in a folder."),
         importOptions, runImport},
        {QStringLiteral("sync run"), QCoreApplication::translate("Cli", "Import from a folder, then export to it."),
         dirArgument, runRun},
        {QStringLiteral("sync watch"),
         QCoreApplication::translate("Cli", "Exchange with folders whenever they change, until interrupted."),
         watchOptions, runWatch},
        {QStringLiteral("sync settings"),
         QCoreApplication::translate("Cli", "Show or change which folders and sticks this laptop exchanges with."),
         settingsOptions, runSettings},
        {QStringLiteral("sync conflicts"), QCoreApplication::translate("Cli", "List the open conflicts."), noOptions,
         runConflicts},
        {QStringLiteral("sync resolve"), QCoreApplication::translate("Cli", "Resolve a conflict."), resolveOptions,
         runResolve},
        {QStringLiteral("sync held-purges"),
         QCoreApplication::translate("Cli", "List the purges of other laptops held here for a coordinator."), noOptions,
         runHeldPurges},
        {QStringLiteral("sync confirm-purges"),
         QCoreApplication::translate("Cli", "Confirm the purges held from a device by purging them (coordinator)."),
         deviceArgument, runConfirmPurges},
        {QStringLiteral("sync clean"),
         QCoreApplication::translate("Cli", "Remove bundles every device has already received."), dirArgument,
         runClean},
        {QStringLiteral("sync drives"), QCoreApplication::translate("Cli", "List removable drives."), drivesOptions,
         runDrives},
        {QStringLiteral("bundle inspect"), QCoreApplication::translate("Cli", "Say what a bundle file is."),
         inspectOptions, runInspect},
    };
}

}  // namespace fieldcase::cli
