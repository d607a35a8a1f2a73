#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace fieldcase::sync {

// What the sync engine reports, in its own terms; core/services maps them to the facade's (core/api/SyncService.h).

// A bundle file this device would not apply, and why.
struct Rejection {
    QString file;        // the bundle's file name
    QString reason;      // one line for a person
    bool retry = false;  // incomplete (perhaps still being copied): tried again next time, nothing wrong yet
};

// What one import did.
struct ImportReport {
    int read = 0;       // bundles opened and verified
    int applied = 0;    // changesets applied
    int skipped = 0;    // bundles already seen, this device's own, or changes it already had
    int conflicts = 0;  // open conflicts after the import
    std::vector<Rejection> rejected;
    QStringList warnings;             // e.g. a device's clock far ahead
    QString joinedSafetyNumber;       // set when this import made the device a member
    QString pendingJoinSafetyNumber;  // a welcome found and kept, unapplied, until the worker confirms it
    bool cancelled = false;           // stopped by the progress callback before every bundle was read
};

// Called before each bundle of an import with (bundles done, bundles in the folder); false stops the import there.
using Progress = std::function<bool(int done, int total)>;

// This device's outbox in one folder: when it last exchanged there.
struct OutboxVisit {
    QString folder;  // as syncFolderKey() gives it
    qint64 exchangedMs = 0;
};

// A joining device's request, as the coordinator reads it.
struct Candidate {
    QString deviceId;  // hex
    QString name;
    QString safetyNumber;
    // A laptop restored from a backup of another device: that device (hex), its name as this team knows it (empty
    // when it is not a member here), the highest of its changes the backup holds and the highest held here.
    QString restoredFrom;
    QString restoredFromName;
    qint64 restoredUpTo = 0;
    qint64 heldUpTo = 0;
};

// A device admitted, and the welcome bundle written for it.
struct Admission {
    Candidate device;
    QString welcomeFile;
};

// What a file offered as a bundle shows: its head without any key, the rest when this vault could open it.
struct Inspection {
    qint64 size = 0;
    int formatVersion = 0;
    int stanzaSlots = 0;
    bool opened = false;
    QString problem;  // why it did not open
    QString sender;   // device id (hex), when opened
    QString senderName;
    QString kind;  // "changes", "welcome"...
    qint64 sequence = 0;
    int changesets = 0;
    int membershipEvents = 0;
    int recipients = 0;
};

}  // namespace fieldcase::sync
