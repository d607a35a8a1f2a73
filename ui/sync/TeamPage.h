#pragma once

#include "core/api/SyncService.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace fieldcase::ui {

// Team: the laptops of the team with their role and standing; a coordinator admits a new laptop (its enrolment
// request, the safety number shown large to compare face to face, then its welcome bundle) and removes a lost one.
// A laptop that has not joined yet sees the four steps of joining instead.
class TeamPage : public QWidget {
    Q_OBJECT

public:
    // sync must outlive the page.
    explicit TeamPage(SyncService& sync, QWidget* parent = nullptr);

    void reload();
    // Who admitted and who removed the device, and when, in words: the Standing column's tooltip.
    QString provenance(const TeamDevice& device) const;
    // What a coordinator sees before admitting the laptop of this request; empty and an error shown if unreadable.
    std::optional<EnrolmentCandidate> readRequest(const QString& requestPath);
    // Admits the laptop of the request and writes its welcome bundle into dir; false (error shown) if it fails.
    // replaces: the device a laptop restored from a backup replaces (EnrolmentCandidate::restoredFrom), or empty.
    bool admit(const QString& requestPath, const QString& dir, const QString& replaces = {});
    // Removes the device shown at row, after the caller confirmed.
    bool removeDevice(int row);
    // Coordinator: writes into dir the travel release file of the laptop shown at row; false (error shown) if it
    // fails.
    bool writeTravelRelease(int row, const QString& dir);
    // Coordinator: purges for the team what is held here from the laptop of the held purge shown at row (every
    // record held from it), after the caller confirmed.
    bool confirmHeldPurges(int row);
    // Coordinator: confirms the consent withdrawal shown at row (docs/threat-model.md, "Consent withdrawal") by
    // signing its own erasure of the person; false (error shown) if it fails.
    bool confirmErasure(int row);

    // Joining: writes this laptop's enrolment request; false (error shown) if it fails.
    bool writeRequest(const QString& path);
    // Joining: imports the welcome bundle from dir on a worker thread; the whole safety number is then shown, and
    // nothing is joined until the worker says it matches the coordinator's (confirmJoin), or discards it.
    void importWelcome(const QString& dir);
    // Joining: the numbers match — joins through the waiting welcome on a worker thread; joined() follows.
    void confirmJoin();
    // Joining: the numbers differ — forgets the welcome shown, and shows the next one waiting, if any.
    void discardJoin();
    bool isImporting() const { return m_importing; }

signals:
    // This laptop joined its team; safetyNumber must match the coordinator's screen.
    void joined(const QString& safetyNumber);

private:
    void admitAsked();
    void removeAsked();
    void confirmHeldAsked();
    void reloadHeldPurges();
    void reloadErasures();
    void confirmErasureAsked();
    void finishImport();
    QWidget* buildJoinPanel();

    SyncService& m_sync;
    QStackedWidget* m_views;
    QWidget* m_teamView;
    QWidget* m_joinView;
    QLabel* m_joinStatus;
    QLabel* m_joinHalf;
    QLabel* m_joinedNumber;
    QWidget* m_pendingPanel;  // the safety number of a waiting welcome, and the two answers
    QLabel* m_pendingNumber;
    QThreadPool m_pool;  // its own threads, joined when the page goes
    QFutureWatcher<Result<SyncReport>> m_import;
    bool m_importing = false;
    QTreeWidget* m_devices;
    QLabel* m_ownHalf;
    QLabel* m_message;
    QPushButton* m_admit;
    QPushButton* m_remove;
    QPushButton* m_release;
    QWidget* m_heldPanel;  // purges of other laptops held here; hidden when there are none
    QTreeWidget* m_held;
    QPushButton* m_confirmHeld;
    std::vector<HeldPurge> m_heldShown;
    QWidget* m_erasurePanel;  // consent withdrawals and which laptops applied them; hidden when there are none
    QTreeWidget* m_erasures;
    QPushButton* m_confirmErasure;
    std::vector<Erasure> m_erasuresShown;
    std::vector<TeamDevice> m_shown;
    bool m_coordinator = false;
};

}  // namespace fieldcase::ui
