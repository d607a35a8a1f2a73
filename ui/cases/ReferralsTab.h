#pragma once

#include "core/api/RecordService.h"

#include <QHash>
#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace fieldcase::ui {

// The referrals of a case: where each went, for what, its status and dates; a form to add one; and the next
// steps a chosen referral can take (planned → sent → accepted or declined → completed, cancelled while open).
// The steps are this screen's rule, not the core's (docs/records.md, "Referral status flow").
class ReferralsTab : public QWidget {
    Q_OBJECT

public:
    // records must outlive the tab.
    ReferralsTab(RecordService& records, const QString& caseId, QWidget* parent = nullptr);

    // Shows the case's referrals. The chosen referral stays chosen; the forms keep what is being typed.
    void showReferrals(const QList<RecordData>& referrals);

signals:
    // A referral was added or moved on; the case is to be loaded again.
    void changed();

protected:
    // Reads the directory again: organisations may have been added since the case was opened.
    void showEvent(QShowEvent* event) override;

private:
    void loadOrganisations();
    void fillList();
    void addReferral();
    void moveTo(const QString& status);
    void updateSteps();
    const RecordData* currentReferral() const;

    RecordService& m_records;
    const QString m_caseId;
    QList<VocabularyItem> m_services;
    QList<VocabularyItem> m_statuses;
    QList<RecordData> m_referrals;                // not archived, oldest first
    QHash<QString, QString> m_organisationNames;  // by id, archived organisations included
    QString m_chosenId;                           // the referral to choose when the list is filled again

    QLabel* m_listError;
    QStackedWidget* m_listBody;
    QTreeWidget* m_list;
    QPushButton* m_letterButton;
    QLabel* m_empty;
    QLabel* m_stepsLabel;
    QWidget* m_stepPanel;  // the step buttons, the step's date and the outcome; hidden when no step is offered
    std::vector<std::pair<QString, QPushButton*>> m_stepButtons;  // the status each button moves to
    QDateEdit* m_stepDate;
    QLineEdit* m_outcome;
    QLabel* m_stepError;
    QComboBox* m_organisation;
    QLabel* m_noOrganisations;
    QComboBox* m_service;
    QLineEdit* m_reason;
    QLabel* m_addError;
};

}  // namespace fieldcase::ui
