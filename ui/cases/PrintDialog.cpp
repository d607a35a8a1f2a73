#include "ui/cases/PrintDialog.h"

#include "core/api/RecordService.h"
#include "ui/print/PdfWriter.h"
#include "ui/widgets/FileDialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

PrintDialog* PrintDialog::caseSummary(RecordService& records, const QString& caseId, QWidget* parent) {
    return new PrintDialog(records, caseId, false, parent);
}

PrintDialog* PrintDialog::referralLetter(RecordService& records, const QString& referralId, QWidget* parent) {
    return new PrintDialog(records, referralId, true, parent);
}

PrintDialog::PrintDialog(RecordService& records, QString id, bool letter, QWidget* parent)
    : QDialog(parent), m_records(records), m_id(std::move(id)), m_letter(letter), m_path(new QLineEdit) {
    setObjectName(QStringLiteral("printDialog"));
    setWindowTitle(letter ? tr("Referral letter as PDF") : tr("Case summary as PDF"));
    auto* layout = new QVBoxLayout(this);
    if (letter) {
        auto* about =
            new QLabel(tr("The letter names the organisation, the service and our reference. The "
                          "survivor's name, age, contacts and the reason for the referral go in only if "
                          "they agreed to share their details with this organisation (Consents tab)."));
        about->setWordWrap(true);
        layout->addWidget(about);
    } else {
        const QStringList labels{tr("The case"),  tr("People"),     tr("Encounters"), tr("Notes"),
                                 tr("Referrals"), tr("Follow-ups"), tr("Consents")};
        auto* parts = new QGridLayout;
        for (qsizetype i = 0; i < kCaseSummarySections.size(); ++i) {
            auto* box = new QCheckBox(labels.value(i));
            box->setObjectName(QStringLiteral("printPart_") + kCaseSummarySections[i]);
            // Notes are a worker's own thoughts: printed only when chosen.
            box->setChecked(kCaseSummarySections[i] != QLatin1String("notes"));
            parts->addWidget(box, static_cast<int>(i / 2), static_cast<int>(i % 2));
            m_parts.emplace_back(kCaseSummarySections[i], box);
        }
        layout->addWidget(new QLabel(tr("Print these parts:")));
        layout->addLayout(parts);
    }
    auto* warning =
        new QLabel(tr("The PDF is not encrypted. Save it only where it must go (the stick you hand "
                      "over, a printer's folder) and delete it when it has been printed or sent."));
    warning->setWordWrap(true);
    warning->setObjectName(QStringLiteral("printWarning"));
    layout->addWidget(warning);

    m_path->setObjectName(QStringLiteral("printPath"));
    m_path->setAccessibleName(tr("File"));
    m_path->setText(QDir::home().filePath(letter ? tr("referral-letter.pdf") : tr("case-summary.pdf")));
    auto* choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString chosen = chooseFileToSave(this, windowTitle(), m_path->text());
        if (!chosen.isEmpty()) m_path->setText(chosen);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrintDialog::reject);
    layout->addWidget(buttons);
}

QStringList PrintDialog::sections() const {
    QStringList chosen;
    for (const auto& [section, box] : m_parts) {
        if (box->isChecked()) chosen << section;
    }
    return chosen;
}

void PrintDialog::accept() {
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<PrintableDocument> document =
        m_letter ? m_records.referralLetter(m_id) : m_records.caseSummary(m_id, sections());
    const Result<void> written = document ? writePdf(*document, path) : Result<void>(document.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
        return;
    }
    QMessageBox::information(
        this, windowTitle(),
        tr("Saved to %1. The PDF is not encrypted: delete it when it has been printed or sent.").arg(path));
    QDialog::accept();
}

}  // namespace fieldcase::ui
