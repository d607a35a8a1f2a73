#pragma once

#include <QStringList>

namespace fieldcase {

class SyncService;
struct SyncSettings;

// What started an exchange: the worker (Exchange now), or automatic exchange (a folder reachable again, a change in
// it, the timer, a stick plugged in).
enum class ExchangeTrigger { Manual, Automatic };

// The folders an exchange reaches now, each once and cleanly spelt: the configured shared folders that exist and the
// team folder of every plugged-in stick that has one. A manual exchange reaches all of them; an automatic one only
// those its settings switch on (watchFolders, useSticks).
QStringList reachableFolders(SyncService& sync, const SyncSettings& settings, ExchangeTrigger trigger);

}  // namespace fieldcase
