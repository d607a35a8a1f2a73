// The database layer: schema migrations (every earlier version upgrades to the latest; newer schemas are refused),
// and the settings a large import relies on.
#include "core/crypto/Random.h"
#include "core/db/Connection.h"
#include "core/db/Migrations.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace fieldcase;
using fieldcase::test::errorCode;

namespace {

struct TempDatabase {
    QTemporaryDir dir;
    SecretBytes key = (crypto::initialiseCrypto(), crypto::randomSecret(32));
    QString path = dir.filePath(QStringLiteral("test.db"));

    db::Connection open() {
        auto connection = db::Connection::open(path, key, db::Connection::Mode::Create);
        REQUIRE(connection.ok());
        return std::move(*connection);
    }
};

QStringList tableNames(db::Connection& connection) {
    auto statement = connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    REQUIRE(statement.ok());
    QStringList names;
    while (*statement->step()) {
        names << statement->columnText(0);
    }
    return names;
}

}  // namespace

TEST_CASE("every earlier schema version migrates to the latest - to the same schema", "[db][migrations]") {
    REQUIRE(db::latestSchemaVersion() >= 1);
    TempDatabase fresh;
    auto reference = fresh.open();
    REQUIRE(db::migrate(reference).ok());
    const QStringList expected = tableNames(reference);
    REQUIRE(expected.contains(QStringLiteral("schema_version")));

    for (int from = 0; from < db::latestSchemaVersion(); ++from) {
        INFO("from version " << from);
        TempDatabase old;
        {
            auto connection = old.open();
            REQUIRE(db::migrate(connection, from).ok());
            REQUIRE(*db::schemaVersion(connection) == from);
        }
        auto connection = old.open();
        REQUIRE(db::migrate(connection).ok());
        REQUIRE(*db::schemaVersion(connection) == db::latestSchemaVersion());
        REQUIRE(tableNames(connection) == expected);
        // Running it again changes nothing.
        REQUIRE(db::migrate(connection).ok());
        REQUIRE(*db::schemaVersion(connection) == db::latestSchemaVersion());
    }
}

TEST_CASE("a vault from a newer Fieldcase is refused and left untouched", "[db][migrations]") {
    TempDatabase newer;
    auto connection = newer.open();
    REQUIRE(db::migrate(connection).ok());
    REQUIRE(connection.exec("UPDATE schema_version SET version = 9999").ok());
    REQUIRE(errorCode(db::migrate(connection)) == ErrorCode::NewerVersion);
    REQUIRE(*db::schemaVersion(connection) == 9999);
}

TEST_CASE("the SQL tables have exactly the fields of the schema registry", "[db][migrations]") {
    TempDatabase fresh;
    auto connection = fresh.open();
    REQUIRE(db::migrate(connection).ok());
    for (const auto& table : model::Schema::tables()) {
        INFO(table.name);
        auto info = connection.prepare((QByteArray("PRAGMA table_info(") + table.name + ")").constData());
        REQUIRE(info.ok());
        QStringList columns;
        while (*info->step())
            columns << info->columnText(1);
        QStringList expected{QStringLiteral("id"), QStringLiteral("clock"), QStringLiteral("created_at"),
                             QStringLiteral("updated_at")};
        for (const auto& field : table.fields)
            expected << QLatin1String(field.name);
        columns.sort();
        expected.sort();
        REQUIRE(columns == expected);
    }
}

TEST_CASE("a version 1 vault gets its device row when upgraded", "[db][migrations]") {
    TempDatabase old;
    auto connection = old.open();
    REQUIRE(db::migrate(connection, 1).ok());
    REQUIRE(connection
                .exec("INSERT INTO meta(key, value) VALUES ('device_id', x'00112233445566778899aabbccddeeff'), "
                      "('sign_public_key', x'01'), ('device_name', 'Old laptop')")
                .ok());
    REQUIRE(db::migrate(connection).ok());
    auto name = connection.queryText("SELECT name FROM device WHERE ord = 1");
    REQUIRE(name.ok());
    REQUIRE(*name == QStringLiteral("Old laptop"));
}

TEST_CASE("a spill threshold set on the connection holds - a multiple of 256 included", "[db]") {
    TempDatabase database;
    db::Connection connection = database.open();
    // SQLite also reads the number as on or off by its low byte: 16384 alone would turn spilling off, and a large
    // import would then keep every page it changes in memory.
    // It reads back as the threshold in effect: the larger of it and the cache size, and 0 when spilling is off.
    for (const int pages : {16384, 1000, 1}) {
        REQUIRE(connection.setSpillThreshold(pages).ok());
        CHECK(connection.queryText("PRAGMA cache_spill").value().toInt() >= pages);
    }
}
