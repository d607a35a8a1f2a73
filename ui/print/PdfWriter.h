#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QString>

namespace fieldcase::ui {

// Writes a document the core composed (a case summary, a referral letter) as an A4 PDF, atomically: the file
// appears whole or not at all. Needs a QGuiApplication (fonts); the CLI makes one on the offscreen platform.
// The PDF is not encrypted: callers say so to the person.
Result<void> writePdf(const PrintableDocument& document, const QString& path);

}  // namespace fieldcase::ui
