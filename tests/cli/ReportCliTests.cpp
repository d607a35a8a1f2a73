// The coordinator's commands from a script: a training vault, the statistics export, PDFs.
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using fieldcase::test::cli;
using fieldcase::test::pdfText;
using fieldcase::test::Run;

namespace {

const QByteArray kPassphrase = "training passphrase\n";

struct TrainingVault {
    QTemporaryDir root;
    QString vault = root.filePath(QStringLiteral("vault"));

    QStringList args(const QStringList& more) const {
        return QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--passphrase-stdin"),
                           QStringLiteral("--json")} +
               more;
    }
    Run make(int cases) const {
        return cli(args({QStringLiteral("training"), QStringLiteral("--cases"), QString::number(cases),
                         QStringLiteral("--kdf"), QStringLiteral("interactive")}),
                   kPassphrase + kPassphrase);
    }
    Run run(const QStringList& arguments) const { return cli(args(arguments), kPassphrase); }
};

}  // namespace

TEST_CASE("training makes a vault of made-up cases that opens with the new passphrase", "[cli][training]") {
    TrainingVault fx;
    const Run made = fx.make(40);
    INFO("stderr: " << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject created = made.json();
    REQUIRE(created.value(QStringLiteral("cases")).toInt() == 40);
    REQUIRE(created.value(QStringLiteral("device_id")).toString().size() == 32);
    REQUIRE(created.value(QStringLiteral("recovery_code")).toString().size() == 39);

    const Run info = fx.run({QStringLiteral("info")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject records = info.json().value(QStringLiteral("records")).toObject();
    REQUIRE(records.value(QStringLiteral("case")).toInt() == 40);
    REQUIRE(records.value(QStringLiteral("person")).toInt() == 60);
    REQUIRE(records.value(QStringLiteral("encounter")).toInt() == 120);
    REQUIRE(records.value(QStringLiteral("organisation")).toInt() > 0);
    REQUIRE(fx.run({QStringLiteral("verify")}).json().value(QStringLiteral("ok")).toBool());

    SECTION("a second training run into the same folder is refused and changes nothing") {
        const Run again = fx.make(5);
        REQUIRE(again.exitCode == 1);
        REQUIRE(again.err.startsWith("fieldcase-cli: "));
        REQUIRE(fx.run({QStringLiteral("info")})
                    .json()
                    .value(QStringLiteral("records"))
                    .toObject()
                    .value(QStringLiteral("case")) == 40);
    }
    SECTION("a case count out of range is a usage error") {
        TrainingVault other;
        for (const char* bad : {"0", "-3", "many", "1000001"}) {
            INFO(bad);
            const Run refused =
                cli(other.args({QStringLiteral("training"), QStringLiteral("--cases"), QString::fromLatin1(bad)}),
                    kPassphrase + kPassphrase);
            REQUIRE(refused.exitCode == 2);
        }
    }
}

TEST_CASE("export stats writes the record file, the count tables and the report, and refuses a k below 11",
          "[cli][statistics]") {
    TrainingVault fx;
    REQUIRE(fx.make(120).exitCode == 0);
    const QString out = fx.root.filePath(QStringLiteral("stats"));

    const Run small = fx.run({QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--k"),
                              QStringLiteral("5"), QStringLiteral("--out"), out});
    REQUIRE(small.exitCode == 2);
    REQUIRE(small.err.startsWith("fieldcase-cli: "));
    REQUIRE(!QFileInfo::exists(out));
    REQUIRE(fx.run({QStringLiteral("export"), QStringLiteral("stats")}).exitCode == 2);

    const Run run = fx.run({QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--out"), out});
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = run.json();
    REQUIRE(report.value(QStringLiteral("k")).toInt() == 11);
    REQUIRE(report.value(QStringLiteral("people")).toInt() == 120);
    REQUIRE(report.value(QStringLiteral("released_rows")).toInt() +
                report.value(QStringLiteral("suppressed_rows")).toInt() ==
            120);
    REQUIRE(report.value(QStringLiteral("suppressed_cells")).isDouble());
    const QJsonObject columns = report.value(QStringLiteral("columns")).toObject();
    REQUIRE(columns.size() == 8);
    REQUIRE(columns.contains(QStringLiteral("CountryOfExploitation")));
    const QStringList levels{"as_recorded", "five_year_periods", "under_18_or_not",
                             "continents",  "broad_types",       "withheld"};
    for (const QJsonValue& level : columns)
        REQUIRE(levels.contains(level.toString()));
    const QJsonArray files = report.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 11);  // the record file, eight count tables, the report twice
    for (const QJsonValue& file : files)
        REQUIRE(QFileInfo(file.toString()).size() > 0);
    REQUIRE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("ctdc-records.csv"))));
    REQUIRE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("report.txt"))));

    const Run larger = fx.run({QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--k"),
                               QStringLiteral("25"), QStringLiteral("--out"), out});
    REQUIRE(larger.exitCode == 0);
    REQUIRE(larger.json().value(QStringLiteral("k")).toInt() == 25);
}

TEST_CASE("export csv, xlsx and json write every record with labels or HTCDS keys", "[cli][export]") {
    TrainingVault fx;
    REQUIRE(fx.make(30).exitCode == 0);
    const QString out = fx.root.filePath(QStringLiteral("export"));
    const auto exported = [&](const QStringList& arguments) {
        const Run run =
            fx.run(QStringList{QStringLiteral("export")} + arguments + QStringList{QStringLiteral("--out"), out});
        INFO("stderr: " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QStringList files;
        for (const QJsonValue& file : run.json().value(QStringLiteral("files")).toArray())
            files << file.toString();
        return files;
    };
    const QStringList keyed = exported({QStringLiteral("csv"), QStringLiteral("--keys"), QStringLiteral("htcds")});
    const QString cases = QDir(out).filePath(QStringLiteral("cases.csv"));
    REQUIRE(keyed.contains(cases));
    QFile keyedCases(cases);
    REQUIRE(keyedCases.open(QIODevice::ReadOnly));
    const QByteArray keyedHeader = keyedCases.readLine();
    REQUIRE(keyedHeader.contains("\"exploitation_countries\""));
    REQUIRE(keyedCases.readAll().contains("\"Active\""));  // a key, not the label
    keyedCases.close();

    REQUIRE(exported({QStringLiteral("csv")}).contains(cases));
    QFile labelled(cases);
    REQUIRE(labelled.open(QIODevice::ReadOnly));
    REQUIRE(labelled.readLine().contains("\"Countries of exploitation\""));

    REQUIRE(exported({QStringLiteral("xlsx"), QStringLiteral("--keys"), QStringLiteral("htcds")}) ==
            QStringList{QDir(out).filePath(QStringLiteral("fieldcase-records.xlsx"))});
    const QStringList json = exported({QStringLiteral("json")});
    REQUIRE(json == QStringList{QDir(out).filePath(QStringLiteral("fieldcase-records.json"))});
    QFile document(json.first());
    REQUIRE(document.open(QIODevice::ReadOnly));
    REQUIRE(QJsonDocument::fromJson(document.readAll()).object().value(QStringLiteral("cases")).toArray().size() == 30);

    for (const char* format : {"csv", "xlsx"}) {
        const Run wrong = fx.run({QStringLiteral("export"), QLatin1String(format), QStringLiteral("--keys"),
                                  QStringLiteral("ctdc"), QStringLiteral("--out"), out});
        REQUIRE(wrong.exitCode == 2);
        REQUIRE(wrong.err.contains("htcds"));
    }
    REQUIRE(fx.run({QStringLiteral("export"), QStringLiteral("json")}).exitCode == 2);  // no --out
}

namespace {

struct Office : TrainingVault {
    Office() { REQUIRE(make(1).exitCode == 0); }
    QString add(const QStringList& arguments) const {
        const Run added = run(arguments);
        INFO("stderr: " << added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return added.json().value(QStringLiteral("id")).toString();
    }
    QString set(const QString& field, const QString& value) const { return field + u'=' + value; }
};

}  // namespace

TEST_CASE("a case summary prints the parts a worker chose, in Russian and in English", "[cli][pdf]") {
    Office fx;
    const QString caseId = fx.add({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"),
                                   QStringLiteral("Рынок на Садовой"), QStringLiteral("--summary"),
                                   QStringLiteral("Паспорта забрал хозяин склада.")});
    fx.add({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Мария Иванова"),
            QStringLiteral("--case"), caseId, QStringLiteral("--role"), QStringLiteral("Survivor")});
    fx.add({QStringLiteral("encounter"), QStringLiteral("add"), QStringLiteral("--case"), caseId,
            QStringLiteral("--text"), QStringLiteral("Встретились у рынка в среду")});
    const QString english = fx.root.filePath(QStringLiteral("case-en.pdf"));
    const Run en =
        fx.run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("case"), QStringLiteral("pdf"),
                caseId, QStringLiteral("--out"), english, QStringLiteral("--sections"), QStringLiteral("case,people")});
    INFO("stderr: " << en.err.toStdString());
    REQUIRE(en.exitCode == 0);
    REQUIRE(en.json().value(QStringLiteral("file")).toString() == english);
    const QString text = pdfText(english);
    INFO(text.toStdString());
    REQUIRE(text.contains(QStringLiteral("Рынок на Садовой")));
    REQUIRE(text.contains(QStringLiteral("Паспорта забрал хозяин склада.")));
    REQUIRE(text.contains(QStringLiteral("Мария")));
    REQUIRE(text.contains(QStringLiteral("Survivor")));
    REQUIRE(text.contains(QStringLiteral("not encrypted")));
    REQUIRE(!text.contains(QStringLiteral("Встретились")));  // encounters were not chosen

    const QString russian = fx.root.filePath(QStringLiteral("case-ru.pdf"));
    REQUIRE(fx.run({QStringLiteral("--language"), QStringLiteral("ru"), QStringLiteral("case"), QStringLiteral("pdf"),
                    caseId, QStringLiteral("--out"), russian})
                .exitCode == 0);
    const QString ruText = pdfText(russian);
    INFO(ruText.toStdString());
    REQUIRE(ruText.contains(QStringLiteral("Дело")));
    REQUIRE(ruText.contains(QStringLiteral("Встретились у рынка в среду")));
    REQUIRE(ruText.contains(QStringLiteral("не зашифрован")));

    const QString refused = fx.root.filePath(QStringLiteral("refused.pdf"));
    REQUIRE(fx.run({QStringLiteral("case"), QStringLiteral("pdf"), caseId, QStringLiteral("--out"), refused,
                    QStringLiteral("--sections"), QStringLiteral("case,diary")})
                .exitCode == 2);
    const Run unknown =
        fx.run({QStringLiteral("case"), QStringLiteral("pdf"), QString(32, u'0'), QStringLiteral("--out"), refused});
    REQUIRE(unknown.exitCode == 1);
    INFO("stderr: " << unknown.err.toStdString());
    REQUIRE(unknown.err.startsWith("fieldcase-cli: "));
    REQUIRE(unknown.err.count('\n') == 1);  // nothing of Qt Gui's own chatter
    REQUIRE(fx.run({QStringLiteral("case"), QStringLiteral("pdf"), caseId, QStringLiteral("--out"),
                    fx.root.filePath(QStringLiteral("no/such/folder/x.pdf"))})
                .exitCode == 5);
    REQUIRE(!QFileInfo::exists(refused));
    REQUIRE(fx.run({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("info")}).exitCode == 2);
}

TEST_CASE("a referral letter carries a person's details only with their consent for that organisation", "[cli][pdf]") {
    Office fx;
    const QString caseId = fx.add({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"),
                                   QStringLiteral("Склад в Подольске")});
    const QString personId = fx.add({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("Мария Иванова"), QStringLiteral("--case"), caseId,
                                     QStringLiteral("--role"), QStringLiteral("Survivor"), QStringLiteral("--set"),
                                     fx.set(QStringLiteral("phones"), QStringLiteral("+7 916 555-01-02"))});
    const QString shelter = fx.add({QStringLiteral("organisation"), QStringLiteral("add"), QStringLiteral("--set"),
                                    fx.set(QStringLiteral("name"), QStringLiteral("Приют «Надежда»"))});
    const QString lawyers = fx.add({QStringLiteral("organisation"), QStringLiteral("add"), QStringLiteral("--set"),
                                    fx.set(QStringLiteral("name"), QStringLiteral("Legal Aid"))});
    const QString referral =
        fx.add({QStringLiteral("referral"), QStringLiteral("add"), QStringLiteral("--set"), fx.set("case_id", caseId),
                QStringLiteral("--set"), fx.set("organisation_id", shelter), QStringLiteral("--set"),
                fx.set("service_type", "Shelter"), QStringLiteral("--set"), fx.set("status", "Sent"),
                QStringLiteral("--set"), fx.set("reason", "Нужно жильё на месяц")});
    const auto letter = [&](const char* language) {
        const QString path = fx.root.filePath(QStringLiteral("letter-%1.pdf").arg(QLatin1String(language)));
        const Run written = fx.run({QStringLiteral("--language"), QLatin1String(language), QStringLiteral("referral"),
                                    QStringLiteral("letter"), referral, QStringLiteral("--out"), path});
        INFO("stderr: " << written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        return pdfText(path);
    };
    const auto consent = [&](const QStringList& more) {
        return fx.add(QStringList{QStringLiteral("consent"), QStringLiteral("add"), QStringLiteral("--set"),
                                  fx.set("person_id", personId), QStringLiteral("--set"),
                                  fx.set("item", "ReferralSharing"), QStringLiteral("--set"), fx.set("given", "true")} +
                      more);
    };
    const auto shares = [](const QString& text) {
        INFO(text.toStdString());
        const bool name = text.contains(QStringLiteral("Иванова"));
        REQUIRE(name == text.contains(QStringLiteral("+7 916 555-01-02")));
        REQUIRE(name == text.contains(QStringLiteral("Нужно жильё на месяц")));
        return name;
    };

    const QString none = letter("en");
    REQUIRE(none.contains(QStringLiteral("Приют «Надежда»")));
    REQUIRE(none.contains(QStringLiteral("Shelter")));
    REQUIRE(none.contains(QStringLiteral("has not agreed")));
    REQUIRE(!shares(none));

    consent({QStringLiteral("--set"), fx.set("organisation_id", lawyers)});  // for another organisation
    REQUIRE(!shares(letter("en")));

    const QString forShelter = consent({QStringLiteral("--set"), fx.set("organisation_id", shelter)});
    const QString agreed = letter("en");
    REQUIRE(shares(agreed));
    REQUIRE(!agreed.contains(QStringLiteral("has not agreed")));
    const QString russian = letter("ru");
    REQUIRE(russian.contains(QStringLiteral("Направление")));
    REQUIRE(shares(russian));

    REQUIRE(fx.run({QStringLiteral("consent"), QStringLiteral("set"), forShelter,
                    fx.set("withdrawn_on", QDate::currentDate().toString(Qt::ISODate))})
                .exitCode == 0);
    REQUIRE(!shares(letter("en")));

    consent({});  // for every organisation the person is referred to
    REQUIRE(shares(letter("en")));
    REQUIRE(fx.run({QStringLiteral("referral"), QStringLiteral("letter"), caseId, QStringLiteral("--out"),
                    fx.root.filePath(QStringLiteral("x.pdf"))})
                .exitCode == 1);  // a case id is no referral
}

TEST_CASE("import from a script: the suggested mapping, a dry run, a mapping file, exit 4 for rejected rows",
          "[cli][import]") {
    TrainingVault fx;
    REQUIRE(fx.make(3).exitCode == 0);
    const QString file = fx.root.filePath(QStringLiteral("registry.csv"));
    {
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("№ дела;ФИО;Пол;Вид эксплуатации\n"
                                 "1;Гусева Ия;ж;трудовая миграция\n"
                                 "2;Лосева Ада;ж;принудительный труд\n")
                      .toUtf8());
    }
    const auto cases = [&] {
        return fx.run({QStringLiteral("info")})
            .json()
            .value(QStringLiteral("records"))
            .toObject()
            .value(QStringLiteral("case"))
            .toInt();
    };
    const int before = cases();

    const Run dry = fx.run({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    INFO("stderr: " << dry.err.toStdString());
    CHECK(dry.exitCode == 4);  // a row is rejected
    const QJsonObject report = dry.json();
    CHECK(report.value(QStringLiteral("created")).toObject().value(QStringLiteral("case")).toInt() == 1);
    const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].toObject().value(QStringLiteral("row")).toInt() == 2);
    CHECK(rejected[0].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("миграция")));
    CHECK(report.value(QStringLiteral("duplicates")).isArray());
    CHECK(cases() == before);  // a dry run writes nothing

    // Read by a person: the counts, the rejected row with its reason, the unknown text and how to map it.
    const Run human =
        cli({QStringLiteral("--vault"), fx.vault, QStringLiteral("--passphrase-stdin"), QStringLiteral("--language"),
             QStringLiteral("en"), QStringLiteral("import"), file, QStringLiteral("--dry-run")},
            kPassphrase);
    CHECK(human.exitCode == 4);
    const QString said = QString::fromUtf8(human.out + human.err);
    INFO("printed: " << said.toStdString());
    CHECK(said.contains(QStringLiteral("Would import (dry run, nothing written): cases 1")));
    CHECK(said.contains(QStringLiteral("Row 2 not imported")));
    CHECK(said.contains(QStringLiteral("Unknown value for case.exploitation: 'трудовая миграция'")));
    CHECK(said.contains(QStringLiteral("--map")));
    CHECK(cases() == before);

    // The mapping it printed, with the unknown value mapped, imports every row.
    QJsonObject mapping = report.value(QStringLiteral("mapping")).toObject();
    CHECK(mapping.value(QStringLiteral("columns")).toObject().value(QStringLiteral("ФИО")).toString() ==
          QStringLiteral("person.full_name"));
    mapping.insert(QStringLiteral("values"),
                   QJsonObject{{QStringLiteral("case.exploitation"),
                                QJsonObject{{QStringLiteral("трудовая миграция"), QStringLiteral("ForcedLabour")}}}});
    const QString mapFile = fx.root.filePath(QStringLiteral("map.json"));
    {
        QFile json(mapFile);
        REQUIRE(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(mapping).toJson());
    }
    const Run real = fx.run({QStringLiteral("import"), file, QStringLiteral("--map"), mapFile});
    INFO("stderr: " << real.err.toStdString());
    CHECK(real.exitCode == 0);
    CHECK(real.json().value(QStringLiteral("rejected")).toArray().isEmpty());
    CHECK(cases() == before + 2);

    // The same sheet again is refused (exit 4, nothing written) unless --again says so.
    const Run repeated = fx.run({QStringLiteral("import"), file, QStringLiteral("--map"), mapFile});
    CHECK(repeated.exitCode == 4);
    CHECK(repeated.err.contains("--again"));
    CHECK(cases() == before + 2);
    const Run dryAgain =
        fx.run({QStringLiteral("import"), file, QStringLiteral("--map"), mapFile, QStringLiteral("--dry-run")});
    CHECK(dryAgain.json().value(QStringLiteral("imported_before")).isString());
    CHECK(fx.run({QStringLiteral("import"), file, QStringLiteral("--map"), mapFile, QStringLiteral("--again")})
              .exitCode == 0);
    CHECK(cases() == before + 4);

    // What cannot be used is one line and exit 2; nothing is written.
    const Run badSheet = fx.run({QStringLiteral("import"), file, QStringLiteral("--sheet"), QStringLiteral("Лист9")});
    CHECK(badSheet.exitCode == 2);
    CHECK(badSheet.err.trimmed().count('\n') == 0);
    {
        QFile json(mapFile);
        REQUIRE(json.open(QIODevice::WriteOnly));
        json.write("{not json");
    }
    CHECK(fx.run({QStringLiteral("import"), file, QStringLiteral("--map"), mapFile}).exitCode == 2);
    CHECK(fx.run({QStringLiteral("import"), fx.root.filePath(QStringLiteral("missing.csv"))}).exitCode == 5);
    CHECK(cases() == before + 4);
}

TEST_CASE("an import killed mid-write leaves the vault with all of the file or none of it", "[cli][import][kill]") {
    TrainingVault fx;
    REQUIRE(fx.make(1).exitCode == 0);
    const auto cases = [&] {
        const Run info = fx.run({QStringLiteral("info")});
        INFO("stderr: " << info.err.toStdString());
        REQUIRE(info.exitCode == 0);
        return info.json().value(QStringLiteral("records")).toObject().value(QStringLiteral("case")).toInt();
    };
    const int before = cases();
    constexpr int kRows = 20000;
    const QString file = fx.root.filePath(QStringLiteral("large.csv"));
    {
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("ФИО;Телефон\n");
        for (int row = 0; row < kRows; ++row)
            csv.write(QStringLiteral("Фамилия Имя;+7 9%1\n").arg(row, 9, 10, QLatin1Char('0')).toUtf8());
    }
    QProcess process;
    process.start(QStringLiteral(FIELDCASE_CLI_PATH), fx.args({QStringLiteral("import"), file}));
    REQUIRE(process.waitForStarted());
    process.write(kPassphrase);
    process.closeWriteChannel();
    // Killed while it reads, checks or writes (wherever it is after a second), or after it ended.
    process.waitForFinished(1500);
    process.kill();
    process.waitForFinished();

    const int after = cases();
    CHECK((after == before || after == before + kRows));
    CHECK(fx.run({QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("backup and restore from a script: the file, the passphrase or the recovery code, one line for bad input",
          "[cli][backup]") {
    TrainingVault fx;
    const Run made = fx.make(5);
    REQUIRE(made.exitCode == 0);
    const QString recoveryCode = made.json().value(QStringLiteral("recovery_code")).toString();
    const QString oldDevice = made.json().value(QStringLiteral("device_id")).toString();
    const QString stick = fx.root.filePath(QStringLiteral("stick"));
    REQUIRE(QDir().mkpath(stick));

    const Run backup = fx.run({QStringLiteral("backup"), QStringLiteral("--to"), stick});
    INFO("stderr: " << backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QString file = backup.json().value(QStringLiteral("file")).toString();
    CHECK(QFileInfo(file).dir().absolutePath() == QDir(stick).absolutePath());
    CHECK(QFileInfo(file).size() > 0);
    const Run noFolder =
        fx.run({QStringLiteral("backup"), QStringLiteral("--to"), fx.root.filePath(QStringLiteral("nowhere"))});
    CHECK(noFolder.exitCode == 5);
    CHECK(noFolder.err.trimmed().count('\n') == 0);

    const auto restore = [&](const QString& dir, const QByteArray& input, const QStringList& more = {}) {
        return cli(QStringList{QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin"),
                               QStringLiteral("--json"), QStringLiteral("restore"), QStringLiteral("--from"), file} +
                       more,
                   input);
    };
    const QString restoredDir = fx.root.filePath(QStringLiteral("restored"));
    const Run restored = restore(restoredDir, kPassphrase);
    INFO("stderr: " << restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const QJsonObject json = restored.json();
    CHECK(json.value(QStringLiteral("old_device_id")).toString() == oldDevice);
    CHECK(json.value(QStringLiteral("device_id")).toString() != oldDevice);
    CHECK(json.value(QStringLiteral("recovery_code")).toString().size() == 39);
    CHECK(json.value(QStringLiteral("old_device_up_to")).toInt() > 0);
    CHECK(json.value(QStringLiteral("joins_team")).isBool());
    const Run info = cli({QStringLiteral("--vault"), restoredDir, QStringLiteral("--passphrase-stdin"),
                          QStringLiteral("--json"), QStringLiteral("info")},
                         kPassphrase);
    REQUIRE(info.exitCode == 0);
    CHECK(info.json().value(QStringLiteral("records")).toObject() ==
          fx.run({QStringLiteral("info")}).json().value(QStringLiteral("records")).toObject());

    // Into a folder that exists, with a wrong passphrase, from a damaged file: one line, nothing made.
    const Run exists = restore(restoredDir, kPassphrase);
    CHECK(exists.exitCode == 1);
    CHECK(exists.err.trimmed().count('\n') == 0);
    const QString second = fx.root.filePath(QStringLiteral("second"));
    CHECK(restore(second, "not the passphrase at all\n").exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(second));
    {
        QFile damaged(file);
        REQUIRE(damaged.open(QIODevice::ReadWrite));
        damaged.seek(damaged.size() - 100);
        damaged.write("x");
    }
    const Run refused = restore(second, kPassphrase);
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.trimmed().count('\n') == 0);
    CHECK_FALSE(QFileInfo::exists(second));

    // The recovery code of the day opens a fresh backup, with a new passphrase for the restored vault.
    const QString newest = fx.run({QStringLiteral("backup"), QStringLiteral("--to"), stick})
                               .json()
                               .value(QStringLiteral("file"))
                               .toString();
    const Run recovered =
        cli({QStringLiteral("--vault"), second, QStringLiteral("--passphrase-stdin"), QStringLiteral("--json"),
             QStringLiteral("restore"), QStringLiteral("--from"), newest, QStringLiteral("--recovery")},
            recoveryCode.toUtf8() + "\nits new passphrase\nits new passphrase\n");
    INFO("stderr: " << recovered.err.toStdString());
    CHECK(recovered.exitCode == 0);
    CHECK(cli({QStringLiteral("--vault"), second, QStringLiteral("--passphrase-stdin"), QStringLiteral("verify")},
              "its new passphrase\n")
              .exitCode == 0);
}
