#include "ui/cases/NewCaseDialog.h"

#include "core/api/RecordService.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

NewCaseDialog::NewCaseDialog(RecordService& records, QWidget* parent)
    : QDialog(parent),
      m_records(records),
      m_title(new QLineEdit),
      m_status(new QComboBox),
      m_risk(new QComboBox),
      m_summary(new QPlainTextEdit),
      m_error(makeErrorLabel()) {
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("New case"));

    m_title->setObjectName(QStringLiteral("newCaseTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Required, e.g. \"Woman stuck at a farm near Kazan\""));
    m_status->setObjectName(QStringLiteral("newCaseStatusCombo"));
    m_status->setAccessibleName(tr("Status"));
    // Required, so there is no "not set" entry; a new case is being worked on, almost always.
    fillVocabularyCombo(m_status, records.vocabulary(QStringLiteral("case_status")), QString());
    selectKey(m_status, QStringLiteral("Active"));
    m_risk->setObjectName(QStringLiteral("newCaseRiskCombo"));
    m_risk->setAccessibleName(tr("Risk"));
    fillVocabularyCombo(m_risk, records.vocabulary(QStringLiteral("risk_level")), tr("Not assessed"));
    m_summary->setObjectName(QStringLiteral("newCaseSummaryEdit"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("newCaseErrorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Risk:"), m_risk);
    form->addRow(tr("S&ummary:"), m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newCaseCreateButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void NewCaseDialog::accept() {
    if (m_title->text().trimmed().isEmpty()) {
        showError(m_error, tr("Give the case a title."));
        m_title->setFocus();
        return;
    }
    QVariantMap fields;
    fields.insert(QStringLiteral("title"), m_title->text());
    fields.insert(QStringLiteral("status"), m_status->currentData().toString());
    const QString risk = m_risk->currentData().toString();
    if (!risk.isEmpty()) fields.insert(QStringLiteral("risk"), risk);
    const QString summary = m_summary->toPlainText();
    if (!summary.trimmed().isEmpty()) fields.insert(QStringLiteral("summary"), summary);

    const Result<QString> created = m_records.create(QStringLiteral("case"), fields);
    if (!created) {
        // Everything typed stays in the form, so nothing is lost.
        showError(m_error, created.error().message);
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

}  // namespace fieldcase::ui
