// A deliberate violation: proves the ui boundary check can fail.
#include "core/db/Connection.h"
