#pragma once

#include "core/api/VaultService.h"

#include <QFutureWatcher>
#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;

namespace fieldcase::ui {

// Settings, "Backups" (docs/backup.md): a backup written now into a chosen folder or stick, and the schedule by which
// this laptop writes one by itself while it is unlocked (the workspace runs it).
class BackupSection : public QGroupBox {
    Q_OBJECT

public:
    // The vault service must outlive the section.
    explicit BackupSection(VaultService& vault, QWidget* parent = nullptr);
    // Waits for a backup being written or the folder being read.
    ~BackupSection() override;

    // Reads the schedule and when the newest backup in its folder was written, on a worker thread: the folder may be
    // a slow stick, and the vault waits while a scheduled backup is being written.
    void reload();
    // Writes a backup into dir on a worker thread.
    void backUpTo(const QString& dir);

private:
    struct Reading {
        Result<BackupSchedule> schedule;
        Result<qint64> newestMs;  // 0: no backup of this vault there
    };

    void showReading(const Reading& reading);
    void chooseAndBackUp();
    void chooseScheduleFolder();
    void saveSchedule();
    void finishBackup();

    VaultService& m_vault;
    QPushButton* m_backUpNow;
    QLabel* m_result;
    QLabel* m_scheduleFolder;
    QPushButton* m_chooseFolder;
    QComboBox* m_every;
    QLabel* m_lastBackup;
    QString m_folder;
    QFutureWatcher<Result<QString>> m_writing;
    QFutureWatcher<Reading> m_reading;
    bool m_readAgain = false;  // the schedule changed while it was being read
};

}  // namespace fieldcase::ui
