#include "ui/cases/ConsentsTab.h"

#include "ui/organisations/OrganisationDirectory.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QCollator>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fieldcase::ui {

namespace {

const QString kKind = QStringLiteral("consent");

enum Column { ItemColumn, StatusColumn, RecordedByColumn };
enum Role { PersonRole = Qt::UserRole, ItemKeyRole, OrganisationRole };

// The one consent item that can be narrowed to an organisation: what a referral letter may say about the person.
const QString kReferralSharing = QStringLiteral("ReferralSharing");

QString field(const RecordData& record, const char* name) {
    return record.fields.value(QLatin1String(name)).toString();
}

QString latestKey(const QString& personId, const QString& item, const QString& organisationId) {
    return personId + QLatin1Char('/') + item + QLatin1Char('/') + organisationId;
}

bool isGiven(const RecordData* consent) {
    return consent != nullptr && consent->fields.value(QStringLiteral("given")).toBool() &&
           field(*consent, "withdrawn_on").isEmpty();
}

// Whether and when the consent was given or withdrawn, as a person would say it.
QString statusText(const RecordData* consent) {
    if (consent == nullptr) return ConsentsTab::tr("Not given");
    const QString recordedOn = formatDate(field(*consent, "recorded_on"));
    const QString withdrawnOn = formatDate(field(*consent, "withdrawn_on"));
    if (!consent->fields.value(QStringLiteral("given")).toBool()) {
        return recordedOn.isEmpty() ? ConsentsTab::tr("Not given")
                                    : ConsentsTab::tr("Not given (recorded on %1)").arg(recordedOn);
    }
    if (!withdrawnOn.isEmpty()) {
        return recordedOn.isEmpty() ? ConsentsTab::tr("Withdrawn on %1").arg(withdrawnOn)
                                    : ConsentsTab::tr("Given on %1, withdrawn on %2").arg(recordedOn, withdrawnOn);
    }
    return recordedOn.isEmpty() ? ConsentsTab::tr("Given") : ConsentsTab::tr("Given on %1").arg(recordedOn);
}

}  // namespace

ConsentsTab::ConsentsTab(RecordService& records, QWidget* parent)
    : QWidget(parent),
      m_records(records),
      m_items(records.vocabulary(QStringLiteral("consent_item"))),
      m_roles(records.vocabulary(QStringLiteral("case_person_role"))),
      m_error(makeErrorLabel()),
      m_body(new QStackedWidget),
      m_checklist(new QTreeWidget),
      m_empty(new QLabel),
      m_forOrganisation(new QPushButton(tr("Share with &one organisation…"))) {
    setObjectName(QStringLiteral("consentsTab"));

    auto* help = makeParagraph(
        tr("Tick what each person agrees to, on the day they agree; Space ticks the chosen line. Untick it when they "
           "withdraw: the withdrawal is recorded with its date, and nothing is deleted."));
    m_error->setObjectName(QStringLiteral("consentErrorLabel"));
    m_checklist->setObjectName(QStringLiteral("consentChecklist"));
    m_checklist->setAccessibleName(tr("Consent of each person"));
    m_checklist->setHeaderLabels({tr("Consent"), tr("Status"), tr("Recorded by")});
    m_checklist->setAlternatingRowColors(true);
    m_checklist->setUniformRowHeights(true);
    m_checklist->header()->setStretchLastSection(true);
    connect(m_checklist, &QTreeWidget::itemChanged, this, &ConsentsTab::record);
    m_empty->setObjectName(QStringLiteral("consentsEmptyLabel"));
    m_empty->setText(
        tr("No people are linked to this case yet. Consent is recorded for each person of the case once they are "
           "part of it."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_body->addWidget(m_checklist);
    m_body->addWidget(m_empty);
    m_forOrganisation->setObjectName(QStringLiteral("consentForOrganisationButton"));
    m_forOrganisation->setToolTip(
        tr("The chosen person agrees that referral letters to one organisation carry their details, and to no "
           "other: the line \"%1\" ticked above covers every organisation.")
            .arg(vocabularyLabel(m_items, kReferralSharing)));
    m_forOrganisation->setEnabled(false);
    connect(m_forOrganisation, &QPushButton::clicked, this, &ConsentsTab::askOrganisation);
    connect(m_checklist, &QTreeWidget::currentItemChanged, this,
            [this](const QTreeWidgetItem* current) { m_forOrganisation->setEnabled(current != nullptr); });
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_forOrganisation);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);
    layout->addLayout(actions);
    setFocusProxy(m_checklist);
}

void ConsentsTab::showConsents(const QList<RecordData>& people, const QList<RecordData>& consents) {
    // Oldest first: a later record of the same person, item and organisation takes the place of an earlier one.
    m_latest.clear();
    for (const RecordData& consent : consents) {
        if (!consent.archived) {
            m_latest.insert(
                latestKey(field(consent, "person_id"), field(consent, "item"), field(consent, "organisation_id")),
                consent);
        }
    }
    loadOrganisationNames();
    // Where the person was, to stay there.
    const QTreeWidgetItem* current = m_checklist->currentItem();
    const QString currentKey = current != nullptr && current->parent() != nullptr
                                   ? latestKey(current->data(ItemColumn, PersonRole).toString(),
                                               current->data(ItemColumn, ItemKeyRole).toString(),
                                               current->data(ItemColumn, OrganisationRole).toString())
                                   : QString();

    const QSignalBlocker blocker(m_checklist);
    m_checklist->clear();
    QSet<QString> shown;
    for (const RecordData& person : people) {
        // A person linked twice (in two roles) has one checklist.
        if (shown.contains(person.id)) continue;
        shown.insert(person.id);
        QString name = personName(person.fields);
        if (name.isEmpty()) name = tr("Person without a name");
        const QString role = vocabularyLabel(m_roles, field(person, "role"));
        auto* personItem = new QTreeWidgetItem(m_checklist, {role.isEmpty() ? name : tr("%1 — %2").arg(name, role)});
        personItem->setFlags(Qt::ItemIsEnabled);
        personItem->setFirstColumnSpanned(true);
        personItem->setData(ItemColumn, PersonRole, person.id);
        for (const VocabularyItem& item : m_items) {
            addLine(personItem, person.id, item, QString(), currentKey);
            // Then the consents of this item narrowed to one organisation each, by the organisation's name.
            QStringList organisations;
            const QString prefix = latestKey(person.id, item.key, QString());
            for (auto it = m_latest.constBegin(); it != m_latest.constEnd(); ++it) {
                if (it.key().startsWith(prefix) && it.key().size() > prefix.size())
                    organisations << field(it.value(), "organisation_id");
            }
            const QCollator collator;
            std::sort(organisations.begin(), organisations.end(),
                      [this, &collator](const QString& a, const QString& b) {
                          return collator.compare(m_organisationNames.value(a), m_organisationNames.value(b)) < 0;
                      });
            for (const QString& organisationId : organisations)
                addLine(personItem, person.id, item, organisationId, currentKey);
        }
    }
    m_checklist->expandAll();
    m_checklist->resizeColumnToContents(ItemColumn);
    m_checklist->resizeColumnToContents(StatusColumn);
    m_body->setCurrentWidget(shown.isEmpty() ? static_cast<QWidget*>(m_empty) : m_checklist);
    m_forOrganisation->setEnabled(m_checklist->currentItem() != nullptr);
}

void ConsentsTab::addLine(QTreeWidgetItem* personItem, const QString& personId, const VocabularyItem& item,
                          const QString& organisationId, const QString& currentKey) {
    const QString key = latestKey(personId, item.key, organisationId);
    const auto latest = m_latest.constFind(key);
    const RecordData* consent = latest == m_latest.constEnd() ? nullptr : &latest.value();
    const QString label =
        organisationId.isEmpty()
            ? item.label
            : tr("%1: only %2")
                  .arg(item.label, m_organisationNames.value(organisationId, tr("an organisation removed "
                                                                                "from the directory")));
    auto* entry = new QTreeWidgetItem(
        personItem, {label, statusText(consent), consent != nullptr ? field(*consent, "recorded_by") : QString()});
    entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    entry->setCheckState(ItemColumn, isGiven(consent) ? Qt::Checked : Qt::Unchecked);
    entry->setData(ItemColumn, PersonRole, personId);
    entry->setData(ItemColumn, ItemKeyRole, item.key);
    entry->setData(ItemColumn, OrganisationRole, organisationId);
    entry->setToolTip(ItemColumn, item.description);
    if (key == currentKey) m_checklist->setCurrentItem(entry);
}

void ConsentsTab::loadOrganisationNames() {
    m_organisationNames.clear();
    m_organisationsInUse.clear();
    const Result<QList<RecordData>> organisations = organisationsByName(m_records);
    if (!organisations) {
        showError(m_error, organisations.error().message);
        return;
    }
    for (const RecordData& organisation : *organisations) {
        m_organisationNames.insert(organisation.id, field(organisation, "name"));
        if (!organisation.archived) m_organisationsInUse << organisation;
    }
}

void ConsentsTab::askOrganisation() {
    const QTreeWidgetItem* current = m_checklist->currentItem();
    if (current == nullptr) return;
    const QString personId = current->data(ItemColumn, PersonRole).toString();
    if (m_organisationsInUse.isEmpty()) {
        showError(m_error, tr("The directory has no organisations yet: add the organisation first (Organisations)."));
        return;
    }
    QStringList names;
    for (const RecordData& organisation : m_organisationsInUse)
        names << field(organisation, "name");
    bool chosen = false;
    const QString name = QInputDialog::getItem(
        this, tr("Share with one organisation"),
        tr("Referral letters to this organisation may carry the person's details:"), names, 0, false, &chosen);
    if (!chosen) return;
    recordForOrganisation(personId, m_organisationsInUse.at(names.indexOf(name)).id);
}

bool ConsentsTab::recordForOrganisation(const QString& personId, const QString& organisationId) {
    const auto latest = m_latest.constFind(latestKey(personId, kReferralSharing, organisationId));
    if (latest != m_latest.constEnd() && isGiven(&latest.value())) return true;  // given already
    const Result<void> recorded = give(personId, kReferralSharing, organisationId);
    if (!recorded) {
        showError(m_error, recorded.error().message);
        return false;
    }
    showError(m_error, QString());
    QMetaObject::invokeMethod(this, &ConsentsTab::changed, Qt::QueuedConnection);
    return true;
}

Result<void> ConsentsTab::give(const QString& personId, const QString& itemKey, const QString& organisationId) {
    QVariantMap fields{{QStringLiteral("person_id"), personId},
                       {QStringLiteral("item"), itemKey},
                       {QStringLiteral("given"), true},
                       {QStringLiteral("recorded_on"), QDate::currentDate().toString(Qt::ISODate)}};
    if (!organisationId.isEmpty()) fields.insert(QStringLiteral("organisation_id"), organisationId);
    // Who recorded it: the name this laptop's changes go under, or nobody named if it cannot be read.
    const Result<QString> worker = m_records.workerName();
    if (worker && !worker->isEmpty()) fields.insert(QStringLiteral("recorded_by"), *worker);
    const Result<QString> created = m_records.create(kKind, fields);
    if (!created) return created.error();
    return {};
}

void ConsentsTab::record(QTreeWidgetItem* item, int column) {
    if (column != ItemColumn || item->parent() == nullptr) return;
    const QString personId = item->data(ItemColumn, PersonRole).toString();
    const QString itemKey = item->data(ItemColumn, ItemKeyRole).toString();
    const QString organisationId = item->data(ItemColumn, OrganisationRole).toString();
    const auto latest = m_latest.constFind(latestKey(personId, itemKey, organisationId));
    const RecordData* consent = latest == m_latest.constEnd() ? nullptr : &latest.value();
    const bool given = isGiven(consent);
    const bool ticked = item->checkState(ItemColumn) == Qt::Checked;
    if (ticked == given) return;

    Result<void> recorded;
    if (ticked) {
        recorded = give(personId, itemKey, organisationId);
    } else {
        // A withdrawal is a date on the consent, never a deletion: the consent once given stays on record.
        recorded = m_records.update(kKind, consent->id,
                                    {{QStringLiteral("withdrawn_on"), QDate::currentDate().toString(Qt::ISODate)}});
    }
    if (!recorded) {
        showError(m_error, recorded.error().message);
        const QSignalBlocker blocker(m_checklist);
        item->setCheckState(ItemColumn, given ? Qt::Checked : Qt::Unchecked);
        return;
    }
    showError(m_error, QString());
    // Queued: loading the case again rebuilds the checklist, which must not happen while the item that changed
    // is still telling the view about it.
    QMetaObject::invokeMethod(this, &ConsentsTab::changed, Qt::QueuedConnection);
}

}  // namespace fieldcase::ui
