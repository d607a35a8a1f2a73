// Reading and writing whole files: bundles, key files, requests.
#include "core/base/AtomicFile.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

using namespace fieldcase;

TEST_CASE("a small file is read whole - and a limit far beyond memory costs nothing", "[files]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle"));
    const QByteArray content(100 * 1024 + 7, 'x');
    REQUIRE(writeFileAtomically(path, content).ok());

    // A bundle is read with a limit of 256 MiB; the read must take what the file holds, not allocate the limit.
    // A limit of a terabyte shows it: allocating it fails.
    auto read = readSmallFile(path, qint64{1} << 40);
    REQUIRE(read.ok());
    CHECK(*read == content);

    auto exact = readSmallFile(path, content.size());
    REQUIRE(exact.ok());
    CHECK(*exact == content);

    auto over = readSmallFile(path, content.size() - 1);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::Rejected);
    CHECK(over.error().message == QStringLiteral("bundle is too large."));

    auto missing = readSmallFile(dir.filePath(QStringLiteral("gone")), 1024);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}
