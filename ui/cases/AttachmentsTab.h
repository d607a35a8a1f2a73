#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
template <typename T>
class QFutureWatcher;

namespace fieldcase::ui {

class BusyIndicator;

// The files kept with a case (a photo of a document, a signed consent form), encrypted inside the vault. Images
// are shown in the app from memory, never through a file on disk; any file leaves the vault only when a person
// exports it, after being told the copy is not encrypted.
class AttachmentsTab : public QWidget {
    Q_OBJECT

public:
    // records must outlive the tab.
    AttachmentsTab(RecordService& records, const QString& caseId, QWidget* parent = nullptr);
    // Waits for a file still being added.
    ~AttachmentsTab() override;

    // Shows what is attached to the case (CaseDetails::attachments).
    void showAttachments(const QList<RecordData>& attachments);
    // Keeps a copy of the file in the vault, on a worker thread ("Add file…" after asking which file). The
    // description typed for it goes with it.
    void addFile(const QString& path);
    // Shows the attachment in a window of the app if it is an image; otherwise says it can only be exported.
    void view(const QString& id);
    // Writes a plain, unencrypted copy of the attachment to path ("Export…" after warning and asking where).
    bool exportTo(const QString& id, const QString& path);

signals:
    // A file was added; the case is to be loaded again.
    void changed();

private:
    void chooseFile();
    void finishAdding();
    void exportCurrent();
    void updateActions();
    QString currentId() const;
    const RecordData* find(const QString& id) const;

    RecordService& m_records;
    const QString m_caseId;
    QList<RecordData> m_attachments;  // not archived, oldest first
    QString m_chosenId;               // the attachment to choose when the list is filled again
    QString m_addingName;             // the file being added, for what the busy line and the notice say

    QFutureWatcher<Result<QString>>* m_adding;
    QLabel* m_error;
    QLabel* m_notice;
    QStackedWidget* m_body;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_viewButton;
    QPushButton* m_exportButton;
    QLineEdit* m_description;
    QPushButton* m_addButton;
    BusyIndicator* m_busy;
};

}  // namespace fieldcase::ui
