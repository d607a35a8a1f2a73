#pragma once

#include "core/api/RecordService.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace fieldcase::ui {

// What each person of a case has agreed to: every consent item as a tick, with whether and when it was given or
// withdrawn and who recorded it. Ticking records the consent as given today; unticking records its withdrawal
// today. Nothing is ever deleted: a consent given again after a withdrawal is a new record.
class ConsentsTab : public QWidget {
    Q_OBJECT

public:
    // records must outlive the tab.
    explicit ConsentsTab(RecordService& records, QWidget* parent = nullptr);

    // Shows the checklist of every person of the case (CaseDetails::people and CaseDetails::consents).
    void showConsents(const QList<RecordData>& people, const QList<RecordData>& consents);

signals:
    // A consent was recorded or withdrawn; the case is to be loaded again.
    void changed();

private:
    void record(QTreeWidgetItem* item, int column);

    RecordService& m_records;
    QList<VocabularyItem> m_items;
    QList<VocabularyItem> m_roles;
    // The latest consent record (not archived) per person and item, keyed "person id/item key". It says what
    // holds now: given and not withdrawn, withdrawn, or recorded as not given.
    QHash<QString, RecordData> m_latest;

    QLabel* m_error;
    QStackedWidget* m_body;
    QTreeWidget* m_checklist;
    QLabel* m_empty;
};

}  // namespace fieldcase::ui
