#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;

namespace fieldcase {
class SyncService;
}

namespace fieldcase::ui {

// Settings, "Retention": the team's retention rules (docs/threat-model.md, "Retention rules"), which every laptop
// shows and only a coordinator's laptop changes, for the whole team at its next exchange.
class RetentionSection : public QGroupBox {
    Q_OBJECT

public:
    // The sync service must outlive the section.
    explicit RetentionSection(SyncService& sync, QWidget* parent = nullptr);

    // Reads the team's rules, and whether this laptop is a coordinator's, again.
    void reload();
    // Coordinator: signs the periods the form holds as the team's rules.
    void save();

signals:
    // New rules were signed here: what is due may have changed.
    void rulesChanged();

private:
    void updateSaveButton();

    SyncService& m_sync;
    QLabel* m_status;
    QSpinBox* m_closedCases;
    QSpinBox* m_attachments;
    QPushButton* m_save;
    QLabel* m_coordinatorsOnly;
    QLabel* m_result;
    int m_savedClosedCases = 0;
    int m_savedAttachments = 0;
};

}  // namespace fieldcase::ui
