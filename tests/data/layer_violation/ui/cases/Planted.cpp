// A deliberate wrong arrow (the GUI going around the facade to the database): the layer check must fail on it.
#include "core/db/Connection.h"
