#pragma once

#include "core/api/RecordService.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace fieldcase::ui {

// What each person of a case has agreed to: every consent item as a tick, with whether and when it was given or
// withdrawn and who recorded it. Ticking records the consent as given today; unticking records its withdrawal
// today. Nothing is ever deleted: a consent given again after a withdrawal is a new record. Sharing details in
// referrals can also be given for one organisation only: each such consent is a line of its own under the item.
class ConsentsTab : public QWidget {
    Q_OBJECT

public:
    // records must outlive the tab.
    explicit ConsentsTab(RecordService& records, QWidget* parent = nullptr);

    // Shows the checklist of every person of the case (CaseDetails::people and CaseDetails::consents).
    void showConsents(const QList<RecordData>& people, const QList<RecordData>& consents);

    // Records that the person agrees that referral letters to this organisation (and no other, unless the item is
    // ticked for every organisation) carry their details; false (error shown) if it fails.
    bool recordForOrganisation(const QString& personId, const QString& organisationId);

signals:
    // A consent was recorded or withdrawn; the case is to be loaded again.
    void changed();

private:
    void record(QTreeWidgetItem* item, int column);
    void addLine(QTreeWidgetItem* personItem, const QString& personId, const VocabularyItem& item,
                 const QString& organisationId, const QString& currentKey);
    void loadOrganisationNames();
    void askOrganisation();
    Result<void> give(const QString& personId, const QString& itemKey, const QString& organisationId);

    RecordService& m_records;
    QList<VocabularyItem> m_items;
    QList<VocabularyItem> m_roles;
    // The latest consent record (not archived) per person, item and organisation (none: every organisation),
    // keyed "person id/item key/organisation id". It says what holds now: given and not withdrawn, withdrawn, or
    // recorded as not given.
    QHash<QString, RecordData> m_latest;
    QHash<QString, QString> m_organisationNames;  // by id, archived ones included
    QList<RecordData> m_organisationsInUse;       // by name

    QLabel* m_error;
    QStackedWidget* m_body;
    QTreeWidget* m_checklist;
    QLabel* m_empty;
    QPushButton* m_forOrganisation;
};

}  // namespace fieldcase::ui
