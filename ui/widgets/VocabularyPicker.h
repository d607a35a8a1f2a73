#pragma once

#include "core/api/RecordService.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace fieldcase::ui {

// Several entries of an HTCDS vocabulary picked from a checklist, with a search box that narrows the list as one
// types (labels and definitions, in the interface language); each entry's definition is its tooltip. A key this
// version does not know (from a newer laptop) is kept and shown as it is, never dropped on save.
class VocabularyPicker : public QWidget {
    Q_OBJECT

public:
    VocabularyPicker(const QList<VocabularyItem>& items, const QString& accessibleName, QWidget* parent = nullptr);

    void setSelected(const QStringList& keys);
    // The chosen keys, in the vocabulary's order, unknown kept keys last.
    QStringList selected() const;
    QListWidget* list() const { return m_list; }
    QLineEdit* searchBox() const { return m_search; }

signals:
    void changed();

private:
    void filter(const QString& text);

    QLineEdit* m_search;
    QListWidget* m_list;
};

}  // namespace fieldcase::ui
