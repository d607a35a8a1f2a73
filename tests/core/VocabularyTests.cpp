// The controlled vocabularies: stable HTCDS keys, open answers, and unknown keys kept as they are.
#include "core/model/Countries.h"
#include "core/model/Vocabulary.h"
#include "tests/support/TestSupport.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cstring>

using fieldcase::model::Vocabulary;
using fieldcase::model::VocabularyId;

namespace {

const std::vector<VocabularyId> kAllVocabularies = {
    VocabularyId::ExploitationType,
    VocabularyId::SexualExploitationType,
    VocabularyId::LabourExploitationType,
    VocabularyId::ControlMethod,
    VocabularyId::RecruitmentMethod,
    VocabularyId::Platform,
    VocabularyId::RelationshipToTrafficker,
    VocabularyId::TraffickingStatus,
    VocabularyId::PerpetratorRole,
    VocabularyId::CaseStatus,
    VocabularyId::ServiceType,
    VocabularyId::OrganisationType,
    VocabularyId::Gender,
    VocabularyId::CasePersonRole,
    VocabularyId::ReferralStatus,
    VocabularyId::FollowUpState,
    VocabularyId::EncounterChannel,
    VocabularyId::ConsentItem,
    VocabularyId::RiskLevel,
    VocabularyId::DocumentStatus,
};

struct HtcdsList {
    VocabularyId id;
    QStringList keys;
};

// The HTCDS value names of DOMAIN.md, written out on purpose: renaming a stored key breaks every vault that holds
// it and every export compared with CTDC data, so a change here must be a deliberate, visible one.
const std::vector<HtcdsList> kHtcdsKeys = {
    {VocabularyId::ExploitationType,
     {"ForcedLabour", "SexualExploitation", "ChildLabour", "ForcedMarriage", "Servitude",
      "ForcedMilitaryByNonStateActors", "OrganRemoval", "ForcedBegging", "ForcedAdoption", "Surrogacy", "Other"}},
    {VocabularyId::SexualExploitationType,
     {"Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices"}},
    {VocabularyId::LabourExploitationType,
     {"Agriculture", "Aquafarming", "Begging", "Construction", "DomesticWork", "Hospitality", "IllicitActivities",
      "Manufacturing", "MiningOrDrilling", "Peddling", "Transportation", "Other"}},
    {VocabularyId::ControlMethod,
     {"PhysicalThreats", "ThreatsLawEnforcement", "ThreatensChildrenFamily", "DebtBondage", "FalsePromises",
      "PhysicalAbuse", "SexualAbuse", "TakesEarnings", "RestrictsFinancialAccess", "RestrictsMedicalCare",
      "WithholdsNecessities", "PsychologicalAbuse", "PsychoactiveSubstance", "ExcessiveWorkingHours",
      "WithholdsDocuments", "RestrictsMovement", "UsesChildren", "Other"}},
    {VocabularyId::RecruitmentMethod,
     {"AtAPlaceOfBusiness", "AtAnEducationalInstitution", "AtWork", "ThroughOnlineSocialNetworks",
      "ThroughAnOnlineAdvertisement", "ThroughATelevisionAdvert", "ThroughANewspaperAdvert",
      "ThroughFamilyOrFamilyEvents", "ThroughFriendsOrSocialEvents", "MarriageBroker", "JobOfferOrAgency",
      "IntimatePartner", "Abduction", "Other"}},
    {VocabularyId::Platform,
     {"Facebook", "Instagram", "WhatsApp", "Telegram", "FacebookMessenger", "Viber", "TikTok", "Twitter", "WeChat",
      "VKontakte", "Odnoklassniki", "JobBoard", "DatingSite", "Other"}},
    {VocabularyId::RelationshipToTrafficker, {"Familial", "Acquainted", "Unacquainted"}},
    {VocabularyId::TraffickingStatus,
     {"PossibleVictimOfTrafficking", "ActualVictimOfTrafficking", "NotAVictimOfTrafficking"}},
    {VocabularyId::PerpetratorRole,
     {"TravellingPartner", "Transporter", "RecruiterOrIntermediary", "BrokerTravelAgent", "Smuggler", "Abuser",
      "Kidnapper", "Exploiter", "BoughtIndividual", "SoldIndividual", "ControlledIndividual", "Other"}},
    {VocabularyId::CaseStatus, {"Active", "FollowUp", "Closed", "ClosedReferred"}},
    {VocabularyId::ServiceType,
     {"Education", "Financial", "Health", "Legal", "Livelihood", "Psychological", "Shelter", "SocialCare",
      "LabourExploitationRehabilitation", "SexualExploitationRehabilitation", "RightsBasedTraining", "Repatriation"}},
    {VocabularyId::OrganisationType,
     {"NGO", "LawEnforcement", "HealthServiceOrganisation", "CentralGovernmentOrganisation",
      "LocalGovernmentOrganisation", "ImmigrationService", "LegalService", "CorporateBusiness", "SchoolOrCollege",
      "Embassy", "Shelter"}},
    {VocabularyId::Gender,
     {"Feminine", "Masculine", "TransgenderFeminine", "TransgenderMasculine", "NonConforming", "NonSpecifiedUnknown"}},
};

QStringList keysOf(VocabularyId id) {
    QStringList keys;
    for (const auto& entry : Vocabulary::entries(id))
        keys << entry.key;
    return keys;
}

}  // namespace

TEST_CASE("Every vocabulary has entries with unique keys and a label", "[vocabulary]") {
    for (VocabularyId id : kAllVocabularies) {
        CAPTURE(Vocabulary::name(id));
        const auto& entries = Vocabulary::entries(id);
        REQUIRE_FALSE(entries.empty());
        const QStringList keys = keysOf(id);
        CHECK(QSet<QString>(keys.begin(), keys.end()).size() == keys.size());
        for (const auto& entry : entries) {
            CAPTURE(entry.key);
            CHECK_FALSE(entry.key.isEmpty());
            CHECK(entry.key.trimmed() == entry.key);
            REQUIRE(entry.label != nullptr);
            CHECK(std::strlen(entry.label) > 0);
            CHECK_FALSE(Vocabulary::label(id, entry.key).isEmpty());
            CHECK(entry.description != nullptr);
            CHECK(entry.sinceVersion >= 1);
        }
    }
}

TEST_CASE("The HTCDS keys are present with their exact spelling", "[vocabulary]") {
    for (const auto& list : kHtcdsKeys) {
        CAPTURE(Vocabulary::name(list.id));
        for (const QString& key : list.keys) {
            CAPTURE(key);
            CHECK(Vocabulary::isKnown(list.id, key));
        }
    }
}

TEST_CASE("Every HTCDS vocabulary but case status offers Other - Unknown and DeclinedToAnswer", "[vocabulary]") {
    for (const auto& list : kHtcdsKeys) {
        if (list.id == VocabularyId::CaseStatus) continue;
        CAPTURE(Vocabulary::name(list.id));
        for (const char* key : {"Other", "Unknown", "DeclinedToAnswer"}) {
            CAPTURE(key);
            CHECK(Vocabulary::isKnown(list.id, QLatin1String(key)));
        }
    }
}

TEST_CASE("Risk levels are the lower-case keys the command line takes", "[vocabulary]") {
    CHECK(keysOf(VocabularyId::RiskLevel) == QStringList{"low", "medium", "high", "critical"});
}

TEST_CASE("isKnown accepts only a key of that vocabulary - spelled exactly", "[vocabulary]") {
    CHECK(Vocabulary::isKnown(VocabularyId::ExploitationType, QStringLiteral("ForcedLabour")));
    CHECK(Vocabulary::isKnown(VocabularyId::CaseStatus, QStringLiteral("ClosedReferred")));
    CHECK_FALSE(Vocabulary::isKnown(VocabularyId::ExploitationType, QStringLiteral("ForcedLabor")));
    CHECK_FALSE(Vocabulary::isKnown(VocabularyId::ExploitationType, QStringLiteral("forcedlabour")));
    CHECK_FALSE(Vocabulary::isKnown(VocabularyId::ExploitationType, QString()));
    CHECK_FALSE(Vocabulary::isKnown(VocabularyId::ExploitationType, QStringLiteral("Active")));
    CHECK_FALSE(Vocabulary::isKnown(VocabularyId::CaseStatus, QStringLiteral("Unknown")));
}

TEST_CASE("A known key shows its label and description", "[vocabulary]") {
    CHECK(Vocabulary::label(VocabularyId::ExploitationType, QStringLiteral("ForcedLabour")) ==
          QStringLiteral("Forced labour"));
    CHECK(Vocabulary::label(VocabularyId::Platform, QStringLiteral("VKontakte")) == QStringLiteral("VKontakte"));
    CHECK_FALSE(Vocabulary::description(VocabularyId::ControlMethod, QStringLiteral("DebtBondage")).isEmpty());
    CHECK(Vocabulary::description(VocabularyId::Platform, QStringLiteral("Facebook")).isEmpty());
}

TEST_CASE("A key from a newer device is shown as it is", "[vocabulary]") {
    const QString newer = QStringLiteral("OnlineScamCompound");
    CHECK_FALSE(Vocabulary::isKnown(VocabularyId::ExploitationType, newer));
    CHECK(Vocabulary::label(VocabularyId::ExploitationType, newer) == newer);
    CHECK(Vocabulary::description(VocabularyId::ExploitationType, newer).isEmpty());
}

TEST_CASE("Vocabulary names are unique snake_case", "[vocabulary]") {
    const QRegularExpression snakeCase(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    QSet<QString> names;
    for (VocabularyId id : kAllVocabularies) {
        const QString name = Vocabulary::name(id);
        CAPTURE(name);
        CHECK(snakeCase.match(name).hasMatch());
        names.insert(name);
    }
    CHECK(names.size() == static_cast<qsizetype>(kAllVocabularies.size()));
    CHECK(Vocabulary::name(VocabularyId::ExploitationType) == QStringLiteral("exploitation_type"));
    CHECK(Vocabulary::name(VocabularyId::CaseStatus) == QStringLiteral("case_status"));
}

TEST_CASE("Countries are named in the interface language and listed by name", "[vocabulary][countries]") {
    using fieldcase::model::countries;
    using fieldcase::model::countryName;
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(countryName(QStringLiteral("RU"), russian) == QStringLiteral("Россия"));
    CHECK(countryName(QStringLiteral("DE"), english) == QStringLiteral("Germany"));
    CHECK(countryName(QStringLiteral("KG"), russian) == QStringLiteral("Киргизия"));
    // A code no country has, from a newer laptop or typed in the CLI, is shown as it is.
    CHECK(countryName(QStringLiteral("QQ"), english) == QStringLiteral("QQ"));
    CHECK(countryName(QStringLiteral("ZZZ"), english) == QStringLiteral("ZZZ"));

    for (const QLocale& language : {russian, english}) {
        const auto listed = countries(language);
        CAPTURE(language.name());
        REQUIRE(listed.size() > 240);
        QSet<QString> codes;
        const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
        const QCollator collator(language);
        for (qsizetype i = 0; i < listed.size(); ++i) {
            CAPTURE(listed[i].code);
            CHECK(twoLetters.match(listed[i].code).hasMatch());
            CHECK(listed[i].name != listed[i].code);  // every listed country has a name
            codes.insert(listed[i].code);
            if (i > 0) CHECK(collator.compare(listed[i - 1].name, listed[i].name) <= 0);
        }
        CHECK(codes.size() == listed.size());
        CHECK(codes.contains(QStringLiteral("RU")));
        CHECK(codes.contains(QStringLiteral("UZ")));
    }
}
