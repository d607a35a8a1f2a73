// A helper for the crash tests: unlocks the vault (passphrase on stdin) and adds cases in batches of 100
// until it is killed, printing "batch N" after each committed batch.
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fieldcase_bulk_writer VAULT_DIR\n");
        return 2;
    }
    std::string passphrase;
    std::getline(std::cin, passphrase);
    auto services = fieldcase::makeServices(QString::fromLocal8Bit(argv[1]));
    if (auto unlocked = services->vault().unlock(fieldcase::SecretBytes::fromText(passphrase)); !unlocked) {
        std::fprintf(stderr, "%s\n", unlocked.error().message.toLocal8Bit().constData());
        return 3;
    }
    QList<QVariantMap> batch;
    for (int i = 0; i < 100; ++i) {
        batch << QVariantMap{
            {QStringLiteral("title"), QStringLiteral("Bulk case %1").arg(i)},
            {QStringLiteral("summary"), QStringLiteral("Девушки работают на рынке, паспорт забрали.")}};
    }
    for (int number = 1;; ++number) {
        auto ids = services->records().createMany(QStringLiteral("case"), batch);
        if (!ids) {
            std::fprintf(stderr, "%s\n", ids.error().message.toLocal8Bit().constData());
            return 1;
        }
        std::printf("batch %d\n", number);
        std::fflush(stdout);
    }
}
