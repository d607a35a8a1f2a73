#pragma once

#include "core/api/RecordService.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace fieldcase::ui {

// The partner directory: organisations by name with a filter, and an editor for every field of one, built from
// the fields the core describes. Archiving asks first and can be undone.
class OrganisationsView : public QWidget {
    Q_OBJECT

public:
    // records must outlive the view.
    explicit OrganisationsView(RecordService& records, QWidget* parent = nullptr);

    // Loads the directory again; the editor keeps what is being typed.
    void reload();

private:
    // One field of the form and the widget that edits it.
    struct FieldEditor {
        FieldInfo field;
        QList<VocabularyItem> vocabulary;  // for choice and choice_set fields
        QWidget* widget = nullptr;
    };

    void showList();
    void select(QTreeWidgetItem* item, QTreeWidgetItem* previous);
    void edit(const QString& id);
    void newOrganisation();
    bool save();
    void toggleArchived();
    // Whether the editor may be left now: nothing unsaved, or the person saved or discarded it.
    bool confirmLeave();
    QVariantMap formChanges() const;
    void fillForm(const RecordData& organisation);
    void showHeading();

    RecordService& m_records;
    QList<VocabularyItem> m_types;
    std::vector<FieldEditor> m_editors;
    QList<RecordData> m_organisations;  // the whole directory, archived ones included, by name
    RecordData m_current;               // what the editor shows as stored; no id for a new one

    QLineEdit* m_filter;
    QCheckBox* m_showArchived;
    QLabel* m_listError;
    QStackedWidget* m_listBody;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QWidget* m_editor;
    QLabel* m_editorHeading;
    QLabel* m_error;
    QPushButton* m_archiveButton;
};

}  // namespace fieldcase::ui
