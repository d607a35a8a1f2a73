// The folder a bundle travels through: random names, atomic replacement, other files left alone.
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/transport/FolderTransport.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace fieldcase;
using namespace fieldcase::sync;
using fieldcase::test::errorCode;

TEST_CASE("bundle names are random and say nothing", "[transport]") {
    QStringList names;
    for (int i = 0; i < 200; ++i)
        names << FolderTransport::randomBundleName();
    names.removeDuplicates();
    REQUIRE(names.size() == 200);
    for (const QString& name : names)
        REQUIRE(FolderTransport::isBundleName(name));
    for (const char* other :
         {"report.docx", "abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvwxyz.tmp", ".abcdefghijklmnopqrstuvwxyz",
          "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxy1"}) {
        INFO(other);
        REQUIRE_FALSE(FolderTransport::isBundleName(QLatin1String(other)));
    }
}

TEST_CASE("a shared folder's other files - temporary and conflict copies are ignored", "[transport]") {
    QTemporaryDir root;
    FolderTransport folder(root.path());
    auto first = folder.replace(QByteArray(5000, 'a'), QString());
    REQUIRE(first.ok());
    for (const QString& noise :
         {*first + QStringLiteral(".sync-conflict-20261127-101010-ABCDEFG"),
          QStringLiteral(".syncthing.") + *first + QStringLiteral(".tmp"),
          QStringLiteral("~syncthing~") + *first + QStringLiteral(".tmp"), *first + QStringLiteral(".part"),
          *first + QStringLiteral(" (conflicted copy 2026-11-27)"), QStringLiteral("minutes.odt")}) {
        test::writeAll(QDir(root.path()).filePath(noise), "x");
    }
    REQUIRE(QDir().mkpath(QDir(root.path()).filePath(QStringLiteral("abcdefghijklmnopqrstuvwxyz"))));  // a folder
    auto names = folder.bundleNames();
    REQUIRE(names.ok());
    REQUIRE(*names == QStringList{*first});
    REQUIRE(*folder.read(*first) == QByteArray(5000, 'a'));
}

TEST_CASE("replacing the outbox keeps the old bundle until the new one is complete", "[transport]") {
    QTemporaryDir root;
    FolderTransport folder(root.filePath(QStringLiteral("stick/fieldnotes")));
    auto first = folder.replace("first bundle", QString());
    REQUIRE(first.ok());  // the folder is created
    auto second = folder.replace("second bundle", *first);
    REQUIRE(second.ok());
    REQUIRE(*second != *first);
    REQUIRE(*folder.bundleNames() == QStringList{*second});
    // Removing something that is not a bundle is refused silently: the folder may hold a person's files.
    test::writeAll(QDir(folder.dir()).filePath(QStringLiteral("notes.txt")), "keep me");
    REQUIRE(folder.remove(QStringLiteral("notes.txt")).ok());
    REQUIRE(QFile::exists(QDir(folder.dir()).filePath(QStringLiteral("notes.txt"))));
    REQUIRE(folder.remove(*second).ok());
    REQUIRE(folder.remove(*second).ok());  // already gone: fine
    REQUIRE(folder.bundleNames()->isEmpty());
}

TEST_CASE("missing - vanished and oversized files get clear answers", "[transport]") {
    QTemporaryDir root;
    REQUIRE(errorCode(FolderTransport(root.filePath(QStringLiteral("not-mounted"))).bundleNames()) == ErrorCode::Io);
    FolderTransport folder(root.path());
    REQUIRE(errorCode(folder.read(FolderTransport::randomBundleName())) == ErrorCode::NotFound);
    const QString huge = FolderTransport::randomBundleName();
    QFile file(QDir(root.path()).filePath(huge));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(kMaxBundleFileSize + 1));  // sparse: nothing is really written
    file.close();
    REQUIRE(errorCode(folder.read(huge)) == ErrorCode::Rejected);
}

// Anyone who can write to a shared folder can put there, under a bundle's name, a named pipe (whose open would wait
// for a writer forever) or a link to an endless device: the exchange of everyone reading the folder must not hang.
TEST_CASE("a pipe or a link to a device under a bundle's name is neither listed nor read, and never blocks",
          "[transport][hostile]") {
    QTemporaryDir root;
    FolderTransport folder(root.path());
    const QString pipe = FolderTransport::randomBundleName();
    REQUIRE(::mkfifo(QFile::encodeName(QDir(root.path()).filePath(pipe)).constData(), 0600) == 0);
    const QString endless = FolderTransport::randomBundleName();
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), QDir(root.path()).filePath(endless)));
    const QString real = FolderTransport::randomBundleName();
    test::writeAll(QDir(root.path()).filePath(real), QByteArray(100, 'x'));

    REQUIRE(*folder.bundleNames() == QStringList{real});
    // Read by name, as after a listing that a swap raced (the pipe has no writer: a blocking open never returns).
    REQUIRE(errorCode(folder.read(pipe)) == ErrorCode::Rejected);
    REQUIRE(errorCode(folder.read(endless)) == ErrorCode::Rejected);
    REQUIRE(folder.read(real).ok());
}
