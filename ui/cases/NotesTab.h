#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace fieldcase::ui {

// The notes of a case, oldest first, and a box to add one. Notes are append-only: added, never edited.
class NotesTab : public QWidget {
    Q_OBJECT

public:
    // records must outlive the tab.
    NotesTab(RecordService& records, const QString& caseId, QWidget* parent = nullptr);

    // Shows the case's notes; the box keeps what is being typed.
    void showNotes(const QList<RecordData>& notes);

signals:
    // A note was added; the case is to be loaded again.
    void changed();

private:
    void addNote();

    RecordService& m_records;
    const QString m_caseId;
    QListWidget* m_notes;
    QPlainTextEdit* m_text;
    QLabel* m_error;
};

}  // namespace fieldcase::ui
