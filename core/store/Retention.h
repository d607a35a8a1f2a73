#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::model {
struct TableDef;
}

namespace fieldcase::store {

// The team's retention periods in months, 0 for none, as this laptop's copy of the team's log says
// (docs/threat-model.md, "Retention rules").
struct RetentionPeriods {
    int closedCaseMonths = 0;
    int attachmentMonths = 0;
    bool any() const { return closedCaseMonths > 0 || attachmentMonths > 0; }
};

// A receiving laptop takes another's retention purge as due when the record is due by a date this many days later
// than its own today: the two laptops' clocks and time zones may differ by a day or two.
inline constexpr int kRetentionToleranceDays = 3;

enum class RetentionReason {
    ClosedCase,  // a case closed longer ago than the closed-case period, with everything recorded in it
    Person,      // a person all of whose cases are due
    Attachment,  // an attachment of a case closed longer ago than the attachment period
};

struct DueRecord {
    const model::TableDef* table = nullptr;
    QByteArray rowId;
    RetentionReason reason = RetentionReason::ClosedCase;
    QString caseReference;  // the case that makes it due (for a person: the one closed last)
    QDate closedOn;         // that case's closing date
};

// Every record due on `today` (a case closed in a closed status with a closing date, not marked to keep, whose
// status, closing date and keep mark are not in conflict), in the order to purge them: attachments, then people
// (judged by their links to cases, which go with the case), then cases.
Result<std::vector<DueRecord>> dueRecords(db::Connection& connection, const RetentionPeriods& periods, QDate today);

// Whether the rules call for another device's purge of this record, judged before that device's change applies: the
// record (or the case or person it belongs to) is due by `today` plus the tolerance, and what makes its case due
// (status, closing date, keep mark) was last written by a device other than `purger` - one laptop cannot close a
// case, backdate it and purge it on every laptop alone.
Result<bool> retentionCallsFor(db::Connection& connection, const RetentionPeriods& periods, QDate today, int table,
                               const QByteArray& rowId, int purger);

}  // namespace fieldcase::store
