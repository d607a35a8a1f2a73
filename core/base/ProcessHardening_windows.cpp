// Windows: no crash dialog and no Windows Error Reporting dump of our memory. Excluding the
// process from WER entirely is an install-time registry setting (see docs/threat-model.md).
#include "core/base/ProcessHardening.h"

#include <windows.h>

namespace fieldcase {

bool hardenProcess() {
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return true;
}

}  // namespace fieldcase
