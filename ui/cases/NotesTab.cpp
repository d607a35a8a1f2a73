#include "ui/cases/NotesTab.h"

#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

NotesTab::NotesTab(RecordService& records, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_caseId(caseId),
      m_notes(new QListWidget),
      m_text(makeTextArea("noteTextEdit", tr("New note"), 4)),
      m_error(makeErrorLabel()) {
    m_notes->setObjectName(QStringLiteral("noteList"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("noteErrorLabel"));
    auto* addButton = new QPushButton(tr("Add &note"));
    addButton->setObjectName(QStringLiteral("addNoteButton"));
    connect(addButton, &QPushButton::clicked, this, &NotesTab::addNote);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_text);
    layout->addLayout(makeActionRow(m_error, addButton));
}

void NotesTab::showNotes(const QList<RecordData>& notes) {
    m_notes->clear();
    for (const RecordData& note : notes) {
        m_notes->addItem(
            tr("%1: %2").arg(formatTimestamp(note.createdAt), note.fields.value(QStringLiteral("text")).toString()));
    }
}

void NotesTab::addNote() {
    if (m_text->toPlainText().trimmed().isEmpty()) {
        showError(m_error, tr("Write the note first."));
        m_text->setFocus();
        return;
    }
    const QVariantMap fields{{QStringLiteral("case_id"), m_caseId}, {QStringLiteral("text"), m_text->toPlainText()}};
    const Result<QString> created = m_records.create(QStringLiteral("note"), fields);
    if (!created) {
        showError(m_error, created.error().message);
        return;
    }
    showError(m_error, QString());
    m_text->clear();
    emit changed();
}

}  // namespace fieldcase::ui
