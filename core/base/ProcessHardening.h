#pragma once

namespace fieldcase {

// Called first thing in every executable: no core dumps, no debugger attaching, so secrets in
// memory do not end up on disk or in another process. Returns false if the OS refused.
bool hardenProcess();

}  // namespace fieldcase
