#pragma once

#include "core/api/SyncService.h"

#include <QFrame>
#include <QPointer>

#include <vector>

class QDialog;
class QLabel;
class QPushButton;

namespace fieldcase::ui {

// A bar above the workspace while the team's retention rules call for purging records on this laptop
// (docs/threat-model.md, "Retention rules"): it says how many, and "Review…" lists them with why, to purge them now
// or later. Nothing is purged without the person's word.
class RetentionReview : public QFrame {
    Q_OBJECT

public:
    // The sync service must outlive the bar.
    explicit RetentionReview(SyncService& sync, QWidget* parent = nullptr);

    // Asks again what is due; shows the bar when anything is.
    void refresh();
    // The list of what is due, with "Purge now" and "Not now".
    void review();

private:
    void purgeNow();

    SyncService& m_sync;
    QLabel* m_text;
    QPushButton* m_review;
    std::vector<DueForRetention> m_due;
    QPointer<QDialog> m_dialog;
    QLabel* m_dialogError = nullptr;
};

}  // namespace fieldcase::ui
