// import: a spreadsheet into the vault (docs/cli.md, docs/import.md).
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/api/ImportMappingJson.h"
#include "core/api/RecordService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldcase::cli {

namespace {

// The mapping as --map reads it and --json writes it: {"sheet", "header_row", "columns", "values"}.
Result<ImportMapping> readMapping(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Cli", "Cannot read the mapping %1: %2").arg(path, file.errorString()));
    }
    constexpr qint64 kMaxMappingBytes = 4 * 1024 * 1024;
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxMappingBytes), &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Cli",
                                                     "The mapping %1 is not a JSON object like the one "
                                                     "import --dry-run --json prints under \"mapping\".")
                             .arg(path));
    }
    return importMappingFromJson(document.object());
}

QJsonObject reportJson(const ImportReport& report) {
    QJsonObject created;
    for (auto it = report.created.begin(); it != report.created.end(); ++it)
        created.insert(it.key(), it.value());
    QJsonArray rejected;
    for (const ImportRejection& rejection : report.rejected)
        rejected.append(
            QJsonObject{{QStringLiteral("row"), rejection.row}, {QStringLiteral("reason"), rejection.reason}});
    QJsonArray duplicates;
    for (const ImportDuplicate& duplicate : report.duplicates) {
        duplicates.append(QJsonObject{{QStringLiteral("row"), duplicate.row},
                                      {QStringLiteral("name"), duplicate.name},
                                      {QStringLiteral("existing_id"), duplicate.existingId},
                                      {QStringLiteral("existing_name"), duplicate.existingName},
                                      {QStringLiteral("reasons"), QJsonArray::fromStringList(duplicate.reasons)},
                                      {QStringLiteral("action"), duplicate.action}});
    }
    QJsonArray unknown;
    for (const ImportUnknownValue& value : report.unknownValues) {
        unknown.append(QJsonObject{{QStringLiteral("target"), value.target},
                                   {QStringLiteral("text"), value.text},
                                   {QStringLiteral("rows"), value.rows},
                                   {QStringLiteral("first_row"), value.firstRow}});
    }
    return {{QStringLiteral("mapping"), importMappingToJson(report.mapping)},
            {QStringLiteral("created"), created},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("unknown_values"), unknown},
            {QStringLiteral("rows"), report.rows},
            {QStringLiteral("sheets"), QJsonArray::fromStringList(report.sheets)},
            {QStringLiteral("headers"), QJsonArray::fromStringList(report.headers)},
            {QStringLiteral("dry_run"), !report.written},
            {QStringLiteral("imported_before"),
             report.importedBefore.isEmpty() ? QJsonValue() : QJsonValue(report.importedBefore)}};
}

void sayReport(const CliContext& context, const ImportReport& report) {
    auto count = [&](const char* kind) { return report.created.value(QLatin1String(kind)); };
    context.say(QCoreApplication::translate("Cli", "Sheet '%1', header row %2: %n rows.", nullptr, report.rows)
                    .arg(report.sheet)
                    .arg(report.headerRow));
    const QString made = QCoreApplication::translate("Cli", "cases %1, people %2, people linked to cases %3, notes %4")
                             .arg(count("case"))
                             .arg(count("person"))
                             .arg(count("case_person"))
                             .arg(count("note"));
    if (!report.importedBefore.isEmpty()) {
        context.say(QCoreApplication::translate("Cli", "This sheet was imported into the vault on %1 already.")
                        .arg(report.importedBefore));
    }
    context.say(report.written
                    ? QCoreApplication::translate("Cli", "Imported: %1.").arg(made)
                    : QCoreApplication::translate("Cli", "Would import (dry run, nothing written): %1.").arg(made));
    QStringList leftOut;
    for (const QString& header : report.headers) {
        if (report.mapping.columns.value(header).isEmpty()) leftOut << header;
    }
    if (!leftOut.isEmpty())
        context.say(QCoreApplication::translate("Cli", "Columns left out: %1").arg(leftOut.join(QStringLiteral(", "))));
    for (const ImportRejection& rejection : report.rejected)
        context.say(
            QCoreApplication::translate("Cli", "Row %1 not imported: %2").arg(rejection.row).arg(rejection.reason));
    for (const ImportUnknownValue& value : report.unknownValues) {
        context.say(QCoreApplication::translate("Cli", "Unknown value for %1: '%2' (%n rows, the first is row %3)",
                                                nullptr, value.rows)
                        .arg(value.target, value.text)
                        .arg(value.firstRow));
    }
    if (!report.unknownValues.isEmpty()) {
        context.say(QCoreApplication::translate(
            "Cli",
            "To import those rows, give each text its key under \"values\" in a mapping file and pass it with --map "
            "(import --dry-run --json prints the mapping to start from)."));
    }
    for (const ImportDuplicate& duplicate : report.duplicates) {
        context.say((duplicate.action == QLatin1String("linked")
                         ? QCoreApplication::translate("Cli", "Row %1: %2 is %3 (%4), already in the vault: linked.")
                         : QCoreApplication::translate(
                               "Cli", "Row %1: %2 may be %3 (%4), already in the vault: created; merge if so."))
                        .arg(duplicate.row)
                        .arg(duplicate.name, duplicate.existingName, duplicate.reasons.join(QStringLiteral(", "))));
    }
}

int runImport(CliContext& context) {
    const QStringList positional = context.parser().positionalArguments();
    if (positional.size() != 1) {
        return context.fail(
            makeError(ErrorCode::Usage, QCoreApplication::translate("Cli", "import needs the spreadsheet file.")));
    }
    ImportRequest request;
    request.path = positional.first();
    request.dryRun = context.parser().isSet(QStringLiteral("dry-run"));
    request.again = context.parser().isSet(QStringLiteral("again"));
    if (context.parser().isSet(QStringLiteral("map"))) {
        auto mapping = readMapping(context.parser().value(QStringLiteral("map")));
        if (!mapping) return context.fail(mapping.error());
        request.mapping = *mapping;
    }
    if (context.parser().isSet(QStringLiteral("sheet")))
        request.mapping.sheet = context.parser().value(QStringLiteral("sheet"));
    if (context.parser().isSet(QStringLiteral("header-row"))) {
        bool number = false;
        request.mapping.headerRow = context.parser().value(QStringLiteral("header-row")).toInt(&number);
        if (!number || request.mapping.headerRow < 1) {
            return context.fail(makeError(
                ErrorCode::Usage, QCoreApplication::translate("Cli", "--header-row takes a row number from 1.")));
        }
    }
    if (auto unlocked = context.unlockVault(); !unlocked) return context.fail(unlocked.error());
    auto report = context.records().importSpreadsheet(request);
    if (!report) return context.fail(report.error());
    if (context.json()) {
        context.printJson(reportJson(*report));
    } else {
        sayReport(context, *report);
    }
    return report->rejected.isEmpty() ? kExitOk : kExitRejected;
}

void importOptions(QCommandLineParser& parser, const QString&) {
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "The spreadsheet: CSV or XLSX."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("map"),
        QCoreApplication::translate("Cli",
                                    "The mapping of columns and values, as --dry-run --json prints it under "
                                    "\"mapping\" (default: the suggested one)."),
        QStringLiteral("MAP.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("sheet"),
                                        QCoreApplication::translate("Cli", "The sheet (default: the first)."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("header-row"),
                                        QCoreApplication::translate("Cli",
                                                                    "The row holding the column names, from 1 "
                                                                    "(default: the suggested one)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                        QCoreApplication::translate("Cli", "Check every row, write nothing.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("again"),
                           QCoreApplication::translate(
                               "Cli", "Import a sheet this vault imported before all the same (its cases twice).")));
}

}  // namespace

std::vector<Command> importCommands() {
    return {{QStringLiteral("import"),
             QCoreApplication::translate("Cli",
                                         "Import a spreadsheet's rows as cases and people, all or nothing; rows "
                                         "that cannot be imported are listed with the reason (exit 4)."),
             importOptions, runImport}};
}

}  // namespace fieldcase::cli
