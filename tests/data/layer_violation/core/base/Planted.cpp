// A deliberate wrong arrow (the bottom of the core reaching up into the store): the layer check must fail on it.
#include "core/store/Mutator.h"
