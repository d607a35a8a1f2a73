#include "ui/widgets/VocabularyPicker.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

constexpr int kVisibleRows = 6;
constexpr int kDescriptionRole = Qt::UserRole + 1;

QListWidgetItem* addEntry(QListWidget* list, const QString& key, const QString& label, const QString& description) {
    auto* entry = new QListWidgetItem(label, list);
    entry->setData(Qt::UserRole, key);
    entry->setData(kDescriptionRole, description);
    entry->setToolTip(description);
    entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    entry->setCheckState(Qt::Unchecked);
    return entry;
}

}  // namespace

VocabularyPicker::VocabularyPicker(const QList<VocabularyItem>& items, const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit), m_list(new QListWidget) {
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search in %1").arg(accessibleName));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(accessibleName);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * (kVisibleRows + 1));
    for (const VocabularyItem& item : items)
        addEntry(m_list, item.key, item.label, item.description);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &VocabularyPicker::filter);
    // Down from the search box goes into the list, where Space ticks.
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    connect(m_list, &QListWidget::itemChanged, this, &VocabularyPicker::changed);
}

void VocabularyPicker::setSelected(const QStringList& keys) {
    const QSignalBlocker blocker(m_list);
    // Keys kept from a newer version are shown as they are, so saving does not drop them.
    for (int row = m_list->count() - 1; row >= 0; --row) {
        if (m_list->item(row)->data(kDescriptionRole).isNull()) delete m_list->takeItem(row);
    }
    QStringList unknown = keys;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        item->setCheckState(keys.contains(key) ? Qt::Checked : Qt::Unchecked);
        unknown.removeAll(key);
    }
    for (const QString& key : unknown) {
        QListWidgetItem* kept = addEntry(m_list, key, key, QString());
        kept->setData(kDescriptionRole, QVariant());
        kept->setCheckState(Qt::Checked);
    }
    filter(m_search->text());
}

QStringList VocabularyPicker::selected() const {
    QStringList keys;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked) keys << item->data(Qt::UserRole).toString();
    }
    return keys;
}

void VocabularyPicker::filter(const QString& text) {
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const bool matches = wanted.isEmpty() || item->text().contains(wanted, Qt::CaseInsensitive) ||
                             item->data(kDescriptionRole).toString().contains(wanted, Qt::CaseInsensitive);
        // What is ticked stays in sight, so a search never hides a choice already made.
        item->setHidden(!matches && item->checkState() != Qt::Checked);
    }
}

}  // namespace fieldcase::ui
