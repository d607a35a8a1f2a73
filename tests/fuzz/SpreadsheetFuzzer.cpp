// libFuzzer: arbitrary bytes as a spreadsheet someone hands over, read as CSV and as XLSX. Either sheets or a
// reason, never a crash, a hang or memory past the bound. Seeds: tests/data/spreadsheets.
#include "core/importer/Spreadsheet.h"

#include <cstdint>
#include <cstdlib>

using namespace fieldcase;

namespace {

constexpr qint64 kUnpackedBound = 64LL * 1024 * 1024;

void check(const Result<importer::Spreadsheet>& read) {
    if (read.ok() ? read->sheets.isEmpty() : read.error().message.isEmpty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    check(importer::readCsv(bytes));
    check(importer::readXlsx(bytes, kUnpackedBound));
    return 0;
}
