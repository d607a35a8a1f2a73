#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

class QTreeWidget;

namespace fieldcase::ui {

// Who did what to a case and what belongs to it, and when: the case's audit trail as a person reads it.
class HistoryTab : public QWidget {
    Q_OBJECT

public:
    // records must outlive the tab.
    HistoryTab(RecordService& records, const QString& caseId, QWidget* parent = nullptr);

    // Reads the case's history again.
    void reload();

private:
    RecordService& m_records;
    const QString m_caseId;
    QTreeWidget* m_list;
};

}  // namespace fieldcase::ui
