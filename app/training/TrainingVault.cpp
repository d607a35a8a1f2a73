#include "app/training/TrainingVault.h"

#include "app/training/SyntheticTeam.h"
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <functional>

namespace fieldcase::training {

namespace {

constexpr int kBatchSize = 500;
// The same made-up team every time, so trainers can prepare exercises ("find Айгуль's case").
constexpr std::uint64_t kSeed = 7;

struct Organisation {
    const char* name;
    const char* type;
    const char* city;
};

constexpr Organisation kOrganisations[] = {
    {"Приют «Надежда»", "Shelter", "Москва"},
    {"Юридическая клиника «Право на защиту»", "LegalService", "Санкт-Петербург"},
    {"Городская больница № 3", "HealthServiceOrganisation", "Екатеринбург"},
    {"Safe House Helsinki", "Shelter", "Helsinki"},
    {"Migrant Workers Legal Aid", "NGO", "Vilnius"},
    {"Посольство Республики Узбекистан", "Embassy", "Москва"},
};

Result<QStringList> createAll(RecordService& records, const QString& kind, int count,
                              const std::function<QVariantMap(int)>& generate) {
    QStringList ids;
    for (int first = 0; first < count; first += kBatchSize) {
        QList<QVariantMap> batch;
        for (int i = first; i < std::min(count, first + kBatchSize); ++i)
            batch << generate(i);
        auto created = records.createMany(kind, batch);
        if (!created) return created.error();
        ids << *created;
    }
    return ids;
}

}  // namespace

Result<std::unique_ptr<TrainingVault>> TrainingVault::create(int cases) {
    std::unique_ptr<TrainingVault> vault(new TrainingVault);
    if (!vault->m_dir.isValid()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Training",
                                                                    "Cannot create a temporary folder "
                                                                    "for the training vault: %1")
                                            .arg(vault->m_dir.errorString()));
    }
    vault->m_services = makeServices(vault->m_dir.filePath(QStringLiteral("vault")));
    FC_TRY(vault->m_services->vault().claim());
    CreateVaultRequest request;
    request.passphrase = SecretBytes::fromText(kPassphrase);
    request.deviceName = QCoreApplication::translate("Training", "Training laptop");
    request.strength = KdfStrength::Interactive;
    auto created = vault->m_services->vault().create(std::move(request));
    if (!created) return created.error();
    FC_TRY(fillWithTrainingTeam(vault->m_services->records(), cases));
    return vault;
}

TrainingVault::~TrainingVault() {
    if (m_services) m_services->vault().lock();
    m_services.reset();
    // m_dir removes the folder with the vault in it.
}

Result<void> fillWithTrainingTeam(RecordService& records, int cases) {
    auto keys = vocabularyKeys(records);
    if (!keys) return keys.error();
    // Dated up to today, so the follow-ups fall into today, this week and overdue as they would at work.
    auto team = SyntheticTeam::create(kSeed, cases, *keys, QDate::currentDate());
    if (!team) return team.error();
    const TeamSize& size = team->size();

    auto caseIds = createAll(records, QStringLiteral("case"), size.cases, [&](int i) { return team->caseRecord(i); });
    if (!caseIds) return caseIds.error();
    auto personIds = createAll(records, QStringLiteral("person"), size.people, [&](int i) { return team->person(i); });
    if (!personIds) return personIds.error();
    auto links = createAll(records, QStringLiteral("case_person"), size.links,
                           [&](int i) { return team->link(i, *caseIds, *personIds); });
    if (!links) return links.error();
    auto encounterIds = createAll(records, QStringLiteral("encounter"), size.encounters,
                                  [&](int i) { return team->encounter(i, *caseIds); });
    if (!encounterIds) return encounterIds.error();
    auto followUps = createAll(records, QStringLiteral("followup"), size.followups,
                               [&](int i) { return team->followUp(i, *caseIds, *encounterIds); });
    if (!followUps) return followUps.error();

    QList<QVariantMap> organisations;
    for (const Organisation& organisation : kOrganisations) {
        organisations << QVariantMap{{QStringLiteral("name"), QString::fromUtf8(organisation.name)},
                                     {QStringLiteral("org_type"), QString::fromLatin1(organisation.type)},
                                     {QStringLiteral("city"), QString::fromUtf8(organisation.city)}};
    }
    auto organisationIds = records.createMany(QStringLiteral("organisation"), organisations);
    if (!organisationIds) return organisationIds.error();
    auto referrals = createAll(records, QStringLiteral("referral"), size.referrals,
                               [&](int i) { return team->referral(i, *caseIds, *organisationIds); });
    if (!referrals) return referrals.error();
    return {};
}

}  // namespace fieldcase::training
