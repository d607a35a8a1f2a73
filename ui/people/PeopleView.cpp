#include "ui/people/PeopleView.h"

#include "ui/models/PeopleListModel.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"
#include "ui/widgets/VocabularyPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

// The earliest date the core accepts; the date edit shows it as "not known".
const QDate kNoDate(1900, 1, 1);
constexpr int kAgeNotKnown = -1;
constexpr int kOldestAge = 120;  // the schema's bound

QLineEdit* makeLine(const char* objectName, const QString& accessibleName) {
    auto* edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPlainTextEdit* makeLines(const char* objectName, const QString& accessibleName) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4);
    edit->setToolTip(PeopleView::tr("One per line."));
    return edit;
}

}  // namespace

PeopleView::PeopleView(RecordService& records, SyncService& sync, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_sync(sync),
      m_model(new PeopleListModel(records, this)),
      m_list(new QListView),
      m_editor(new QWidget),
      m_duplicateBanner(new QLabel),
      m_mergeButton(new QPushButton(tr("&Merge…"))),
      m_given(makeLine("personGivenEdit", tr("Given name"))),
      m_family(makeLine("personFamilyEdit", tr("Family name"))),
      m_patronymic(makeLine("personPatronymicEdit", tr("Patronymic"))),
      m_aliases(makeLines("personAliasesEdit", tr("Aliases and nicknames"))),
      m_otherScripts(makeLines("personOtherScriptsEdit", tr("Names in other scripts"))),
      m_gender(new QComboBox),
      m_birthDate(new QDateEdit),
      m_estimatedAge(new QSpinBox),
      m_citizenships(new VocabularyPicker(records.vocabulary(QStringLiteral("country")), tr("Citizenship"))),
      m_phones(makeLines("personPhonesEdit", tr("Phone numbers"))),
      m_error(makeErrorLabel()),
      m_withdrawConsent(new QPushButton(tr("Consent &withdrawn…"))),
      m_result(makeParagraph(QString())) {
    setObjectName(QStringLiteral("peopleView"));

    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setAccessibleName(tr("People"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid()) edit(current.data(PeopleListModel::IdRole).toString());
    });
    connect(m_model, &PeopleListModel::loadFailed, this,
            [this](const QString& message) { showError(m_error, message); });
    auto* newButton = new QPushButton(tr("New &person"));
    newButton->setObjectName(QStringLiteral("newPersonButton"));
    connect(newButton, &QPushButton::clicked, this, &PeopleView::newPerson);
    auto* listPane = new QWidget;
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(newButton);
    listLayout->addWidget(m_list, 1);

    m_duplicateBanner->setObjectName(QStringLiteral("duplicateBanner"));
    m_duplicateBanner->setWordWrap(true);
    m_duplicateBanner->setTextFormat(Qt::PlainText);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    connect(m_mergeButton, &QPushButton::clicked, this, &PeopleView::merge);
    auto* bannerFrame = new QWidget;
    bannerFrame->setObjectName(QStringLiteral("duplicateFrame"));
    bannerFrame->setAutoFillBackground(true);
    bannerFrame->setBackgroundRole(QPalette::ToolTipBase);
    bannerFrame->setForegroundRole(QPalette::ToolTipText);
    auto* bannerLayout = new QHBoxLayout(bannerFrame);
    bannerLayout->addWidget(m_duplicateBanner, 1);
    bannerLayout->addWidget(m_mergeButton);
    bannerFrame->hide();

    m_gender->setObjectName(QStringLiteral("personGenderCombo"));
    m_gender->setAccessibleName(tr("Gender"));
    fillVocabularyCombo(m_gender, records.vocabulary(QStringLiteral("gender")), tr("Not known"));
    m_birthDate->setObjectName(QStringLiteral("personBirthDateEdit"));
    m_birthDate->setAccessibleName(tr("Date of birth"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setMinimumDate(kNoDate);
    m_birthDate->setSpecialValueText(tr("Not known"));
    m_estimatedAge->setObjectName(QStringLiteral("personEstimatedAgeSpin"));
    m_estimatedAge->setAccessibleName(tr("Estimated age"));
    m_estimatedAge->setRange(kAgeNotKnown, kOldestAge);
    m_estimatedAge->setSpecialValueText(tr("Not known"));
    m_estimatedAge->setValue(kAgeNotKnown);
    m_estimatedAge->setToolTip(
        tr("When the date of birth is not known: the age the person gives or seems to be. "
           "The dashboard and the statistics count ages from it."));
    m_citizenships->setObjectName(QStringLiteral("personCitizenshipPicker"));
    m_error->setObjectName(QStringLiteral("personErrorLabel"));
    auto* saveButton = new QPushButton(tr("&Save person"));
    saveButton->setObjectName(QStringLiteral("personSaveButton"));
    connect(saveButton, &QPushButton::clicked, this, &PeopleView::save);

    auto* form = new QFormLayout;
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Patronymic:"), m_patronymic);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(tr("Other &scripts:"), m_otherScripts);
    form->addRow(tr("G&ender:"), m_gender);
    form->addRow(tr("&Date of birth:"), m_birthDate);
    form->addRow(tr("Es&timated age:"), m_estimatedAge);
    auto* citizenshipLabel = new QLabel(tr("&Citizenship:"));
    citizenshipLabel->setBuddy(m_citizenships->searchBox());
    form->addRow(citizenshipLabel, m_citizenships);
    form->addRow(tr("P&hones:"), m_phones);
    QHBoxLayout* saveRow = makeActionRow(m_error, saveButton);
    m_withdrawConsent->setObjectName(QStringLiteral("withdrawConsentButton"));
    m_withdrawConsent->setToolTip(
        tr("The person asked that we keep nothing about them: erase the person and the cases only theirs from every "
           "laptop of the team."));
    connect(m_withdrawConsent, &QPushButton::clicked, this, &PeopleView::withdrawConsentAsked);
    m_result->setObjectName(QStringLiteral("withdrawConsentResult"));
    m_result->hide();
    auto* withdrawRow = new QHBoxLayout;
    withdrawRow->addWidget(m_withdrawConsent);
    withdrawRow->addStretch();
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addWidget(bannerFrame);
    editorLayout->addLayout(form);
    editorLayout->addLayout(saveRow);
    editorLayout->addLayout(withdrawRow);
    editorLayout->addWidget(m_result);
    editorLayout->addStretch();
    m_editor->setEnabled(false);

    auto* splitter = new QSplitter;
    splitter->addWidget(listPane);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_list);
    reload();
}

void PeopleView::showPerson(const QString& id) {
    reload();
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
        return;
    }
    // Further down than the pages loaded: edit it anyway.
    edit(id);
}

void PeopleView::reload() {
    m_model->reload();
}

void PeopleView::edit(const QString& id) {
    Result<RecordData> person = m_records.get(QStringLiteral("person"), id);
    if (!person) {
        showError(m_error, person.error().message);
        return;
    }
    m_personId = id;
    m_person = std::move(person.value());
    const QVariantMap& f = m_person.fields;
    m_given->setText(f.value(QStringLiteral("given_name")).toString());
    m_family->setText(f.value(QStringLiteral("family_name")).toString());
    m_patronymic->setText(f.value(QStringLiteral("patronymic")).toString());
    m_aliases->setPlainText(linesOf(f.value(QStringLiteral("aliases"))).join(QLatin1Char('\n')));
    m_otherScripts->setPlainText(linesOf(f.value(QStringLiteral("other_script_names"))).join(QLatin1Char('\n')));
    selectKey(m_gender, f.value(QStringLiteral("gender")).toString());
    const QDate birth = QDate::fromString(f.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    m_birthDate->setDate(birth.isValid() ? birth : kNoDate);
    const QVariant age = f.value(QStringLiteral("estimated_age"));
    m_estimatedAge->setValue(age.isValid() ? age.toInt() : kAgeNotKnown);
    m_citizenships->setSelected(linesOf(f.value(QStringLiteral("citizenships"))));
    m_phones->setPlainText(linesOf(f.value(QStringLiteral("phones"))).join(QLatin1Char('\n')));
    showError(m_error, QString());
    m_editor->setEnabled(true);
    m_withdrawConsent->setEnabled(true);

    const Result<QList<DuplicateCandidate>> duplicates = m_records.possibleDuplicates(id);
    m_duplicates = duplicates ? duplicates.value() : QList<DuplicateCandidate>();
    QWidget* frame = m_duplicateBanner->parentWidget();
    if (m_duplicates.isEmpty()) {
        frame->hide();
    } else {
        m_duplicateBanner->setText(tr("This may be the same person as %1. Check and merge the two records if so.")
                                       .arg(m_duplicates.first().name));
        frame->show();
    }
}

void PeopleView::save() {
    QVariantMap changes;
    changes.insert(QStringLiteral("given_name"), m_given->text());
    changes.insert(QStringLiteral("family_name"), m_family->text());
    changes.insert(QStringLiteral("patronymic"), m_patronymic->text());
    changes.insert(QStringLiteral("aliases"), m_aliases->toPlainText());
    changes.insert(QStringLiteral("other_script_names"), m_otherScripts->toPlainText());
    changes.insert(QStringLiteral("gender"), m_gender->currentData().toString());
    changes.insert(QStringLiteral("birth_date"),
                   m_birthDate->date() == kNoDate ? QString() : m_birthDate->date().toString(Qt::ISODate));
    changes.insert(QStringLiteral("estimated_age"),
                   m_estimatedAge->value() == kAgeNotKnown ? QString() : QString::number(m_estimatedAge->value()));
    changes.insert(QStringLiteral("phones"), m_phones->toPlainText());
    // Only what changed, so the history names the fields a person actually touched.
    for (auto it = changes.begin(); it != changes.end();) {
        const QString stored = linesOf(m_person.fields.value(it.key())).join(QLatin1Char('\n'));
        const QString now = linesOf(it.value()).join(QLatin1Char('\n'));
        it = stored == now ? changes.erase(it) : std::next(it);
    }
    // Codes are stored sorted; the picker lists them by country name.
    QStringList citizenships = m_citizenships->selected();
    citizenships.sort();
    if (citizenships != linesOf(m_person.fields.value(QStringLiteral("citizenships"))))
        changes.insert(QStringLiteral("citizenships"), citizenships);
    if (changes.isEmpty()) return;
    if (m_personId.isEmpty()) {
        const Result<QString> created = m_records.create(QStringLiteral("person"), changes);
        if (!created) {
            showError(m_error, created.error().message);
            return;
        }
        showPerson(created.value());
        return;
    }
    const Result<void> saved = m_records.update(QStringLiteral("person"), m_personId, changes);
    if (!saved) {
        showError(m_error, saved.error().message);
        return;
    }
    showPerson(m_personId);
}

void PeopleView::merge() {
    if (m_duplicates.isEmpty()) return;
    const DuplicateCandidate& other = m_duplicates.first();
    const auto answer = QMessageBox::question(
        this, tr("Merge people"),
        tr("Merge %1 into the person shown? Case links, consents, other names and phone numbers move to this "
           "record; the other record is archived. Both histories stay readable.")
            .arg(other.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return;
    const Result<void> merged = m_records.mergePeople(m_personId, other.id);
    if (!merged) {
        showError(m_error, merged.error().message);
        return;
    }
    showPerson(m_personId);
}

void PeopleView::newPerson() {
    // The record is created on save, so an abandoned form leaves nothing behind.
    m_list->setCurrentIndex(QModelIndex());
    m_personId.clear();
    m_person = RecordData();
    m_duplicates.clear();
    m_duplicateBanner->parentWidget()->hide();
    for (QLineEdit* edit : {m_given, m_family, m_patronymic})
        edit->clear();
    for (QPlainTextEdit* edit : {m_aliases, m_otherScripts, m_phones})
        edit->clear();
    m_gender->setCurrentIndex(0);
    m_birthDate->setDate(kNoDate);
    m_estimatedAge->setValue(kAgeNotKnown);
    m_citizenships->setSelected({});
    showError(m_error, QString());
    m_editor->setEnabled(true);
    m_withdrawConsent->setEnabled(false);  // nothing recorded yet
    m_family->setFocus();
}

void PeopleView::withdrawConsentAsked() {
    if (m_personId.isEmpty()) return;
    const auto answer = QMessageBox::warning(
        this, tr("Consent withdrawn"),
        tr("Erase this person, and the cases in which no one else is recorded, from every laptop of the team? A "
           "coordinator's erasure takes effect at once here and at each laptop's next exchange; a field worker's "
           "waits until a coordinator confirms it. It cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) withdrawConsent();
}

bool PeopleView::withdrawConsent() {
    if (m_personId.isEmpty()) return false;
    auto erasure = m_sync.withdrawConsent(m_personId);
    if (!erasure) {
        showError(m_error, erasure.error().message);
        return false;
    }
    showError(m_error, QString());
    if (erasure->status == QLatin1String("erased")) {
        m_result->setText(
            tr("Erased here; the other laptops erase it at their next exchange. The Team screen shows "
               "which have."));
        m_personId.clear();
        m_editor->setEnabled(false);
        reload();
    } else if (erasure->status == QLatin1String("waiting")) {
        m_result->setText(
            tr("More than three people were erased this week: a second coordinator must confirm this "
               "erasure on the Team screen. Until then the records stay."));
    } else {
        m_result->setText(
            tr("Asked for: a coordinator confirms the erasure on the Team screen after your next "
               "exchange. Until then the records stay on every laptop."));
    }
    m_result->show();
    return true;
}

}  // namespace fieldcase::ui
