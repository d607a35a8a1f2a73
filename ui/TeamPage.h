#pragma once

#include "core/api/SyncService.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fieldcase::ui {

// Team: the laptops of the team with their role and standing; a coordinator admits a new laptop (its enrolment
// request, the safety number shown large to compare face to face, then its welcome bundle) and removes a lost one.
class TeamPage : public QWidget {
    Q_OBJECT

public:
    // sync must outlive the page.
    explicit TeamPage(SyncService& sync, QWidget* parent = nullptr);

    void reload();
    // What a coordinator sees before admitting the laptop of this request; empty and an error shown if unreadable.
    std::optional<EnrolmentCandidate> readRequest(const QString& requestPath);
    // Admits the laptop of the request and writes its welcome bundle into dir; false (error shown) if it fails.
    bool admit(const QString& requestPath, const QString& dir);
    // Removes the device shown at row, after the caller confirmed.
    bool removeDevice(int row);

private:
    void admitAsked();
    void removeAsked();

    SyncService& m_sync;
    QTreeWidget* m_devices;
    QLabel* m_ownHalf;
    QLabel* m_message;
    QPushButton* m_admit;
    QPushButton* m_remove;
    std::vector<TeamDevice> m_shown;
    bool m_coordinator = false;
};

}  // namespace fieldcase::ui
