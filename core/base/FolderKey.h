#pragma once

#include <QString>

namespace fieldcase {

// A folder as the core remembers things per folder (this device's outbox there, the last exchanges): the canonical
// path, so that one folder under two spellings (a symlink, "..", a trailing slash) is one.
QString syncFolderKey(const QString& dir);

}  // namespace fieldcase
