#pragma once

// A fresh, unlocked vault with its services, for the tests of one screen at a time.
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"

#include <QTemporaryDir>
#include <QVariantMap>

#include <catch2/catch.hpp>

#include <memory>

namespace fieldcase::test {

struct UiTestVault {
    UiTestVault() {
        REQUIRE(dir.isValid());
        services = makeServices(dir.filePath(QStringLiteral("vault")));
        CreateVaultRequest request;
        request.passphrase = SecretBytes::fromText("a long enough passphrase");
        request.deviceName = QStringLiteral("Laptop");
        request.strength = KdfStrength::Interactive;  // fast: the tests are about the screens
        REQUIRE(services->vault().create(std::move(request)).ok());
    }

    RecordService& records() { return services->records(); }

    // Creates a record through the facade; the test fails with the core's message if it is refused.
    QString create(const char* kind, const QVariantMap& fields) {
        const Result<QString> id = records().create(QLatin1String(kind), fields);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }

    QTemporaryDir dir;
    std::unique_ptr<Services> services;
};

}  // namespace fieldcase::test
