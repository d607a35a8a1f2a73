#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QDate>
#include <QString>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::query {

// Who prints, and when: said at the foot of every document.
struct PrintContext {
    QDate today;
    QString worker;
};

// The case summary and the referral letter as HTML for print (RecordService::caseSummary, referralLetter).
Result<PrintableDocument> caseSummary(db::Connection& connection, const CaseDetails& details,
                                      const QStringList& sections, const PrintContext& context);
Result<PrintableDocument> referralLetter(db::Connection& connection, const RecordData& referral,
                                         const CaseDetails& details, const PrintContext& context);

}  // namespace fieldcase::query
