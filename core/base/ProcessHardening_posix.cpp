// Linux and macOS: no core dumps, no debugger or other process of the same user attaching, and
// private permissions on every file the process creates.
#include "core/base/ProcessHardening.h"

#include <sys/resource.h>
#include <sys/stat.h>

#if defined(__linux__)
#include <sys/prctl.h>
#elif defined(__APPLE__)
#include <sys/ptrace.h>
#include <sys/types.h>
#endif

namespace fieldcase {

bool hardenProcess() {
    bool ok = true;
    // Files this process creates are readable by this user only.
    umask(077);
    const rlimit noCore{0, 0};
    ok = setrlimit(RLIMIT_CORE, &noCore) == 0 && ok;
#if defined(__linux__)
    // Not dumpable: no core file, /proc/<pid>/mem and ptrace closed to the same user.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#elif defined(__APPLE__)
    ok = ptrace(PT_DENY_ATTACH, 0, nullptr, 0) == 0 && ok;
#endif
    return ok;
}

}  // namespace fieldcase
