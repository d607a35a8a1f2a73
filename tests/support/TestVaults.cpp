#include "tests/support/TestVaults.h"

#include "core/base/AtomicFile.h"
#include "core/crypto/KeyFile.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>

namespace fieldcase::test {

void copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        REQUIRE(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
    }
}

void cheapenKeyDerivation(const QString& vaultDir, const char* passphrase) {
    const QString path = QDir(vaultDir).filePath(QStringLiteral("vault.keys"));
    auto keys = crypto::KeyFile::parse(readAll(path));
    REQUIRE(keys.ok());
    auto slotKey = keys->passphraseKey(secret(passphrase));
    auto databaseKey = keys->openSlot(crypto::KeyFile::PassphraseSlot, *slotKey);
    REQUIRE(databaseKey.ok());
    keys->setKdfParams(crypto::kKdfMinimum);
    keys->sealSlot(crypto::KeyFile::PassphraseSlot, *keys->passphraseKey(secret(passphrase)), *databaseKey);
    REQUIRE(writeFileAtomically(path, keys->serialize()).ok());
}

QString vaultDigest(db::Connection& connection) {
    QStringList lines;
    for (const auto& table : model::Schema::tables()) {
        QByteArray columns = "hex(id)";
        for (const auto& field : table.fields)
            columns += QByteArray(", quote(") + field.name + ")";
        auto rows = connection.prepare(("SELECT " + columns + " FROM " + table.name + " ORDER BY id").constData());
        REQUIRE(rows.ok());
        while (*rows->step()) {
            QStringList cells{QLatin1String(table.name)};
            for (int i = 0; i <= static_cast<int>(table.fields.size()); ++i)
                cells << rows->columnText(i);
            lines << cells.join(QLatin1Char('|'));
        }
    }
    auto conflicts = connection.prepare("SELECT tbl || ' ' || hex(row_id) || ' ' || field FROM conflict ORDER BY 1");
    REQUIRE(conflicts.ok());
    while (*conflicts->step())
        lines << conflicts->columnText(0);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace fieldcase::test
