#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fieldcase::ui {

// A plain list of the records of one kind, newest first, a page at a time.
class RecordListView : public QWidget {
    Q_OBJECT

public:
    struct Column {
        QString field;
        QString header;
        QString vocabulary;  // for choice fields: shown with the vocabulary's label
        bool isDate = false;
    };

    // records must outlive the view.
    RecordListView(RecordService& records, const QString& kind, const QList<Column>& columns, const QString& emptyText,
                   QWidget* parent = nullptr);

    void reload();

signals:
    // Enter or a double click on a record.
    void recordActivated(const RecordData& record);

private:
    void loadMore();

    RecordService& m_records;
    const QString m_kind;
    const QList<Column> m_columns;
    QHash<QString, QList<VocabularyItem>> m_vocabularies;
    QList<RecordData> m_rows;
    QTreeWidget* m_tree;
    QLabel* m_empty;
    QLabel* m_error;
    QPushButton* m_moreButton;
};

}  // namespace fieldcase::ui
