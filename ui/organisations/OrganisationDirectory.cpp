#include "ui/organisations/OrganisationDirectory.h"

#include <QCollator>

#include <algorithm>

namespace fieldcase::ui {

namespace {

// Directories are small (tens to hundreds of partners); pages only keep each call bounded.
constexpr int kPageSize = 500;

QString nameOf(const RecordData& organisation) {
    return organisation.fields.value(QStringLiteral("name")).toString();
}

}  // namespace

Result<QList<RecordData>> organisationsByName(RecordService& records) {
    QList<RecordData> all;
    for (int offset = 0;; offset += kPageSize) {
        Result<QList<RecordData>> page = records.list(QStringLiteral("organisation"), offset, kPageSize);
        if (!page) return page.error();
        all += page.value();
        if (page->size() < kPageSize) break;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(all.begin(), all.end(), [&collator](const RecordData& a, const RecordData& b) {
        return collator.compare(nameOf(a), nameOf(b)) < 0;
    });
    return all;
}

}  // namespace fieldcase::ui
