#pragma once

#include "core/api/RecordService.h"

namespace fieldcase::ui {

// Every organisation of the directory, archived ones included, sorted by name as a person reads a list (letters
// without regard to case, numbers by value): for the directory itself and for choosing where to refer someone.
Result<QList<RecordData>> organisationsByName(RecordService& records);

}  // namespace fieldcase::ui
