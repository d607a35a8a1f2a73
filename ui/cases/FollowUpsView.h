#pragma once

#include "core/api/RecordService.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTreeView;

namespace fieldcase::ui {

class FollowUpsModel;

// The team's follow-ups across cases, by when they are due: overdue, today, this week, later, and the done ones
// when asked for. Enter or a double click opens the follow-up's case; one button marks it done.
class FollowUpsView : public QWidget {
    Q_OBJECT

public:
    // records must outlive the view. today says which day it is when the lists are loaded.
    explicit FollowUpsView(RecordService& records, std::function<QDate()> today = &QDate::currentDate,
                           QWidget* parent = nullptr);

    // Loads the counts and the chosen list again, keeping the current follow-up when it is still there.
    void reload();

signals:
    void openCase(const QString& caseId);

private:
    void chooseBucket(int tab);
    void showCounts(const FollowUpCounts& counts);
    void showRows();
    void showEmptyState(const FollowUpCounts& counts);
    void openCurrent();
    void toggleDone();
    void updateActions();
    FollowUpBucket bucket() const;
    const FollowUpItem* currentItem() const;

    RecordService& m_records;
    // The person picked a list; until then the first one with something in it is shown.
    bool m_bucketChosen = false;
    FollowUpsModel* m_model;

    QTabBar* m_buckets;
    QLabel* m_error;
    QStackedWidget* m_body;
    QTreeView* m_list;
    QLabel* m_empty;
    QLabel* m_notice;
    QPushButton* m_doneButton;
};

}  // namespace fieldcase::ui
