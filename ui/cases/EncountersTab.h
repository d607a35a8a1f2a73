#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace fieldcase::ui {

// The encounters of a case: the timeline, oldest first, and a quick form under it to add one.
class EncountersTab : public QWidget {
    Q_OBJECT

public:
    // records must outlive the tab.
    EncountersTab(RecordService& records, const QString& caseId, QWidget* parent = nullptr);

    // Shows the case's encounters; the form keeps what is being typed.
    void showEncounters(const QList<RecordData>& encounters);

signals:
    // An encounter was added; the case is to be loaded again.
    void changed();

private:
    void addEncounter();

    RecordService& m_records;
    const QString m_caseId;
    QList<VocabularyItem> m_channels;
    QTreeWidget* m_timeline;
    QDateTimeEdit* m_at;
    QLineEdit* m_place;
    QComboBox* m_channel;
    QPlainTextEdit* m_text;
    QLabel* m_error;
};

}  // namespace fieldcase::ui
