#pragma once

#include "core/base/SecretBytes.h"
#include "core/db/Connection.h"
#include "core/search/SearchIndex.h"
#include "core/store/Mutator.h"

namespace fieldcase {

// Everything that exists only while the vault is unlocked: the open database, the Mutator that writes to it
// and the search index that follows it. Destroying it locks the vault.
struct VaultSession {
    VaultSession(db::Connection openConnection, const Clock& clock, store::LocalIdentity identity,
                 search::TextAnalyzer analyzer)
        : connection(std::move(openConnection)),
          index(connection, std::move(analyzer)),
          mutator(connection, clock, std::move(identity)) {
        mutator.setObserver(&index);
    }

    db::Connection connection;
    search::SearchIndex index;
    store::Mutator mutator;
    // What backups of this vault are encrypted under (vault::backupKey); empty in the duress decoy, whose backups
    // open with nothing.
    SecretBytes backupKey;
};

}  // namespace fieldcase
