#pragma once

// A fresh vault with the record service on a clock the test drives, for the tests of records and their queries.
#include "core/api/RecordService.h"
#include "core/base/Clock.h"
#include "core/db/Connection.h"
#include "core/services/LocalRecords.h"
#include "core/services/LocalVault.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QVariantMap>

#include <catch2/catch.hpp>

namespace fieldcase::test {

class FixedClock final : public Clock {
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1'790'000'000'000;  // 2026-09-21
};

struct RecordsFixture {
    QTemporaryDir root;
    FixedClock clock;
    LocalVault vault{root.filePath(QStringLiteral("vault")), {}, &clock};
    LocalRecords records{vault, clock};

    RecordsFixture() {
        CreateVaultRequest request;
        request.passphrase = secret("a long enough passphrase");
        request.deviceName = QStringLiteral("Office laptop");
        request.strength = KdfStrength::Interactive;
        REQUIRE(vault.create(std::move(request)).ok());
    }

    db::Connection& db() { return *vault.connection(); }

    // Creates a record (the test fails with the core's message if it is refused); the clock moves on a second.
    QString create(const char* kind, const QVariantMap& fields) {
        auto id = records.create(QLatin1String(kind), fields);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        clock.advance(1000);
        return *id;
    }
};

}  // namespace fieldcase::test
