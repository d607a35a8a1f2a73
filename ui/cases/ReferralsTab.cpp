#include "ui/cases/ReferralsTab.h"

#include "ui/cases/PrintDialog.h"
#include "ui/organisations/OrganisationDirectory.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fieldcase::ui {

namespace {

const QString kKind = QStringLiteral("referral");
const QString kSent = QStringLiteral("Sent");

enum Column { OrganisationColumn, ServiceColumn, StatusColumn, SentColumn, ClosedColumn, ReasonColumn, OutcomeColumn };

// The steps offered from each status, in the order the buttons show them. A closed referral, or one in a status
// this version does not know (from a newer laptop), offers none.
QStringList nextStatuses(const QString& status) {
    if (status == QLatin1String("Planned")) return {kSent, QStringLiteral("Cancelled")};
    if (status == kSent) return {QStringLiteral("Accepted"), QStringLiteral("Declined"), QStringLiteral("Cancelled")};
    if (status == QLatin1String("Accepted")) return {QStringLiteral("Completed"), QStringLiteral("Cancelled")};
    return {};
}

// Whether a referral in this status is over: it gets a closing date and an outcome.
bool isClosing(const QString& status) {
    return status == QLatin1String("Declined") || status == QLatin1String("Completed") ||
           status == QLatin1String("Cancelled");
}

QString field(const RecordData& record, const char* name) {
    return record.fields.value(QLatin1String(name)).toString();
}

}  // namespace

ReferralsTab::ReferralsTab(RecordService& records, const QString& caseId, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_caseId(caseId),
      m_services(records.vocabulary(QStringLiteral("service_type"))),
      m_statuses(records.vocabulary(QStringLiteral("referral_status"))),
      m_listError(makeErrorLabel()),
      m_listBody(new QStackedWidget),
      m_list(new QTreeWidget),
      m_letterButton(new QPushButton(tr("&Letter…"))),
      m_empty(new QLabel),
      m_stepsLabel(new QLabel),
      m_stepPanel(new QWidget),
      m_stepDate(new QDateEdit(QDate::currentDate())),
      m_outcome(new QLineEdit),
      m_stepError(makeErrorLabel()),
      m_organisation(new QComboBox),
      m_noOrganisations(new QLabel),
      m_service(new QComboBox),
      m_reason(new QLineEdit),
      m_addError(makeErrorLabel()) {
    setObjectName(QStringLiteral("referralsTab"));

    // The referrals, or what to do when there are none.
    m_listError->setObjectName(QStringLiteral("referralListErrorLabel"));
    m_list->setObjectName(QStringLiteral("referralList"));
    m_list->setAccessibleName(tr("Referrals"));
    m_list->setHeaderLabels(
        {tr("Organisation"), tr("Service"), tr("Status"), tr("Sent on"), tr("Closed on"), tr("Reason"), tr("Outcome")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    for (const Column column : {ServiceColumn, StatusColumn, SentColumn, ClosedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (const Column column : {OrganisationColumn, ReasonColumn, OutcomeColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](const QTreeWidgetItem* item) {
        if (item != nullptr) m_chosenId = item->data(OrganisationColumn, Qt::UserRole).toString();
        showError(m_stepError, QString());
        updateSteps();
    });
    m_empty->setObjectName(QStringLiteral("referralsEmptyLabel"));
    m_empty->setText(
        tr("No referrals yet. To refer the person to a shelter, a lawyer, a clinic or another service, fill in New "
           "referral below and press Add referral."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listBody->addWidget(m_list);
    m_listBody->addWidget(m_empty);

    // The next steps of the chosen referral: only those that make sense from its status.
    m_stepsLabel->setObjectName(QStringLiteral("referralStepsLabel"));
    m_stepsLabel->setWordWrap(true);
    m_stepsLabel->setTextFormat(Qt::PlainText);
    const std::pair<QString, QString> steps[] = {
        {kSent, tr("Mark as &sent")},
        {QStringLiteral("Accepted"), tr("Mark as acce&pted")},
        {QStringLiteral("Declined"), tr("Mark as &declined")},
        {QStringLiteral("Completed"), tr("Mark as co&mpleted")},
        {QStringLiteral("Cancelled"), tr("Ca&ncel referral")},
    };
    auto* stepRow = new QHBoxLayout;
    for (const auto& step : steps) {
        auto* button = new QPushButton(step.second);
        button->setObjectName(QStringLiteral("referralStep_") + step.first);
        for (const VocabularyItem& status : m_statuses) {
            if (status.key == step.first) button->setToolTip(status.description);
        }
        const QString status = step.first;
        connect(button, &QPushButton::clicked, this, [this, status] { moveTo(status); });
        stepRow->addWidget(button);
        m_stepButtons.emplace_back(status, button);
    }
    stepRow->addStretch();
    m_letterButton->setObjectName(QStringLiteral("referralLetterButton"));
    m_letterButton->setToolTip(
        tr("Save a letter to the organisation as a PDF, with only what the person agreed to "
           "share with it."));
    connect(m_letterButton, &QPushButton::clicked, this, [this] {
        const RecordData* referral = currentReferral();
        if (referral == nullptr) return;
        PrintDialog* dialog = PrintDialog::referralLetter(m_records, referral->id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    stepRow->addWidget(m_letterButton);
    m_stepDate->setObjectName(QStringLiteral("referralStepDateEdit"));
    m_stepDate->setAccessibleName(tr("Date of the step"));
    m_stepDate->setToolTip(tr("The day it was sent or closed; today unless you are recording it later."));
    m_stepDate->setCalendarPopup(true);
    m_outcome->setObjectName(QStringLiteral("referralOutcomeEdit"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setPlaceholderText(tr("When closing: what came of it"));
    m_stepError->setObjectName(QStringLiteral("referralStepErrorLabel"));
    auto* stepForm = new QFormLayout;
    stepForm->addRow(tr("&When:"), m_stepDate);
    stepForm->addRow(tr("Ou&tcome:"), m_outcome);
    auto* stepLayout = new QVBoxLayout(m_stepPanel);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addLayout(stepRow);
    stepLayout->addLayout(stepForm);

    // A new referral: where to, for what, and why.
    m_organisation->setObjectName(QStringLiteral("referralOrganisationCombo"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_noOrganisations->setObjectName(QStringLiteral("referralNoOrganisationsLabel"));
    m_noOrganisations->setText(
        tr("The directory has no organisations yet: add the shelters, lawyers and clinics people are referred to "
           "under Organisations."));
    m_noOrganisations->setWordWrap(true);
    m_noOrganisations->setForegroundRole(QPalette::PlaceholderText);
    m_service->setObjectName(QStringLiteral("referralServiceCombo"));
    m_service->setAccessibleName(tr("Service"));
    fillVocabularyCombo(m_service, m_services, tr("Choose a service"));
    m_reason->setObjectName(QStringLiteral("referralReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_addError->setObjectName(QStringLiteral("referralAddErrorLabel"));
    auto* addButton = new QPushButton(tr("Add re&ferral"));
    addButton->setObjectName(QStringLiteral("addReferralButton"));
    connect(addButton, &QPushButton::clicked, this, &ReferralsTab::addReferral);
    connect(m_reason, &QLineEdit::returnPressed, this, &ReferralsTab::addReferral);
    auto* newForm = new QFormLayout;
    newForm->addRow(labelFor(tr("&Organisation:"), m_organisation), withHints(m_organisation, {m_noOrganisations}));
    newForm->addRow(tr("Servi&ce:"), m_service);
    newForm->addRow(tr("R&eason:"), m_reason);
    auto* newBox = new QGroupBox(tr("New referral"));
    auto* newLayout = new QVBoxLayout(newBox);
    newLayout->addLayout(newForm);
    newLayout->addLayout(makeActionRow(m_addError, addButton));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_listError);
    layout->addWidget(m_listBody, 1);
    layout->addWidget(m_stepsLabel);
    layout->addWidget(m_stepPanel);
    layout->addWidget(m_stepError);
    layout->addWidget(newBox);

    QWidget* previous = m_list;
    for (const auto& step : m_stepButtons) {
        setTabOrder(previous, step.second);
        previous = step.second;
    }
    setTabOrder(previous, m_stepDate);
    setTabOrder(m_stepDate, m_outcome);
    setTabOrder(m_outcome, m_organisation);
    setTabOrder(m_organisation, m_service);
    setTabOrder(m_service, m_reason);
    setTabOrder(m_reason, addButton);
    setFocusProxy(m_list);

    loadOrganisations();
}

void ReferralsTab::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    loadOrganisations();
}

void ReferralsTab::showReferrals(const QList<RecordData>& referrals) {
    m_referrals.clear();
    for (const RecordData& referral : referrals) {
        if (!referral.archived) m_referrals << referral;
    }
    fillList();
}

void ReferralsTab::loadOrganisations() {
    const Result<QList<RecordData>> loaded = organisationsByName(m_records);
    if (!loaded) {
        showError(m_listError, loaded.error().message);
        return;
    }
    showError(m_listError, QString());
    const QList<RecordData>& all = loaded.value();
    // Referrals keep the names of archived organisations; new ones go to organisations in use.
    const QString chosen = m_organisation->currentData().toString();
    m_organisationNames.clear();
    m_organisation->clear();
    m_organisation->addItem(tr("Not chosen yet"), QString());
    for (const RecordData& organisation : all) {
        m_organisationNames.insert(organisation.id, field(organisation, "name"));
        if (!organisation.archived) m_organisation->addItem(field(organisation, "name"), organisation.id);
    }
    selectKey(m_organisation, chosen);
    m_noOrganisations->setVisible(m_organisation->count() == 1);
    fillList();
}

void ReferralsTab::fillList() {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const RecordData& referral : m_referrals) {
        const QString organisationId = field(referral, "organisation_id");
        const QString organisation = organisationId.isEmpty()
                                         ? tr("Not chosen yet")
                                         : m_organisationNames.value(organisationId, tr("Unknown organisation"));
        const QString reason = field(referral, "reason");
        const QString outcome = field(referral, "outcome");
        auto* item = new QTreeWidgetItem(
            m_list, {organisation, vocabularyLabel(m_services, field(referral, "service_type")),
                     vocabularyLabel(m_statuses, field(referral, "status")), formatDate(field(referral, "sent_on")),
                     formatDate(field(referral, "closed_on")), reason, outcome});
        item->setData(OrganisationColumn, Qt::UserRole, referral.id);
        item->setToolTip(ReasonColumn, reason);
        item->setToolTip(OutcomeColumn, outcome);
        if (referral.id == m_chosenId) m_list->setCurrentItem(item);
    }
    m_listBody->setCurrentWidget(m_referrals.isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);
    updateSteps();
}

const RecordData* ReferralsTab::currentReferral() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) return nullptr;
    const QString id = item->data(OrganisationColumn, Qt::UserRole).toString();
    const auto found = std::find_if(m_referrals.begin(), m_referrals.end(),
                                    [&id](const RecordData& referral) { return referral.id == id; });
    return found == m_referrals.end() ? nullptr : &*found;
}

void ReferralsTab::updateSteps() {
    const RecordData* referral = currentReferral();
    m_letterButton->setEnabled(referral != nullptr);
    const QString status = referral != nullptr ? field(*referral, "status") : QString();
    const QStringList next = nextStatuses(status);
    for (const auto& step : m_stepButtons)
        step.second->setVisible(next.contains(step.first));
    const bool canClose = std::any_of(next.begin(), next.end(), isClosing);
    m_stepPanel->setVisible(!next.isEmpty());
    m_outcome->setEnabled(canClose);

    if (referral == nullptr) {
        m_stepsLabel->setText(m_referrals.isEmpty() ? QString()
                                                    : tr("Choose a referral in the list to record its next step."));
    } else if (!next.isEmpty()) {
        const QString organisationId = field(*referral, "organisation_id");
        m_stepsLabel->setText(
            organisationId.isEmpty() || !m_organisationNames.contains(organisationId)
                ? tr("Next step for this referral:")
                : tr("Next step for the referral to %1:").arg(m_organisationNames.value(organisationId)));
    } else if (isClosing(status)) {
        m_stepsLabel->setText(
            tr("This referral is closed (%1). If the person needs this help again, add a new referral.")
                .arg(vocabularyLabel(m_statuses, status)));
    } else {
        m_stepsLabel->setText(
            tr("No next step is offered for the status %1.").arg(vocabularyLabel(m_statuses, status)));
    }
    m_stepsLabel->setVisible(!m_stepsLabel->text().isEmpty());
}

void ReferralsTab::moveTo(const QString& status) {
    const RecordData* referral = currentReferral();
    if (referral == nullptr || !nextStatuses(field(*referral, "status")).contains(status)) return;
    QVariantMap changes{{QStringLiteral("status"), status}};
    const QString day = m_stepDate->date().toString(Qt::ISODate);
    if (status == kSent) changes.insert(QStringLiteral("sent_on"), day);
    if (isClosing(status)) {
        changes.insert(QStringLiteral("closed_on"), day);
        if (!m_outcome->text().trimmed().isEmpty()) changes.insert(QStringLiteral("outcome"), m_outcome->text());
    }
    const Result<void> moved = m_records.update(kKind, referral->id, changes);
    if (!moved) {
        // The date and the outcome stay as typed.
        showError(m_stepError, moved.error().message);
        return;
    }
    showError(m_stepError, QString());
    if (isClosing(status)) m_outcome->clear();
    m_stepDate->setDate(QDate::currentDate());
    m_list->setFocus();
    emit changed();
}

void ReferralsTab::addReferral() {
    const QString service = m_service->currentData().toString();
    if (service.isEmpty()) {
        showError(m_addError, tr("Choose the service the person is referred for."));
        m_service->setFocus();
        return;
    }
    QVariantMap fields{{QStringLiteral("case_id"), m_caseId}, {QStringLiteral("service_type"), service}};
    const QString organisation = m_organisation->currentData().toString();
    if (!organisation.isEmpty()) fields.insert(QStringLiteral("organisation_id"), organisation);
    if (!m_reason->text().trimmed().isEmpty()) fields.insert(QStringLiteral("reason"), m_reason->text());
    const Result<QString> created = m_records.create(kKind, fields);
    if (!created) {
        // The form keeps what was typed.
        showError(m_addError, created.error().message);
        return;
    }
    showError(m_addError, QString());
    m_chosenId = created.value();
    m_reason->clear();
    selectKey(m_organisation, QString());
    selectKey(m_service, QString());
    m_list->setFocus();
    emit changed();
}

}  // namespace fieldcase::ui
