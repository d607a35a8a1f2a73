#include "core/query/Statistics.h"

#include "core/base/AtomicFile.h"
#include "core/base/Csv.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/query/Anonymisation.h"
#include "core/query/Dashboard.h"
#include "core/query/RecordRows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace fieldcase::query {

namespace {

// Rows in combinations rarer than k may be left out up to this share of all rows; past it, columns are coarsened.
constexpr double kMaxSuppressedShare = 0.05;
// Values inside a multi-valued cell, as CTDC's "...Concatenated" columns separate them.
constexpr QChar kListSeparator = u';';

// The record-level file's columns, in order; CTDC's names.
enum Column { Year, Gender, AgeBroad, Citizenship, CountryOfExploitation, TypeOfExploit, MeansOfControl, Recruiter };
const char* const kColumnNames[] = {"yearOfRegistration",
                                    "gender",
                                    "ageBroad",
                                    "citizenship",
                                    "CountryOfExploitation",
                                    "typeOfExploitConcatenated",
                                    "meansOfControlConcatenated",
                                    "recruiterRelationConcatenated"};
constexpr int kColumns = 8;

QString sortedList(QStringList values) {
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end());
    return values.join(kListSeparator);
}

QString eachValue(const QString& cell, const std::function<QString(const QString&)>& map) {
    if (cell.isEmpty()) return cell;
    QStringList mapped;
    for (const QString& value : cell.split(kListSeparator))
        mapped << map(value);
    return sortedList(mapped);
}

QString withheld(const QString&) {
    return kWithheld;
}

QString fiveYears(const QString& year) {
    bool ok = false;
    const int value = year.toInt(&ok);
    if (!ok) return year;
    const int first = value - value % 5;
    return QStringLiteral("%1-%2").arg(first).arg(first + 4);
}

QString majority(const QString& band) {
    if (band.isEmpty()) return band;
    return band == QLatin1String("0-8") || band == QLatin1String("9-17") ? QStringLiteral("0-17")
                                                                         : QStringLiteral("18+");
}

// CTDC's three broad types: forced labour, sexual exploitation, other.
QString broadExploitation(const QString& key) {
    static const QStringList labour{QStringLiteral("ForcedLabour"), QStringLiteral("ChildLabour"),
                                    QStringLiteral("Servitude")};
    static const QStringList sexual{QStringLiteral("SexualExploitation"), QStringLiteral("Prostitution"),
                                    QStringLiteral("Pornography"), QStringLiteral("RemoteInteractiveServices"),
                                    QStringLiteral("PrivateSexualServices")};
    if (labour.contains(key)) return QStringLiteral("ForcedLabour");
    if (sexual.contains(key)) return QStringLiteral("SexualExploitation");
    return QStringLiteral("Other");
}

std::vector<QuasiIdentifier> quasiIdentifiers() {
    const auto identity = [](const QString& value) { return value; };
    // A level: its key for scripts and its name for people.
    using Level = std::pair<QString, QString>;
    const Level asRecorded{QStringLiteral("as_recorded"), QCoreApplication::translate("Statistics", "as recorded")};
    const Level none{QStringLiteral("withheld"), QCoreApplication::translate("Statistics", "withheld")};
    const Level continents{QStringLiteral("continents"), QCoreApplication::translate("Statistics", "continents")};
    const auto toContinents = [](const QString& cell) { return eachValue(cell, continentOf); };
    // What a donor's or CTDC's reader needs most: the type of exploitation, then when and who, then where from and
    // where; least the detail of control and recruitment, whose many combinations single people out.
    const auto column = [&](Column which, std::vector<Level> levels,
                            std::vector<std::function<QString(const QString&)>> generalise) {
        static const double kWeights[] = {4, 4, 3, 3, 3, 8, 1, 1};
        QuasiIdentifier identifier{QLatin1String(kColumnNames[which]), kWeights[which], {}, {}, std::move(generalise)};
        for (const auto& [key, name] : levels) {
            identifier.levelKeys.push_back(key);
            identifier.levelNames.push_back(name);
        }
        return identifier;
    };
    return {
        column(Year,
               {asRecorded,
                {QStringLiteral("five_year_periods"), QCoreApplication::translate("Statistics", "five-year periods")},
                none},
               {identity, fiveYears, withheld}),
        column(Gender, {asRecorded, none}, {identity, withheld}),
        column(AgeBroad,
               {asRecorded,
                {QStringLiteral("under_18_or_not"), QCoreApplication::translate("Statistics", "under 18 or not")},
                none},
               {identity, majority, withheld}),
        column(Citizenship, {asRecorded, continents, none}, {identity, toContinents, withheld}),
        column(CountryOfExploitation, {asRecorded, continents, none}, {identity, toContinents, withheld}),
        column(TypeOfExploit,
               {asRecorded,
                {QStringLiteral("broad_types"), QCoreApplication::translate("Statistics", "labour, sexual or other")},
                none},
               {identity, [](const QString& cell) { return eachValue(cell, broadExploitation); }, withheld}),
        column(MeansOfControl, {asRecorded, none}, {identity, withheld}),
        column(Recruiter, {asRecorded, none}, {identity, withheld}),
    };
}

// One row per survivor in a case, with nothing finer than the released columns.
Result<std::vector<std::vector<QString>>> survivorRows(db::Connection& connection) {
    QHash<QByteArray, QStringList> relations;
    auto links = connection.prepare(
        "SELECT case_id, relationship FROM case_persons WHERE archived = 0 AND relationship IS NOT NULL");
    if (!links) return links.error();
    FC_TRY(links->forEachRow([&](const db::Statement& row) { relations[row.columnBlob(0)] << row.columnText(1); }));

    std::vector<std::vector<QString>> rows;
    auto select = connection.prepare(
        "SELECT c.id, c.opened_on, c.created_at, c.exploitation, c.control_methods, c.exploitation_countries, "
        "p.gender, p.birth_date, p.estimated_age, p.citizenships FROM case_persons l INDEXED BY case_persons_by_role "
        "CROSS JOIN cases c ON c.id = l.case_id CROSS JOIN persons p ON p.id = l.person_id "
        "WHERE l.archived = 0 AND l.role = 'Survivor' AND c.archived = 0 AND p.archived = 0");
    if (!select) return select.error();
    const auto list = [](const QString& stored) { return sortedList(stored.split(QLatin1Char(','))); };
    FC_TRY(select->forEachRow([&](const db::Statement& row) {
        QDate registered = QDate::fromString(row.columnText(1), Qt::ISODate);
        if (!registered.isValid()) registered = QDateTime::fromMSecsSinceEpoch(row.columnInt64(2), Qt::UTC).date();
        const std::optional<int> estimated =
            row.columnIsNull(8) ? std::nullopt : std::optional<int>(static_cast<int>(row.columnInt64(8)));
        std::vector<QString> values(kColumns);
        values[Year] = QString::number(registered.year());
        values[Gender] = row.columnText(6);
        values[AgeBroad] = ageBand(ageOn(registered, QDate::fromString(row.columnText(7), Qt::ISODate), estimated));
        values[Citizenship] = list(row.columnText(9));
        values[CountryOfExploitation] = list(row.columnText(5));
        values[TypeOfExploit] = list(row.columnText(3));
        values[MeansOfControl] = list(row.columnText(4));
        values[Recruiter] = sortedList(relations.value(row.columnBlob(0)));
        rows.push_back(std::move(values));
    }));
    return rows;
}

// Counts of one column's values over all rows (a multi-valued cell counts once for each of its values), cells
// below k withheld, and when that leaves exactly one withheld, the next smallest too, so no withheld count follows
// from the others and the total.
struct CountTable {
    QList<std::pair<QString, int>> cells;  // value, count; most first
    int withheld = 0;
};

CountTable countTable(const std::vector<std::vector<QString>>& rows, int column, int k) {
    QHash<QString, int> counts;
    for (const auto& row : rows) {
        const QString& cell = row[static_cast<std::size_t>(column)];
        if (cell.isEmpty()) {
            counts[QString()] += 1;
            continue;
        }
        for (const QString& value : cell.split(kListSeparator))
            counts[value] += 1;
    }
    CountTable table;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        table.cells << std::pair(it.key(), it.value());
    std::sort(table.cells.begin(), table.cells.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (const auto& cell : table.cells)
        table.withheld += cell.second < k ? 1 : 0;
    if (table.withheld == 1 && table.cells.size() > 1) table.withheld = 2;
    return table;
}

QString reportText(const StatisticsReport& report, const QString& recordFile) {
    QString text = QCoreApplication::translate("Statistics", "Anonymised statistics from Fieldcase\n\n");
    text += QCoreApplication::translate(
                "Statistics", "k = %1: every combination of the columns of %2 describes at least %1 people.\n")
                .arg(report.k)
                .arg(recordFile);
    text += QCoreApplication::translate("Statistics", "Survivors in cases (one row per person and case): %1\n")
                .arg(report.people);
    text += QCoreApplication::translate("Statistics", "Rows released: %1\n").arg(report.releasedRows);
    text += QCoreApplication::translate("Statistics", "Rows left out because their combination was too rare: %1\n\n")
                .arg(report.suppressedRows);
    text += QCoreApplication::translate("Statistics", "How each column was released:\n");
    for (const StatisticsReport::Column& column : report.columns)
        text += QStringLiteral("  %1: %2\n").arg(column.name, column.label);
    text += QCoreApplication::translate(
                "Statistics",
                "\nCount tables (aggregate-*.csv) count every survivor as recorded; %1 cell(s) with fewer than %2 "
                "people, or that would give such a cell away, are withheld and shown as \"<%2\".\n")
                .arg(report.suppressedCells)
                .arg(report.k);
    text += QCoreApplication::translate(
        "Statistics",
        "\nNo names, ids, free text, places below a country or dates finer than a year are in these files. "
        "k-anonymity does not hide what everyone in a group shares, and someone who knows a person is in "
        "the data may still learn that shared value; see docs/reports.md.\n");
    return text;
}

}  // namespace

QString continentOf(const QString& countryCode) {
    static const std::pair<const char*, const char*> kContinents[] = {
        {"Africa",
         "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA "
         "MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW"},
        {"Americas",
         "AI AG AR AW BS BB BZ BM BO BQ BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX MS NI "
         "PA PY PE PR BL KN LC MF PM VC SX SR TT TC US UY VE VG VI"},
        {"Asia",
         "AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA "
         "SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE"},
        {"Europe",
         "AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL "
         "MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB"},
        {"Oceania", "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF"},
    };
    if (countryCode.size() == 2) {
        for (const auto& [continent, codes] : kContinents) {
            if (QLatin1String(codes).contains(countryCode)) return QLatin1String(continent);
        }
    }
    return QStringLiteral("Other");
}

Result<StatisticsReport> exportStatistics(db::Connection& connection, const QString& dir, int k) {
    if (k < RecordService::kMinimumStatisticsK) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "Statistics", "k must be at least %1: smaller groups are too easy to single out.")
                             .arg(RecordService::kMinimumStatisticsK));
    }
    if (!QDir().mkpath(dir)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Records", "Cannot create the folder %1.").arg(dir));
    }
    auto rows = survivorRows(connection);
    if (!rows) return rows.error();
    const std::vector<QuasiIdentifier> columns = quasiIdentifiers();
    const Anonymised anonymised = anonymise(*rows, columns, k, kMaxSuppressedShare);

    StatisticsReport report;
    report.k = k;
    report.people = static_cast<int>(rows->size());
    report.releasedRows = static_cast<int>(anonymised.rows.size());
    report.suppressedRows = anonymised.suppressedRows;
    QStringList header;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        header << columns[i].column;
        const auto level = static_cast<std::size_t>(anonymised.levels[i]);
        report.columns << StatisticsReport::Column{columns[i].column, columns[i].levelKeys[level],
                                                   columns[i].levelNames[level]};
    }
    const QDir folder(dir);
    const QString recordFile = QStringLiteral("ctdc-records.csv");
    QByteArray records = "\xEF\xBB\xBF" + csvLine(header);
    // Sorted by their values: the order the records were made in would say who came when.
    std::vector<std::vector<QString>> sorted = anonymised.rows;
    std::sort(sorted.begin(), sorted.end());
    for (const auto& row : sorted)
        records += csvLine(QStringList(row.begin(), row.end()));
    FC_TRY(writeFileAtomically(folder.filePath(recordFile), records));
    report.files << folder.filePath(recordFile);

    for (int column = 0; column < kColumns; ++column) {
        const CountTable table = countTable(*rows, column, k);
        QByteArray csv = "\xEF\xBB\xBF" + csvLine({QLatin1String(kColumnNames[column]), QStringLiteral("count")});
        for (qsizetype i = 0; i < table.cells.size(); ++i) {
            const auto& [value, count] = table.cells[i];
            const bool hidden = i >= table.cells.size() - table.withheld;  // the smallest are last
            csv += csvLine({value, hidden ? QStringLiteral("<%1").arg(k) : QString::number(count)});
        }
        report.suppressedCells += table.withheld;
        const QString path =
            folder.filePath(QStringLiteral("aggregate-%1.csv").arg(QLatin1String(kColumnNames[column])));
        FC_TRY(writeFileAtomically(path, csv));
        report.files << path;
    }

    QJsonArray columnsJson;
    for (const StatisticsReport::Column& column : report.columns) {
        columnsJson.append(QJsonObject{{QStringLiteral("column"), column.name},
                                       {QStringLiteral("level"), column.level},
                                       {QStringLiteral("released_as"), column.label}});
    }
    const QJsonObject json{{QStringLiteral("k"), k},
                           {QStringLiteral("people"), report.people},
                           {QStringLiteral("released_rows"), report.releasedRows},
                           {QStringLiteral("suppressed_rows"), report.suppressedRows},
                           {QStringLiteral("suppressed_cells"), report.suppressedCells},
                           {QStringLiteral("columns"), columnsJson}};
    const QString jsonPath = folder.filePath(QStringLiteral("report.json"));
    FC_TRY(writeFileAtomically(jsonPath, QJsonDocument(json).toJson()));
    const QString textPath = folder.filePath(QStringLiteral("report.txt"));
    report.files << jsonPath << textPath;
    FC_TRY(writeFileAtomically(textPath, reportText(report, recordFile).toUtf8()));
    return report;
}

}  // namespace fieldcase::query
