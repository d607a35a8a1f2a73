// init, training, info, passwd, recover, rekey, destroy-keys, duress, travel, verify: the vault itself.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/training/TrainingVault.h"
#include "core/api/RecordService.h"
#include "core/api/SyncService.h"
#include "core/api/VaultService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <unistd.h>

#include <cstdio>

namespace fieldcase::cli {

namespace {

const QCommandLineOption& kdfOption() {
    static const QCommandLineOption option(
        QStringLiteral("kdf"),
        QCoreApplication::translate("Cli", "Key derivation strength: interactive, moderate (default) or sensitive."),
        QStringLiteral("STRENGTH"));
    return option;
}

Result<std::optional<KdfStrength>> parseStrength(const QCommandLineParser& parser) {
    if (!parser.isSet(kdfOption())) {
        return std::optional<KdfStrength>();
    }
    const QString value = parser.value(kdfOption());
    if (value == QLatin1String("interactive")) return std::optional(KdfStrength::Interactive);
    if (value == QLatin1String("moderate")) return std::optional(KdfStrength::Moderate);
    if (value == QLatin1String("sensitive")) return std::optional(KdfStrength::Sensitive);
    return makeError(ErrorCode::Usage,
                     QCoreApplication::translate("Cli", "--kdf must be interactive, moderate or sensitive."));
}

// Writes a secret straight from locked memory to stdout, past stdio's buffers.
void writeSecret(const SecretBytes& secret) {
    std::fflush(stdout);
    (void)!::write(STDOUT_FILENO, secret.data(), secret.size());
}

// init ---------------------------------------------------------------------------------------

constexpr int kMaxTrainingCases = 1000000;

const QCommandLineOption& deviceNameOption() {
    static const QCommandLineOption option(
        QStringLiteral("device-name"),
        QCoreApplication::translate("Cli", "The name of this device, as the team will see it."),
        QStringLiteral("NAME"));
    return option;
}
const QCommandLineOption& joinOption() {
    static const QCommandLineOption option(
        QStringLiteral("join"),
        QCoreApplication::translate("Cli", "This device will join an existing team instead of founding one."));
    return option;
}

void initOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({deviceNameOption(), kdfOption(), joinOption()});
}

// Creates the vault in --vault DIR with a new passphrase from the user. Fails when a vault is already there.
Result<CreatedVault> createVault(CliContext& context, const QString& deviceName, bool joinExistingTeam) {
    auto strength = parseStrength(context.parser());
    if (!strength) return strength.error();
    FC_TRY(context.vault().claim());
    if (context.vault().exists()) {
        return makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Cli", "There is already a vault in %1.").arg(context.vault().vaultDir()));
    }
    auto passphrase = context.secrets().readNew(QCoreApplication::translate("Cli", "New passphrase"),
                                                QCoreApplication::translate("Cli", "The new passphrase again"));
    if (!passphrase) return passphrase.error();
    CreateVaultRequest request;
    request.passphrase = std::move(*passphrase);
    request.deviceName = deviceName;
    request.strength = strength->value_or(KdfStrength::Moderate);
    request.joinExistingTeam = joinExistingTeam;
    return context.vault().create(std::move(request));
}

// What init and training print: the device id and the recovery code, which goes from locked memory to stdout.
void printCreated(CliContext& context, const CreatedVault& created, QJsonObject json) {
    if (context.json()) {
        json.insert(QStringLiteral("device_id"), created.deviceId);
        QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        text.chop(1);  // the closing brace: the recovery code is appended from locked memory
        std::fputs(text.constData(), stdout);
        std::fputs(",\"recovery_code\":\"", stdout);
        writeSecret(created.recoveryCode);
        std::fputs("\"}\n", stdout);
        return;
    }
    context.say(QCoreApplication::translate("Cli", "Vault created in %1.").arg(context.vault().vaultDir()));
    context.say(QCoreApplication::translate("Cli", "Device id: %1").arg(created.deviceId));
    context.say(QCoreApplication::translate(
        "Cli", "Recovery code (write it on paper now and keep it in the office safe; it is not shown again):"));
    writeSecret(created.recoveryCode);
    std::fputs("\n", stdout);
}

int runInit(CliContext& context) {
    auto& parser = context.parser();
    if (!parser.isSet(deviceNameOption())) {
        return context.fail(
            makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "init needs --device-name NAME.")));
    }
    auto created = createVault(context, parser.value(deviceNameOption()), parser.isSet(joinOption()));
    if (!created) {
        return context.fail(created.error());
    }
    printCreated(context, *created, {});
    return kExitOk;
}

// training -----------------------------------------------------------------------------------

const QCommandLineOption& casesOption() {
    static const QCommandLineOption option(
        QStringLiteral("cases"),
        QCoreApplication::translate("Cli", "How many made-up cases (1 to 1 000 000; default %1).")
            .arg(training::TrainingVault::kDefaultCases),
        QStringLiteral("N"));
    return option;
}

void trainingOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({casesOption(), deviceNameOption(), kdfOption()});
}

int runTraining(CliContext& context) {
    auto& parser = context.parser();
    int cases = training::TrainingVault::kDefaultCases;
    if (parser.isSet(casesOption())) {
        bool ok = false;
        cases = parser.value(casesOption()).toInt(&ok);
        if (!ok || cases < 1 || cases > kMaxTrainingCases) {
            return context.fail(makeError(
                ErrorCode::Usage, QCoreApplication::translate("Cli", "--cases must be a number from 1 to 1 000 000.")));
        }
    }
    const QString deviceName = parser.isSet(deviceNameOption())
                                   ? parser.value(deviceNameOption())
                                   : QCoreApplication::translate("Training", "Training laptop");
    auto created = createVault(context, deviceName, false);
    if (!created) {
        return context.fail(created.error());
    }
    if (auto filled = training::fillWithTrainingTeam(context.records(), cases); !filled) {
        return context.fail(filled.error());
    }
    context.say(QCoreApplication::translate("Cli", "Made-up training data: %n case(s).", nullptr, cases));
    printCreated(context, *created, {{QStringLiteral("cases"), cases}});
    return kExitOk;
}

// info ---------------------------------------------------------------------------------------

void noOptions(QCommandLineParser&, const QString&) {}

int runInfo(CliContext& context) {
    if (auto unlocked = context.unlockVault(); !unlocked) {
        return context.fail(unlocked.error());
    }
    auto info = context.vault().info();
    if (!info) {
        return context.fail(info.error());
    }
    auto counts = context.records().counts();
    if (!counts) {
        return context.fail(counts.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("vault_id"), info->vaultId},
            {QStringLiteral("device_id"), info->deviceId},
            {QStringLiteral("device_name"), info->deviceName},
            {QStringLiteral("team_id"), info->teamId},
            {QStringLiteral("role"), info->role},
            {QStringLiteral("schema_version"), info->schemaVersion},
            {QStringLiteral("cipher_version"), info->cipherVersion},
            {QStringLiteral("kdf"),
             QJsonObject{{QStringLiteral("name"), info->kdfName},
                         {QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                         {QStringLiteral("ops"), static_cast<qint64>(info->kdfOps)},
                         {QStringLiteral("memory_bytes"), static_cast<qint64>(info->kdfMemoryBytes)}}},
            {QStringLiteral("records"), QJsonObject::fromVariantMap(*counts)},
            {QStringLiteral("duress_passphrase_set"), info->duressPassphraseSet},
            {QStringLiteral("duress_used_at"),
             info->duressUsedAtMs > 0 ? QJsonValue(isoTime(info->duressUsedAtMs)) : QJsonValue()},
        });
        return kExitOk;
    }
    context.say(QCoreApplication::translate("Cli", "Vault:          %1").arg(context.vault().vaultDir()));
    context.say(QCoreApplication::translate("Cli", "Device:         %1 (%2)").arg(info->deviceName, info->deviceId));
    context.say(QCoreApplication::translate("Cli", "Team:           %1")
                    .arg(info->teamId.isEmpty() ? QCoreApplication::translate("Cli", "not joined yet") : info->teamId));
    context.say(QCoreApplication::translate("Cli", "Role:           %1")
                    .arg(info->role.isEmpty() ? QCoreApplication::translate("Cli", "none yet") : info->role));
    context.say(QCoreApplication::translate("Cli", "Schema version: %1").arg(info->schemaVersion));
    context.say(QCoreApplication::translate("Cli", "Key derivation: Argon2id, %1 (%2 passes, %3 MiB)")
                    .arg(info->kdfName)
                    .arg(info->kdfOps)
                    .arg(info->kdfMemoryBytes / (1024 * 1024)));
    context.say(QCoreApplication::translate("Cli", "Encryption:     SQLCipher %1").arg(info->cipherVersion));
    context.say(QCoreApplication::translate("Cli", "Duress:         %1")
                    .arg(info->duressPassphraseSet ? QCoreApplication::translate("Cli", "a duress passphrase is set")
                                                   : QCoreApplication::translate("Cli", "no duress passphrase")));
    if (info->duressUsedAtMs > 0) {
        context.say(QCoreApplication::translate("Cli", "This laptop was opened with its duress passphrase on %1.")
                        .arg(isoTime(info->duressUsedAtMs)));
    }
    return kExitOk;
}

// passwd -------------------------------------------------------------------------------------

void passwdOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(kdfOption());
}

int runPasswd(CliContext& context) {
    auto strength = parseStrength(context.parser());
    if (!strength) {
        return context.fail(strength.error());
    }
    if (auto claimed = context.vault().claim(); !claimed) {
        return context.fail(claimed.error());
    }
    auto oldPassphrase = context.secrets().read(QCoreApplication::translate("Cli", "Current passphrase"));
    if (!oldPassphrase) {
        return context.fail(oldPassphrase.error());
    }
    auto newPassphrase = context.secrets().readNew(QCoreApplication::translate("Cli", "New passphrase"),
                                                   QCoreApplication::translate("Cli", "The new passphrase again"));
    if (!newPassphrase) {
        return context.fail(newPassphrase.error());
    }
    auto changed = context.vault().changePassphrase(*oldPassphrase, *newPassphrase, *strength);
    if (!changed) {
        return context.fail(changed.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("changed"), true}});
    }
    context.say(QCoreApplication::translate("Cli", "The passphrase is changed."));
    return kExitOk;
}

// recover ------------------------------------------------------------------------------------

int runRecover(CliContext& context) {
    if (auto claimed = context.vault().claim(); !claimed) {
        return context.fail(claimed.error());
    }
    auto code = context.secrets().read(QCoreApplication::translate("Cli", "Recovery code"));
    if (!code) {
        return context.fail(code.error());
    }
    auto newPassphrase = context.secrets().readNew(QCoreApplication::translate("Cli", "New passphrase"),
                                                   QCoreApplication::translate("Cli", "The new passphrase again"));
    if (!newPassphrase) {
        return context.fail(newPassphrase.error());
    }
    auto recovered = context.vault().recover(*code, *newPassphrase);
    if (!recovered) {
        return context.fail(recovered.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("recovered"), true}});
    }
    context.say(QCoreApplication::translate(
        "Cli", "The vault is open again and the new passphrase is set. The recovery code still works."));
    return kExitOk;
}

// rekey --------------------------------------------------------------------------------------

int runRekey(CliContext& context) {
    if (auto claimed = context.vault().claim(); !claimed) {
        return context.fail(claimed.error());
    }
    auto passphrase = context.secrets().read(QCoreApplication::translate("Cli", "Passphrase"));
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    auto recoveryCode = context.vault().rekey(*passphrase);
    if (!recoveryCode) {
        return context.fail(recoveryCode.error());
    }
    if (context.json()) {
        std::fputs("{\"recovery_code\":\"", stdout);
        writeSecret(*recoveryCode);
        std::fputs("\"}\n", stdout);
        return kExitOk;
    }
    context.say(QCoreApplication::translate(
        "Cli",
        "The vault has a new key; old copies of vault.keys and the old recovery code open nothing from now on. New "
        "recovery code (write it on paper now and keep it in the office safe; it is not shown again):"));
    writeSecret(*recoveryCode);
    std::fputs("\n", stdout);
    return kExitOk;
}

// destroy-keys -------------------------------------------------------------------------------

const QCommandLineOption& yesOption() {
    static const QCommandLineOption option(
        QStringLiteral("yes"),
        QCoreApplication::translate("Cli", "Confirm: the passphrase and the recovery code will open nothing."));
    return option;
}

void destroyKeysOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(yesOption());
}

int runDestroyKeys(CliContext& context) {
    if (!context.parser().isSet(yesOption())) {
        return context.fail(makeError(
            ErrorCode::Usage,
            QCoreApplication::translate("Cli", "destroy-keys cannot be undone: run it again with --yes to confirm.")));
    }
    // The passphrase first: a script cannot destroy a vault whose passphrase it does not have.
    if (auto unlocked = context.unlockVault(); !unlocked) {
        return context.fail(unlocked.error());
    }
    if (auto destroyed = context.vault().destroyKeys(); !destroyed) {
        return context.fail(destroyed.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("destroyed"), true}});
    }
    context.say(QCoreApplication::translate(
        "Cli",
        "The vault's keys are destroyed: neither the passphrase nor the recovery code opens it any more. What the team "
        "holds is the way back: join the team again as a new laptop."));
    return kExitOk;
}

// duress -------------------------------------------------------------------------------------

const QCommandLineOption& decoyLanguageOption() {
    static const QCommandLineOption option(
        QStringLiteral("decoy-language"),
        QCoreApplication::translate("Cli", "The language of the decoy's records: ru or en (default: the system's)."),
        QStringLiteral("LANG"));
    return option;
}

void duressSetOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(decoyLanguageOption());
}

Result<DuressDecoyLanguage> parseDecoyLanguage(const QCommandLineParser& parser) {
    if (!parser.isSet(decoyLanguageOption())) {
        return QLocale::system().language() == QLocale::Russian ? DuressDecoyLanguage::Russian
                                                                : DuressDecoyLanguage::English;
    }
    const QString value = parser.value(decoyLanguageOption());
    if (value == QLatin1String("ru")) return DuressDecoyLanguage::Russian;
    if (value == QLatin1String("en")) return DuressDecoyLanguage::English;
    return makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "--decoy-language must be ru or en."));
}

int runDuressSet(CliContext& context) {
    auto language = parseDecoyLanguage(context.parser());
    if (!language) {
        return context.fail(language.error());
    }
    auto passphrase = context.unlockVaultKeepingPassphrase();
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    auto duress = context.secrets().readNew(QCoreApplication::translate("Cli", "Duress passphrase"),
                                            QCoreApplication::translate("Cli", "The duress passphrase again"),
                                            SecretInput::Confirm::Always);
    if (!duress) {
        return context.fail(duress.error());
    }
    if (auto set = context.vault().setDuressPassphrase(*passphrase, *duress, *language); !set) {
        return context.fail(set.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("duress_passphrase_set"), true}});
    }
    context.say(QCoreApplication::translate(
        "Cli",
        "The duress passphrase is set. Typed instead of the passphrase, it opens a harmless decoy and leaves nothing "
        "you know that opens this vault: only the recovery code kept in the office does."));
    return kExitOk;
}

int runDuressRemove(CliContext& context) {
    auto passphrase = context.unlockVaultKeepingPassphrase();
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    if (auto removed = context.vault().removeDuressPassphrase(*passphrase); !removed) {
        return context.fail(removed.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("duress_passphrase_set"), false}});
    }
    context.say(QCoreApplication::translate("Cli", "The duress passphrase is removed."));
    return kExitOk;
}

// travel -------------------------------------------------------------------------------------

const QCommandLineOption& releaseToOption() {
    static const QCommandLineOption option(
        QStringLiteral("to"), QCoreApplication::translate("Cli", "The folder to write the release file into."),
        QStringLiteral("DIR"));
    return option;
}
const QCommandLineOption& releaseFromOption() {
    static const QCommandLineOption option(
        QStringLiteral("from"), QCoreApplication::translate("Cli", "The folder that holds the release file."),
        QStringLiteral("DIR"));
    return option;
}

void travelReleaseOptions(QCommandLineParser& parser, const QString&) {
    parser.addPositionalArgument(QStringLiteral("DEVICE_ID"),
                                 QCoreApplication::translate("Cli", "The travel-locked laptop's device id."));
    parser.addOption(releaseToOption());
}

void travelUnlockOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(releaseFromOption());
}

int runTravelLock(CliContext& context) {
    auto passphrase = context.unlockVaultKeepingPassphrase();
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    if (auto locked = context.vault().travelLock(*passphrase); !locked) {
        return context.fail(locked.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("travel_locked"), true}});
    }
    context.say(QCoreApplication::translate(
        "Cli",
        "The vault is travel-locked: your passphrase alone no longer opens it. After the journey, open it with "
        "travel unlock and the release file a coordinator sends you, or the office opens it with the recovery code."));
    return kExitOk;
}

int runTravelRelease(CliContext& context) {
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() != 1 || !context.parser().isSet(releaseToOption())) {
        return context.fail(makeError(
            ErrorCode::Usage, QCoreApplication::translate("Cli", "travel release needs the DEVICE_ID and --to DIR.")));
    }
    if (auto unlocked = context.unlockVault(); !unlocked) {
        return context.fail(unlocked.error());
    }
    auto file = context.sync().releaseTravelLock(arguments.front(), context.parser().value(releaseToOption()));
    if (!file) {
        return context.fail(file.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), *file}});
    }
    context.say(QCoreApplication::translate("Cli",
                                            "Release file written: %1. Give it to the worker only after the journey, "
                                            "on its own: with their passphrase it opens their laptop.")
                    .arg(*file));
    return kExitOk;
}

int runTravelUnlock(CliContext& context) {
    if (!context.parser().isSet(releaseFromOption())) {
        return context.fail(
            makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "travel unlock needs --from DIR.")));
    }
    if (auto claimed = context.vault().claim(); !claimed) {
        return context.fail(claimed.error());
    }
    auto passphrase = context.secrets().read(QCoreApplication::translate("Cli", "Passphrase"));
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    if (auto opened = context.vault().travelUnlock(*passphrase, context.parser().value(releaseFromOption())); !opened) {
        return context.fail(opened.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("travel_locked"), false}});
    }
    context.say(QCoreApplication::translate(
        "Cli", "The travel lock is lifted: your passphrase opens the vault again. The release file was removed."));
    return kExitOk;
}

// verify -------------------------------------------------------------------------------------

int runVerify(CliContext& context) {
    if (auto unlocked = context.unlockVault(); !unlocked) {
        return context.fail(unlocked.error());
    }
    auto report = context.vault().verify();
    if (!report) {
        return context.fail(report.error());
    }
    const bool ok = report->ok();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("ok"), ok},
                                      {QStringLiteral("key_file"), report->keyFileOk},
                                      {QStringLiteral("database"), report->databaseOk},
                                      {QStringLiteral("audit_trail"), report->auditTrailOk},
                                      {QStringLiteral("change_log"), report->changeLogOk},
                                      {QStringLiteral("audit_entries"), report->auditEntries},
                                      {QStringLiteral("changesets"), report->changesets},
                                      {QStringLiteral("detail"), report->detail}});
    }
    const int auditEntries = static_cast<int>(report->auditEntries);
    const int changesets = static_cast<int>(report->changesets);
    auto verdict = [](bool good) {
        return good ? QCoreApplication::translate("Cli", "ok") : QCoreApplication::translate("Cli", "DAMAGED");
    };
    context.say(QCoreApplication::translate("Cli", "Key file:    %1").arg(verdict(report->keyFileOk)));
    context.say(QCoreApplication::translate("Cli", "Database:    %1").arg(verdict(report->databaseOk)));
    context.say(QCoreApplication::translate("Cli", "Audit trail: %1 (%n entries)", nullptr, auditEntries)
                    .arg(verdict(report->auditTrailOk)));
    context.say(QCoreApplication::translate("Cli", "Change log:  %1 (%n changes)", nullptr, changesets)
                    .arg(verdict(report->changeLogOk)));
    if (!ok) {
        return context.fail(
            makeError(ErrorCode::Damaged,
                      QCoreApplication::translate("Cli", "The vault failed verification: %1").arg(report->detail)));
    }
    return kExitOk;
}

// backup, restore ----------------------------------------------------------------------------

const QCommandLineOption& backupToOption() {
    static const QCommandLineOption option(
        QStringLiteral("to"),
        QCoreApplication::translate("Cli", "The folder (a stick, a shared folder) to write it to."),
        QStringLiteral("DIR"));
    return option;
}
const QCommandLineOption& restoreFromOption() {
    static const QCommandLineOption option(QStringLiteral("from"),
                                           QCoreApplication::translate("Cli", "The backup file to restore."),
                                           QStringLiteral("FILE"));
    return option;
}
const QCommandLineOption& recoveryOption() {
    static const QCommandLineOption option(
        QStringLiteral("recovery"),
        QCoreApplication::translate("Cli",
                                    "Open the backup with its recovery code instead of its passphrase (stdin: the "
                                    "recovery code, then the new passphrase twice)."));
    return option;
}

void backupOptions(QCommandLineParser& parser, const QString&) {
    parser.addOption(backupToOption());
}
void restoreOptions(QCommandLineParser& parser, const QString&) {
    parser.addOptions({restoreFromOption(), recoveryOption()});
}

int runBackup(CliContext& context) {
    if (!context.parser().isSet(backupToOption())) {
        return context.fail(makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "backup needs --to DIR.")));
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    auto file = context.vault().backup(context.parser().value(backupToOption()));
    if (!file) return context.fail(file.error());
    if (context.json()) context.printJson(QJsonObject{{QStringLiteral("file"), *file}});
    context.say(QCoreApplication::translate("Cli",
                                            "Backup written to %1. It opens with today's passphrase or the recovery "
                                            "code; keep it apart from the laptop.")
                    .arg(*file));
    return kExitOk;
}

int runRestore(CliContext& context) {
    auto& parser = context.parser();
    if (!parser.isSet(restoreFromOption())) {
        return context.fail(
            makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "restore needs --from FILE.")));
    }
    if (auto claimed = context.vault().claim(); !claimed) return context.fail(claimed.error());
    if (QFileInfo::exists(context.vault().vaultDir())) {
        return context.fail(makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Cli", "%1 exists already: restore into a folder that does not exist yet.")
                .arg(context.vault().vaultDir())));
    }
    RestoreRequest request;
    request.backupFile = parser.value(restoreFromOption());
    request.recoveryCode = parser.isSet(recoveryOption());
    auto secret =
        context.secrets().read(request.recoveryCode ? QCoreApplication::translate("Cli", "Recovery code")
                                                    : QCoreApplication::translate("Cli", "Passphrase of the backup"));
    if (!secret) return context.fail(secret.error());
    request.secret = std::move(*secret);
    if (request.recoveryCode) {
        auto newPassphrase = context.secrets().readNew(QCoreApplication::translate("Cli", "New passphrase"),
                                                       QCoreApplication::translate("Cli", "The new passphrase again"));
        if (!newPassphrase) return context.fail(newPassphrase.error());
        request.newPassphrase = std::move(*newPassphrase);
    }
    auto restored = context.vault().restore(std::move(request));
    if (!restored) return context.fail(restored.error());
    const CreatedVault created{restored->deviceId, std::move(restored->recoveryCode)};
    if (!context.json()) {
        context.say(QCoreApplication::translate("Cli", "Restored from the backup of %1 (%2), written %3.")
                        .arg(restored->oldDeviceName, restored->oldDeviceId,
                             QDateTime::fromMSecsSinceEpoch(restored->writtenMs).toString(Qt::ISODate)));
        context.say(restored->joinsTeam
                        ? QCoreApplication::translate(
                              "Cli",
                              "This laptop is a new device of the team: hand its enrolment request (team request) to "
                              "a coordinator, who removes the old device as they approve it.")
                        : QCoreApplication::translate("Cli", "This laptop founds a team of its own."));
    }
    printCreated(context, created,
                 QJsonObject{{QStringLiteral("old_device_id"), restored->oldDeviceId},
                             {QStringLiteral("old_device_name"), restored->oldDeviceName},
                             {QStringLiteral("old_device_up_to"), restored->oldDeviceUpTo},
                             {QStringLiteral("written_at"),
                              QDateTime::fromMSecsSinceEpoch(restored->writtenMs, Qt::UTC).toString(Qt::ISODate)},
                             {QStringLiteral("joins_team"), restored->joinsTeam}});
    return kExitOk;
}

}  // namespace

std::vector<Command> vaultCommands() {
    return {
        {QStringLiteral("init"), QCoreApplication::translate("Cli", "Create a vault (and a new team unless --join)."),
         initOptions, runInit},
        {QStringLiteral("training"),
         QCoreApplication::translate(
             "Cli", "Create a vault full of made-up cases for demos, training and reports (stdin: as init)."),
         trainingOptions, runTraining},
        {QStringLiteral("info"),
         QCoreApplication::translate("Cli", "Show the device, team, schema and key derivation settings."), noOptions,
         runInfo},
        {QStringLiteral("passwd"), QCoreApplication::translate("Cli", "Change the passphrase."), passwdOptions,
         runPasswd},
        {QStringLiteral("recover"), QCoreApplication::translate("Cli", "Set a new passphrase with the recovery code."),
         noOptions, runRecover},
        {QStringLiteral("rekey"),
         QCoreApplication::translate("Cli", "Give the vault a new key and a new recovery code (after a seizure)."),
         noOptions, runRekey},
        {QStringLiteral("destroy-keys"),
         QCoreApplication::translate("Cli", "Destroy the vault's keys at once (stdin: the passphrase; needs --yes)."),
         destroyKeysOptions, runDestroyKeys},
        {QStringLiteral("duress set"),
         QCoreApplication::translate("Cli",
                                     "Set a duress passphrase that opens a decoy (stdin: the passphrase, then the "
                                     "duress passphrase twice)."),
         duressSetOptions, runDuressSet},
        {QStringLiteral("duress remove"),
         QCoreApplication::translate("Cli", "Remove the duress passphrase (stdin: the passphrase)."), noOptions,
         runDuressRemove},
        {QStringLiteral("travel lock"),
         QCoreApplication::translate("Cli", "Lock the vault for a journey: the passphrase alone will not open it."),
         noOptions, runTravelLock},
        {QStringLiteral("travel release"),
         QCoreApplication::translate("Cli", "Coordinator: write the release file for a travel-locked laptop."),
         travelReleaseOptions, runTravelRelease},
        {QStringLiteral("travel unlock"),
         QCoreApplication::translate("Cli", "Lift the travel lock with the passphrase and a release file."),
         travelUnlockOptions, runTravelUnlock},
        {QStringLiteral("verify"), QCoreApplication::translate("Cli", "Check the key file and the database."),
         noOptions, runVerify},
        {QStringLiteral("backup"),
         QCoreApplication::translate("Cli",
                                     "Write an encrypted backup of the vault into a folder (stdin: the passphrase)."),
         backupOptions, runBackup},
        {QStringLiteral("restore"),
         QCoreApplication::translate("Cli",
                                     "Make a new vault in --vault DIR, which must not exist, from a backup (stdin: "
                                     "the backup's passphrase)."),
         restoreOptions, runRestore},
    };
}

}  // namespace fieldcase::cli
