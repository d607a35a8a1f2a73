#include "ui/organisations/OrganisationsView.h"

#include "ui/organisations/OrganisationDirectory.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fieldcase::ui {

namespace {

const QString kKind = QStringLiteral("organisation");

enum Column { NameColumn, TypeColumn, CityColumn };

bool isListType(const FieldInfo& field) {
    return field.type == QLatin1String("lines") || field.type == QLatin1String("choice_set");
}

// The widget that edits a field of this type. Anything without a widget of its own is typed as text: the core
// checks every value on save and says what is wrong.
QWidget* makeFieldWidget(const FieldInfo& field) {
    QWidget* widget = nullptr;
    if (field.type == QLatin1String("choice")) {
        widget = new QComboBox;
    } else if (field.type == QLatin1String("choice_set")) {
        auto* list = new QListWidget;
        list->setMaximumHeight(list->fontMetrics().lineSpacing() * 7);
        widget = list;
    } else if (field.type == QLatin1String("long_text") || field.type == QLatin1String("lines")) {
        auto* edit = new QPlainTextEdit;
        // Tab moves on, so the form works from the keyboard alone.
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
        if (field.type == QLatin1String("lines")) edit->setToolTip(OrganisationsView::tr("One per line."));
        widget = edit;
    } else {
        widget = new QLineEdit;
    }
    widget->setObjectName(QStringLiteral("organisationField_") + field.name);
    widget->setAccessibleName(field.label);
    return widget;
}

// Shows a stored value. A vocabulary key this version does not know (from a newer laptop) is offered as it is,
// so saving the form does not drop it.
void showValue(const FieldInfo& field, const QList<VocabularyItem>& vocabulary, QWidget* widget,
               const QVariant& value) {
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        const QString key = value.toString();
        fillVocabularyCombo(combo, vocabulary, field.required ? QString() : OrganisationsView::tr("Not set"));
        if (!key.isEmpty() && combo->findData(key) < 0) combo->addItem(key, key);
        selectKey(combo, key);
    } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
        const QStringList keys = linesOf(value);
        list->clear();
        QList<VocabularyItem> items = vocabulary;
        for (const QString& key : keys) {
            const bool known = std::any_of(vocabulary.begin(), vocabulary.end(),
                                           [&key](const VocabularyItem& item) { return item.key == key; });
            if (!known) items << VocabularyItem{key, key, QString()};
        }
        for (const VocabularyItem& item : items) {
            auto* entry = new QListWidgetItem(item.label, list);
            entry->setData(Qt::UserRole, item.key);
            entry->setToolTip(item.description);
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            entry->setCheckState(keys.contains(item.key) ? Qt::Checked : Qt::Unchecked);
        }
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        text->setPlainText(isListType(field) ? linesOf(value).join(QLatin1Char('\n')) : value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        // A list typed as text (country codes...) shows as one line.
        line->setText(linesOf(value).join(QStringLiteral(", ")));
        line->setCursorPosition(0);
    }
}

QVariant valueOf(const QWidget* widget) {
    if (const auto* combo = qobject_cast<const QComboBox*>(widget)) return combo->currentData().toString();
    if (const auto* list = qobject_cast<const QListWidget*>(widget)) {
        QStringList keys;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) keys << list->item(i)->data(Qt::UserRole).toString();
        }
        return keys;
    }
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget)) return text->toPlainText();
    if (const auto* line = qobject_cast<const QLineEdit*>(widget)) return line->text();
    return {};
}

// A value in the form the core would store it, near enough to tell whether a person changed it.
QString comparable(const FieldInfo& field, const QVariant& value) {
    if (!isListType(field)) return value.toString().trimmed();
    QStringList items;
    for (const QString& item : linesOf(value)) {
        if (!item.trimmed().isEmpty()) items << item.trimmed();
    }
    if (field.type == QLatin1String("choice_set")) items.sort();
    return items.join(QLatin1Char('\n'));
}

QString nameOf(const RecordData& organisation) {
    return organisation.fields.value(QStringLiteral("name")).toString();
}

}  // namespace

OrganisationsView::OrganisationsView(RecordService& records, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_types(records.vocabulary(QStringLiteral("organisation_type"))),
      m_filter(new QLineEdit),
      m_showArchived(new QCheckBox(tr("Show ar&chived"))),
      m_listError(makeErrorLabel()),
      m_listBody(new QStackedWidget),
      m_list(new QTreeWidget),
      m_empty(new QLabel),
      m_editor(new QWidget),
      m_editorHeading(makeHeading(QString())),
      m_error(makeErrorLabel()),
      m_archiveButton(new QPushButton) {
    setObjectName(QStringLiteral("organisationsView"));

    // The directory: a filter, the list, and a way to add one.
    m_filter->setObjectName(QStringLiteral("organisationFilterEdit"));
    m_filter->setAccessibleName(tr("Find an organisation"));
    m_filter->setPlaceholderText(tr("Name, type or city"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &OrganisationsView::showList);
    auto* filterLabel = new QLabel(tr("&Find:"));
    filterLabel->setBuddy(m_filter);
    auto* newButton = new QPushButton(tr("&New organisation"));
    newButton->setObjectName(QStringLiteral("newOrganisationButton"));
    connect(newButton, &QPushButton::clicked, this, &OrganisationsView::newOrganisation);
    m_showArchived->setObjectName(QStringLiteral("organisationArchivedFilter"));
    connect(m_showArchived, &QCheckBox::toggled, this, &OrganisationsView::showList);
    m_listError->setObjectName(QStringLiteral("organisationListErrorLabel"));
    m_list->setObjectName(QStringLiteral("organisationList"));
    m_list->setAccessibleName(tr("Organisations"));
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("City")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CityColumn, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OrganisationsView::select);
    m_empty->setObjectName(QStringLiteral("organisationsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listBody->addWidget(m_list);
    m_listBody->addWidget(m_empty);

    auto* findRow = new QHBoxLayout;
    findRow->addWidget(filterLabel);
    findRow->addWidget(m_filter, 1);
    auto* listPane = new QWidget;
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(newButton, 0, Qt::AlignLeft);
    listLayout->addLayout(findRow);
    listLayout->addWidget(m_showArchived);
    listLayout->addWidget(m_listError);
    listLayout->addWidget(m_listBody, 1);

    // The editor: a row for every field the core describes, in its order.
    m_editorHeading->setObjectName(QStringLiteral("organisationHeading"));
    m_editorHeading->setTextFormat(Qt::PlainText);
    m_archiveButton->setObjectName(QStringLiteral("organisationArchiveButton"));
    connect(m_archiveButton, &QPushButton::clicked, this, &OrganisationsView::toggleArchived);
    auto* header = new QHBoxLayout;
    header->addWidget(m_editorHeading, 1);
    header->addWidget(m_archiveButton);
    auto* form = new QFormLayout;
    for (const FieldInfo& field : records.fields(kKind)) {
        // Archiving has its own button; generated fields are Fieldcase's to set.
        if (field.generated || field.name == QLatin1String("archived")) continue;
        FieldEditor editor{field, records.vocabulary(field.vocabulary), makeFieldWidget(field)};
        form->addRow(tr("%1:").arg(field.label), editor.widget);
        m_editors.push_back(std::move(editor));
    }
    m_error->setObjectName(QStringLiteral("organisationErrorLabel"));
    auto* saveButton = new QPushButton(tr("&Save organisation"));
    saveButton->setObjectName(QStringLiteral("organisationSaveButton"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    connect(saveButton, &QPushButton::clicked, this, &OrganisationsView::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_editor->isEnabled()) save();
    });
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addLayout(header);
    editorLayout->addLayout(form);
    editorLayout->addLayout(makeActionRow(m_error, saveButton));
    editorLayout->addStretch();
    // Enter on an organisation goes to its first field.
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_editor->isEnabled() && !m_editors.empty()) m_editors.front().widget->setFocus();
    });

    auto* splitter = new QSplitter;
    splitter->addWidget(listPane);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(newButton, m_filter);
    setTabOrder(m_filter, m_showArchived);
    setTabOrder(m_showArchived, m_list);
    QWidget* previous = m_list;
    for (const FieldEditor& editor : m_editors) {
        setTabOrder(previous, editor.widget);
        previous = editor.widget;
    }
    setTabOrder(previous, saveButton);
    setTabOrder(saveButton, m_archiveButton);
    setFocusProxy(m_filter);

    fillForm(RecordData());
    m_editorHeading->setText(tr("Choose an organisation, or add a new one."));
    m_editor->setEnabled(false);
    reload();
}

void OrganisationsView::reload() {
    Result<QList<RecordData>> all = organisationsByName(m_records);
    if (!all) {
        showError(m_listError, all.error().message);
        return;
    }
    showError(m_listError, QString());
    m_organisations = std::move(all.value());
    showList();
}

void OrganisationsView::showList() {
    const QString needle = m_filter->text().simplified();
    const bool withArchived = m_showArchived->isChecked();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int unarchived = 0;
    for (const RecordData& organisation : m_organisations) {
        if (!organisation.archived) ++unarchived;
        if (organisation.archived && !withArchived) continue;
        const QString name = nameOf(organisation);
        const QString type = vocabularyLabel(m_types, organisation.fields.value(QStringLiteral("org_type")).toString());
        const QString city = organisation.fields.value(QStringLiteral("city")).toString();
        const bool matches = needle.isEmpty() || name.contains(needle, Qt::CaseInsensitive) ||
                             type.contains(needle, Qt::CaseInsensitive) || city.contains(needle, Qt::CaseInsensitive);
        if (!matches) continue;
        auto* item =
            new QTreeWidgetItem(m_list, {organisation.archived ? tr("%1 (archived)").arg(name) : name, type, city});
        item->setData(NameColumn, Qt::UserRole, organisation.id);
        if (organisation.id == m_current.id) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
        }
    }
    if (m_list->topLevelItemCount() > 0) {
        m_listBody->setCurrentWidget(m_list);
        return;
    }
    if (!needle.isEmpty()) {
        m_empty->setText(
            tr("No organisation matches \"%1\". Check the spelling, or add it with New organisation.").arg(needle));
    } else if (unarchived == 0 && !m_organisations.isEmpty()) {
        m_empty->setText(tr("Every organisation is archived. Tick \"Show archived\" to see them."));
    } else {
        m_empty->setText(
            tr("No organisations yet. Press New organisation to add the partners people are referred "
               "to: shelters, lawyers, clinics."));
    }
    m_listBody->setCurrentWidget(m_empty);
}

void OrganisationsView::select(QTreeWidgetItem* item, QTreeWidgetItem* previous) {
    if (item == nullptr) return;
    const QString id = item->data(NameColumn, Qt::UserRole).toString();
    if (id == m_current.id) return;
    if (!confirmLeave()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(previous);
        return;
    }
    edit(id);
}

void OrganisationsView::edit(const QString& id) {
    Result<RecordData> organisation = m_records.get(kKind, id);
    if (!organisation) {
        showError(m_listError, organisation.error().message);
        return;
    }
    fillForm(organisation.value());
    m_editor->setEnabled(true);
}

void OrganisationsView::fillForm(const RecordData& organisation) {
    m_current = organisation;
    for (const FieldEditor& editor : m_editors)
        showValue(editor.field, editor.vocabulary, editor.widget, organisation.fields.value(editor.field.name));
    showHeading();
    showError(m_error, QString());
}

void OrganisationsView::showHeading() {
    const QString name = nameOf(m_current);
    if (m_current.id.isEmpty()) {
        m_editorHeading->setText(tr("New organisation"));
    } else {
        m_editorHeading->setText(m_current.archived ? tr("%1 (archived)").arg(name) : name);
    }
    m_archiveButton->setVisible(!m_current.id.isEmpty());
    m_archiveButton->setText(m_current.archived ? tr("&Restore") : tr("&Archive…"));
}

void OrganisationsView::newOrganisation() {
    if (!confirmLeave()) return;
    // The record is created on save, so an abandoned form leaves nothing behind.
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
    }
    fillForm(RecordData());
    m_editor->setEnabled(true);
    if (!m_editors.empty()) m_editors.front().widget->setFocus();
}

QVariantMap OrganisationsView::formChanges() const {
    QVariantMap changes;
    for (const FieldEditor& editor : m_editors) {
        const QVariant now = valueOf(editor.widget);
        if (comparable(editor.field, now) != comparable(editor.field, m_current.fields.value(editor.field.name))) {
            changes.insert(editor.field.name, now);
        }
    }
    return changes;
}

bool OrganisationsView::confirmLeave() {
    if (!m_editor->isEnabled() || formChanges().isEmpty()) return true;
    const auto choice = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The organisation has changes that are not saved yet. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Cancel) return false;
    return choice == QMessageBox::Discard || save();
}

bool OrganisationsView::save() {
    const QVariantMap changes = formChanges();
    QString id = m_current.id;
    if (id.isEmpty()) {
        const Result<QString> created = m_records.create(kKind, changes);
        if (!created) {
            // The form keeps what was typed; the person corrects it and saves again.
            showError(m_error, created.error().message);
            return false;
        }
        id = created.value();
    } else if (!changes.isEmpty()) {
        const Result<void> saved = m_records.update(kKind, id, changes);
        if (!saved) {
            showError(m_error, saved.error().message);
            return false;
        }
    }
    edit(id);
    reload();
    return true;
}

void OrganisationsView::toggleArchived() {
    if (m_current.id.isEmpty()) return;
    if (!m_current.archived) {
        const auto answer = QMessageBox::question(
            this, tr("Archive organisation"),
            tr("Archive %1? It is hidden from the directory until it is restored; tick \"Show archived\" to find "
               "it.")
                .arg(nameOf(m_current)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) return;
    }
    const Result<void> done =
        m_current.archived ? m_records.restore(kKind, m_current.id) : m_records.archive(kKind, m_current.id);
    if (!done) {
        showError(m_error, done.error().message);
        return;
    }
    // The form stays as it is, with anything typed in it; only the archived mark changes.
    m_current.archived = !m_current.archived;
    showHeading();
    reload();
}

}  // namespace fieldcase::ui
