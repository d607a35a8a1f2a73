#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fieldcase::sync {

// A folder that carries bundles between laptops: an office share, a folder that Syncthing or Nextcloud replicates,
// or a folder on a USB stick. Bundle files have random names (26 lower-case base32 characters, no extension), so a
// name says nothing about team, sender or content, and everything else in the folder — the replication engine's
// temporary and conflict copies, partial downloads, other people's files — is left alone.
class FolderTransport {
public:
    explicit FolderTransport(QString dir) : m_dir(std::move(dir)) {}

    const QString& dir() const { return m_dir; }

    // The bundle files present now, oldest first. Io when the folder cannot be listed (missing, unmounted).
    Result<QStringList> bundleNames() const;
    // A bundle's bytes. NotFound when the file vanished meanwhile (replicated away): not an error worth a
    // warning; Rejected when it is larger than a bundle may be (checked before reading).
    Result<QByteArray> read(const QString& name) const;
    // Puts a new bundle in the folder under a fresh random name, atomically (temporary file, flush, rename), and
    // only then removes this device's previous one, so the folder always holds a complete outbox. Io on a
    // read-only or full medium, and the previous bundle stays. Returns the new name.
    Result<QString> replace(const QByteArray& bundle, const QString& previousName);
    // Removes a bundle (e.g. one every peer has acknowledged); a file already gone is fine.
    Result<void> remove(const QString& name);

    static bool isBundleName(const QString& name);
    static QString randomBundleName();

private:
    QString m_dir;
};

}  // namespace fieldcase::sync
