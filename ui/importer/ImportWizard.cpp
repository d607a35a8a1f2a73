#include "ui/importer/ImportWizard.h"

#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/PageLayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

namespace fieldcase::ui {

namespace {

constexpr int kExamples = 3;            // sample values shown beside a column
constexpr int kExampleCharacters = 30;  // of each, the rest cut
constexpr int kRowsShownAtMost = 1000;  // rejected rows and duplicates listed; the count says how many more
const QString kUnmapped = QStringLiteral("\x01unmapped");  // a value left unknown: its rows are rejected

// What made two people alike, as a person reads it.
QString reasonsText(const QStringList& reasons) {
    QStringList words;
    for (const QString& reason : reasons) {
        if (reason == QLatin1String("name")) {
            words << ImportWizard::tr("name");
        } else if (reason == QLatin1String("birth_date")) {
            words << ImportWizard::tr("date of birth");
        } else if (reason == QLatin1String("age")) {
            words << ImportWizard::tr("age");
        } else if (reason == QLatin1String("phone")) {
            words << ImportWizard::tr("phone number");
        }
    }
    return words.join(QStringLiteral(", "));
}

}  // namespace

// A page that is complete when its check is done, with a busy line and an error line under its content.
class ImportWizard::StepPage : public QWizardPage {
public:
    StepPage(const QString& title, const QString& subTitle) {
        setTitle(title);
        setSubTitle(subTitle);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(m_content);
        layout->addWidget(m_busy);
        layout->addWidget(m_error);
    }

    QVBoxLayout* content() const { return m_content; }
    bool isComplete() const override { return m_ready && QWizardPage::isComplete(); }
    void setBusy(const QString& what) {
        m_ready = what.isEmpty();
        if (m_ready) {
            m_busy->stop();
        } else {
            m_busy->start(what);
        }
        emit completeChanged();
    }
    void setReady(bool ready) {
        m_ready = ready;
        emit completeChanged();
    }
    void setError(const QString& message) { showError(m_error, message); }

private:
    QVBoxLayout* m_content = new QVBoxLayout;
    BusyIndicator* m_busy = new BusyIndicator;
    QLabel* m_error = makeErrorLabel();
    bool m_ready = false;
};

ImportWizard::ImportWizard(RecordService& records, QWidget* parent)
    : QWizard(parent),
      m_records(records),
      m_targets(records.importTargets()),
      m_running(new QFutureWatcher<Result<ImportReport>>(this)) {
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
    setPage(FilePage, makeFilePage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(ValuesPage, makeValuesPage());
    setPage(CheckPage, makeCheckPage());
    connect(m_running, &QFutureWatcherBase::finished, this, &ImportWizard::checked);
    resize(900, 640);
}

ImportWizard::~ImportWizard() {
    // QDialog's destructor hides the window, which moves the focus out of the file field: its editingFinished must
    // not reach this wizard, gone by then (UBSan caught the call).
    m_file->disconnect(this);
    // The check holds the records service; an import under way finishes (it is all or nothing) before the wizard goes.
    m_running->waitForFinished();
}

bool ImportWizard::isBusy() const {
    return m_checking != nullptr;
}

QWizardPage* ImportWizard::makeFilePage() {
    m_filePage = new StepPage(tr("The file"),
                              tr("A CSV or XLSX file. Nothing is written until the last step; the file itself is "
                                 "only read. Delete the spreadsheet once its records are in the vault: it is not "
                                 "encrypted."));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("Spreadsheet file"));
    auto* choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToOpen(this, tr("Spreadsheet to import"));
        if (!path.isEmpty()) setFile(path);
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        const QString path = m_file->text().trimmed();
        if (!path.isEmpty() && path != m_checkedPath) check({}, &ImportWizard::showFile);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    m_sheet = new QComboBox;
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showingFile) return;
        ImportMapping mapping;
        mapping.sheet = m_sheet->currentText();
        check(mapping, &ImportWizard::showFile);
    });
    m_headerRow = new QSpinBox;
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setRange(1, 1048576);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] {
        if (m_showingFile) return;
        ImportMapping mapping;
        mapping.sheet = m_sheet->currentText();
        mapping.headerRow = m_headerRow->value();
        check(mapping, &ImportWizard::showFile);
    });
    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("&File:"), m_file), fileRow);
    form->addRow(labelFor(tr("&Sheet:"), m_sheet), m_sheet);
    form->addRow(labelFor(tr("&Column names in row:"), m_headerRow), m_headerRow);
    m_filePage->content()->addLayout(form);
    m_preview = makeTable("importPreview", tr("The first rows"), {});
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filePage->content()->addWidget(m_preview, 1);
    return m_filePage;
}

QWizardPage* ImportWizard::makeColumnsPage() {
    m_columnsPage =
        new StepPage(tr("Columns"), tr("What each column becomes. Fieldcase suggests from the column names, and from "
                                       "what this vault's last import chose; a column left out is not imported. With "
                                       "a case number, rows with the same number become one case."));
    m_columns = makeTable("importColumns", tr("Columns"), {tr("Column"), tr("Examples"), tr("Becomes")});
    m_columns->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_columns->header()->resizeSection(1, 320);
    m_columnsPage->content()->addWidget(m_columns, 1);
    return m_columnsPage;
}

QWizardPage* ImportWizard::makeValuesPage() {
    m_valuesPage =
        new StepPage(tr("Values"), tr("Texts of the file that Fieldcase does not know. Say what each stands for, or "
                                      "leave it out; a row with a text left unknown is not imported."));
    m_valuesIntro = makeParagraph(QString());
    m_valuesPage->content()->addWidget(m_valuesIntro);
    m_unknown = makeTable("importValues", tr("Unknown values"), {tr("Becomes"), tr("Text"), tr("Rows"), tr("Means")});
    for (int column = 0; column < 3; ++column)
        m_unknown->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_valuesPage->content()->addWidget(m_unknown, 1);
    return m_valuesPage;
}

QWizardPage* ImportWizard::makeCheckPage() {
    m_checkPage =
        new StepPage(tr("Check"), tr("What the import will write, in one step: all of it or, if anything fails, "
                                     "nothing."));
    m_summary = makeParagraph(QString());
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_checkPage->content()->addWidget(m_summary);
    m_again = new QCheckBox(tr("Import it again all the same (its cases twice)"));
    m_again->setObjectName(QStringLiteral("importAgain"));
    m_again->hide();
    connect(m_again, &QCheckBox::toggled, this, [this] { m_checkPage->setReady(canImport()); });
    m_checkPage->content()->addWidget(m_again);
    m_rejected = makeTable("importRejected", tr("Rows not imported"), {tr("Row"), tr("Why")});
    m_rejectedCaption = new QLabel(tr("Rows not imported"));
    m_checkPage->content()->addWidget(m_rejectedCaption);
    m_checkPage->content()->addWidget(m_rejected, 2);
    m_duplicates = makeTable("importDuplicates", tr("People already in the vault"),
                             {tr("Row"), tr("In the file"), tr("In the vault"), tr("Alike in"), tr("Done")});
    m_duplicatesCaption = new QLabel(tr("People already in the vault"));
    m_checkPage->content()->addWidget(m_duplicatesCaption);
    m_checkPage->content()->addWidget(m_duplicates, 1);
    for (QTreeWidget* table : {m_rejected, m_duplicates})
        table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return m_checkPage;
}

void ImportWizard::setFile(const QString& path) {
    m_file->setText(path);
    check({}, &ImportWizard::showFile);
}

QString ImportWizard::targetLabel(const QString& name) const {
    for (const ImportTarget& target : m_targets) {
        if (target.name == name) return target.label;
    }
    return name;
}

ImportMapping ImportWizard::mapping() const {
    ImportMapping mapping;
    if (m_report) {
        mapping.sheet = m_report->sheet;
        mapping.headerRow = m_report->headerRow;
    }
    for (int row = 0; row < m_columns->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_columns->topLevelItem(row);
        const auto* target = qobject_cast<QComboBox*>(m_columns->itemWidget(item, 2));
        mapping.columns.insert(item->text(0), target->currentData().toString());
    }
    mapping.values = m_values.values;
    return mapping;
}

void ImportWizard::check(ImportMapping mapping, void (ImportWizard::*then)()) {
    if (isBusy()) {
        // Asked again before the answer came (the file typed anew, then Next): the newest question wins.
        m_pending.emplace(std::move(mapping), then);
        return;
    }
    // Before the wizard is shown it has no current page: the file is being set on the first.
    m_checking = currentPage() != nullptr ? static_cast<StepPage*>(currentPage()) : m_filePage;
    StepPage* page = m_checking;
    page->setError(QString());
    page->setBusy(m_importing ? tr("Importing…") : tr("Reading and checking every row…"));
    button(QWizard::CancelButton)->setEnabled(!m_importing);
    m_again->setEnabled(false);
    m_then = then;
    ImportRequest request;
    request.path = m_file->text().trimmed();
    m_checkedPath = request.path;
    request.mapping = std::move(mapping);
    request.dryRun = !m_importing;
    request.again = m_again->isChecked();
    m_running->setFuture(
        QtConcurrent::run([&records = m_records, request] { return records.importSpreadsheet(request); }));
}

void ImportWizard::checked() {
    StepPage* page = std::exchange(m_checking, nullptr);
    page->setBusy(QString());
    if (m_pending) {
        auto [mapping, then] = std::move(*m_pending);
        m_pending.reset();
        check(std::move(mapping), then);
        return;
    }
    button(QWizard::CancelButton)->setEnabled(true);
    m_again->setEnabled(true);
    const Result<ImportReport> result = m_running->result();
    if (!result) {
        m_importing = false;
        page->setError(result.error().message);
        page->setReady(false);
        return;
    }
    m_report = *result;
    (this->*m_then)();
}

void ImportWizard::showFile() {
    m_showingFile = true;
    m_sheet->clear();
    m_sheet->addItems(m_report->sheets);
    m_sheet->setCurrentText(m_report->sheet);
    m_headerRow->setValue(m_report->headerRow);
    m_showingFile = false;

    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(m_report->headers.size()));
    m_preview->setHeaderLabels(m_report->headers);
    for (const QStringList& row : m_report->sample)
        m_preview->addTopLevelItem(new QTreeWidgetItem(row));
    m_filePage->setReady(!m_report->headers.isEmpty());
}

void ImportWizard::initializePage(int id) {
    QWizard::initializePage(id);
    switch (id) {
        case ColumnsPage: {
            m_columns->clear();
            for (int column = 0; column < m_report->headers.size(); ++column) {
                const QString& header = m_report->headers[column];
                QStringList examples;
                for (const QStringList& row : m_report->sample) {
                    QString value = column < row.size() ? row[column].simplified() : QString();
                    if (value.size() > kExampleCharacters) value = value.left(kExampleCharacters) + QChar(0x2026);
                    if (!value.isEmpty() && !examples.contains(value) && examples.size() < kExamples) examples << value;
                }
                auto* item = new QTreeWidgetItem(m_columns, {header, examples.join(QStringLiteral("; "))});
                auto* target = new QComboBox;
                target->setObjectName(QStringLiteral("importTarget"));
                target->setAccessibleName(tr("What the column %1 becomes").arg(header));
                target->addItem(tr("(left out)"), QString());
                for (const ImportTarget& choice : m_targets)
                    target->addItem(choice.label, choice.name);
                target->setCurrentIndex(std::max(0, target->findData(m_report->mapping.columns.value(header))));
                connect(target, &QComboBox::currentIndexChanged, m_columnsPage,
                        [this] { m_columnsPage->setReady(!mapping().columns.values().join(QString()).isEmpty()); });
                m_columns->setItemWidget(item, 2, target);
            }
            m_columnsPage->setReady(!mapping().columns.values().join(QString()).isEmpty());
            break;
        }
        case ValuesPage:
            m_unknown->clear();
            check(mapping(), &ImportWizard::showValues);
            break;
        case CheckPage:
            m_summary->clear();
            m_rejected->clear();
            m_duplicates->clear();
            check(mapping(), &ImportWizard::showCheck);
            break;
        default:
            break;
    }
}

void ImportWizard::showValues() {
    m_unknown->clear();
    for (const ImportUnknownValue& value : m_report->unknownValues) {
        auto* item =
            new QTreeWidgetItem(m_unknown, {targetLabel(value.target), value.text, QString::number(value.rows)});
        item->setData(0, Qt::UserRole, value.target);
        auto* meaning = new QComboBox;
        meaning->setObjectName(QStringLiteral("importMeaning"));
        meaning->setAccessibleName(tr("What '%1' stands for").arg(value.text));
        meaning->addItem(tr("(unknown: the rows are not imported)"), kUnmapped);
        meaning->addItem(tr("(leave the value out)"), QString());
        for (const ImportTarget& target : m_targets) {
            if (target.name != value.target || target.vocabulary.isEmpty()) continue;
            for (const VocabularyItem& entry : m_records.vocabulary(target.vocabulary))
                meaning->addItem(entry.label, entry.key);
        }
        connect(meaning, &QComboBox::currentIndexChanged, this,
                [this, meaning, target = value.target, text = value.text] {
                    const QString key = meaning->currentData().toString();
                    if (key == kUnmapped) {
                        m_values.values[target].remove(text);
                    } else {
                        m_values.values[target].insert(text, key);
                    }
                });
        m_unknown->setItemWidget(item, 3, meaning);
    }
    m_valuesIntro->setText(m_report->unknownValues.isEmpty() ? tr("Every text of the mapped columns is known.")
                                                             : tr("%n texts are not known.", nullptr,
                                                                  static_cast<int>(m_report->unknownValues.size())));
}

void ImportWizard::showCheck() {
    auto count = [&](const char* kind) { return m_report->created.value(QLatin1String(kind)); };
    QString summary = tr("Rows with values: %1. To be made: %2 cases, %3 new people, %4 links of people to cases, %5 "
                         "notes.")
                          .arg(m_report->rows)
                          .arg(count("case"))
                          .arg(count("person"))
                          .arg(count("case_person"))
                          .arg(count("note"));
    if (!m_report->rejected.isEmpty()) {
        summary += QLatin1Char(' ') + tr("%n rows will not be imported; each says why below.", nullptr,
                                         static_cast<int>(m_report->rejected.size()));
    }
    m_summary->setText(summary);
    m_rejected->clear();
    for (const ImportRejection& rejection : m_report->rejected.mid(0, kRowsShownAtMost))
        new QTreeWidgetItem(m_rejected, {QString::number(rejection.row), rejection.reason});
    m_duplicates->clear();
    for (const ImportDuplicate& duplicate : m_report->duplicates.mid(0, kRowsShownAtMost)) {
        new QTreeWidgetItem(
            m_duplicates,
            {QString::number(duplicate.row), duplicate.name, duplicate.existingName, reasonsText(duplicate.reasons),
             duplicate.action == QLatin1String("linked") ? tr("the same person: linked to the case")
                                                         : tr("perhaps the same: made anew, merge after a look")});
    }
    m_rejected->setVisible(!m_report->rejected.isEmpty());
    m_rejectedCaption->setVisible(!m_report->rejected.isEmpty());
    m_duplicates->setVisible(!m_report->duplicates.isEmpty());
    m_duplicatesCaption->setVisible(!m_report->duplicates.isEmpty());
    if (!m_report->importedBefore.isEmpty()) {
        const QDateTime when = QDateTime::fromString(m_report->importedBefore, Qt::ISODate).toLocalTime();
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("This sheet was imported into the vault on %1: its cases are there already.")
                               .arg(QLocale().toString(when, QLocale::ShortFormat)));
    }
    m_again->setVisible(!m_report->importedBefore.isEmpty());
    m_again->setChecked(false);
    m_checkPage->setReady(canImport());
}

bool ImportWizard::canImport() const {
    return m_report && m_report->created.value(QStringLiteral("case")) > 0 &&
           (m_report->importedBefore.isEmpty() || m_again->isChecked());
}

bool ImportWizard::validateCurrentPage() {
    if (currentId() != CheckPage) return QWizard::validateCurrentPage();
    if (m_imported) return true;
    m_importing = true;
    check(mapping(), &ImportWizard::importDone);
    return false;
}

void ImportWizard::importDone() {
    m_importing = false;
    m_imported = m_report;
    accept();
}

}  // namespace fieldcase::ui
