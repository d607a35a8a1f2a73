#pragma once

// The whole window on a fresh vault with a fake clock, for the tests of locking, hiding and settings.
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/app/AppWindow.h"
#include "ui/app/WorkspacePage.h"
#include "ui/settings/Preferences.h"
#include "ui/vault/UnlockPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace fieldcase::test {

inline const QString kWindowPassphrase = QStringLiteral("a long enough passphrase");
inline constexpr qint64 kMinute = 60 * 1000;

struct AppWindowFixture {
    QTemporaryDir dir;
    std::unique_ptr<Services> services;
    QString recoveryCode;
    qint64 now = 0;
    std::unique_ptr<ui::AppWindow> window;

    // Creates the vault (fast key derivation), closes it and opens the window on the unlock page; setUp, when
    // given, first writes the preferences the window starts with.
    explicit AppWindowFixture(const std::function<void(ui::Preferences&)>& setUp = {}) {
        services = makeServices(dir.filePath(QStringLiteral("vault")));
        CreateVaultRequest request;
        request.passphrase = SecretBytes::fromText(kWindowPassphrase.toUtf8().constData());
        request.deviceName = QStringLiteral("Laptop");
        request.strength = KdfStrength::Interactive;
        auto created = services->vault().create(std::move(request));
        REQUIRE(created.ok());
        recoveryCode = QString::fromUtf8(created->recoveryCode.view());
        services->vault().lock();
        if (setUp) {
            ui::Preferences preferences(preferencesFile());
            setUp(preferences);
        }
        ui::AppWindowOptions options;
        options.clock = [this] { return now; };
        options.preferencesFile = preferencesFile();
        window = std::make_unique<ui::AppWindow>(*services, options);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QString preferencesFile() const { return dir.filePath(QStringLiteral("preferences.ini")); }
    ui::UnlockPage* unlockPage() const { return child<ui::UnlockPage>(window.get(), "unlockPage"); }
    bool workspaceOpen() const { return window->findChild<ui::WorkspacePage*>() != nullptr; }

    // Types the passphrase on the unlock page and waits until the attempt has finished.
    void tryPassphrase(const QString& passphrase) {
        ui::UnlockPage* page = unlockPage();
        typeText(child<QLineEdit>(page, "unlockPassphraseEdit"), passphrase);
        auto* button = child<QPushButton>(page, "unlockButton");
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(waitFor([&] { return workspaceOpen() || !child<QLabel>(page, "unlockErrorLabel")->isHidden(); }));
    }

    void unlock() {
        tryPassphrase(kWindowPassphrase);
        REQUIRE(workspaceOpen());
    }
};

}  // namespace fieldcase::test
