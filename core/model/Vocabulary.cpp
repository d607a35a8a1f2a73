#include "core/model/Vocabulary.h"

#include <QCoreApplication>

#include <span>

namespace fieldcase::model {

namespace {

// One value as written in the tables below. Labels and descriptions are wrapped in QT_TRANSLATE_NOOP so that
// lupdate collects them; an empty description stays unwrapped, as there is nothing to translate.
struct Row {
    const char* key;
    const char* label;
    const char* description;
    int sinceVersion = 1;
};

// Appended to every HTCDS vocabulary: DOMAIN.md asks for Other (with free text), Unknown and DeclinedToAnswer
// everywhere, so that a worker never has to guess or press a person for an answer.
constexpr Row kOpenAnswers[] = {
    {"Other", QT_TRANSLATE_NOOP("Vocabulary", "Other"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Something not in this list; describe it in your own words.")},
    {"Unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Not known at present.")},
    {"DeclinedToAnswer", QT_TRANSLATE_NOOP("Vocabulary", "Declined to answer"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person chose not to answer; respect this and do not press.")},
};

// ---- HTCDS 2.0 vocabularies (keys are the standard's value names; Other, Unknown, DeclinedToAnswer follow) ----

constexpr Row kExploitationType[] = {
    {"ForcedLabour", QT_TRANSLATE_NOOP("Vocabulary", "Forced labour"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Work or services the person was made to do by threats or coercion.")},
    {"SexualExploitation", QT_TRANSLATE_NOOP("Vocabulary", "Sexual exploitation"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Made to sell sex or take part in sexual acts or images for others' gain.")},
    {"ChildLabour", QT_TRANSLATE_NOOP("Vocabulary", "Child labour"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A child made to do work that harms their health, growth or schooling.")},
    {"ForcedMarriage", QT_TRANSLATE_NOOP("Vocabulary", "Forced marriage"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Married, or promised in marriage, without free and full consent.")},
    {"Servitude", QT_TRANSLATE_NOOP("Vocabulary", "Servitude"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Made to live and serve under someone's total control, unable to leave.")},
    {"ForcedMilitaryByNonStateActors", QT_TRANSLATE_NOOP("Vocabulary", "Forced service in armed groups"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Made to fight or serve in an armed group that is not a state's army.")},
    {"OrganRemoval", QT_TRANSLATE_NOOP("Vocabulary", "Organ removal"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "An organ or tissue was taken, or was to be taken, for someone else's gain.")},
    {"ForcedBegging", QT_TRANSLATE_NOOP("Vocabulary", "Forced begging"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person was made to beg and hand over the money.")},
    {"ForcedAdoption", QT_TRANSLATE_NOOP("Vocabulary", "Forced adoption"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A child given up or taken for adoption by coercion, deceit or payment.")},
    {"Surrogacy", QT_TRANSLATE_NOOP("Vocabulary", "Forced surrogacy"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Made to carry a child for others, or held to a surrogacy contract.")},
};

constexpr Row kSexualExploitationType[] = {
    {"Prostitution", QT_TRANSLATE_NOOP("Vocabulary", "Prostitution"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Selling sex to clients in person: flats, saunas, hotels, street, escort.")},
    {"Pornography", QT_TRANSLATE_NOOP("Vocabulary", "Pornography"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Filmed or photographed in sexual acts, or forced to produce sexual images.")},
    {"RemoteInteractiveServices", QT_TRANSLATE_NOOP("Vocabulary", "Webcam and online sexual services"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Sexual acts shown live online or by phone: webcam streams, sex chats.")},
    {"PrivateSexualServices", QT_TRANSLATE_NOOP("Vocabulary", "Private sexual services"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Used for sex in private by one or a few people, as in a forced marriage.")},
};

// The HTCDS v1 list, kept rather than v2's ISIC industries because outreach workers can answer it in the field.
constexpr Row kLabourExploitationType[] = {
    {"Agriculture", QT_TRANSLATE_NOOP("Vocabulary", "Agriculture"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Farms, greenhouses, livestock and forestry.")},
    {"Aquafarming", QT_TRANSLATE_NOOP("Vocabulary", "Fish farming and fishing"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Fish and seafood farms, and work on fishing boats.")},
    {"Begging", QT_TRANSLATE_NOOP("Vocabulary", "Begging"), ""},
    {"Construction", QT_TRANSLATE_NOOP("Vocabulary", "Construction"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Building sites, renovation and road works.")},
    {"DomesticWork", QT_TRANSLATE_NOOP("Vocabulary", "Domestic work"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Cleaning, cooking, childcare or care of the sick in a private home.")},
    {"Hospitality", QT_TRANSLATE_NOOP("Vocabulary", "Hotels, restaurants and bars"), ""},
    {"IllicitActivities", QT_TRANSLATE_NOOP("Vocabulary", "Criminal activities"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Made to commit crimes such as growing or selling drugs, theft or fraud.")},
    {"Manufacturing", QT_TRANSLATE_NOOP("Vocabulary", "Manufacturing"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Factories, sewing workshops and food processing.")},
    {"MiningOrDrilling", QT_TRANSLATE_NOOP("Vocabulary", "Mining or drilling"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Mines, quarries, and oil and gas fields.")},
    {"Peddling", QT_TRANSLATE_NOOP("Vocabulary", "Street and market selling"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Selling goods in markets, on the street or door to door.")},
    {"Transportation", QT_TRANSLATE_NOOP("Vocabulary", "Transport"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Driving, delivery, loading and unloading, or work on ships.")},
};

constexpr Row kControlMethod[] = {
    {"PhysicalThreats", QT_TRANSLATE_NOOP("Vocabulary", "Threats of harm"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Threats to hurt the person or someone else.")},
    {"ThreatsLawEnforcement", QT_TRANSLATE_NOOP("Vocabulary", "Threats to report to the authorities"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Threats to hand the person to the police or the migration service.")},
    {"ThreatensChildrenFamily", QT_TRANSLATE_NOOP("Vocabulary", "Threats against children or family"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Threats to harm the person's children or relatives, or take the children.")},
    {"DebtBondage", QT_TRANSLATE_NOOP("Vocabulary", "Debt bondage"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Made to work off a debt, real or invented, that never seems to shrink.")},
    {"FalsePromises", QT_TRANSLATE_NOOP("Vocabulary", "False promises"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Deceived about the job, pay, conditions or what would happen on arrival.")},
    {"PhysicalAbuse", QT_TRANSLATE_NOOP("Vocabulary", "Physical abuse"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Beating, burning, tying up or other violence causing pain or injury.")},
    {"SexualAbuse", QT_TRANSLATE_NOOP("Vocabulary", "Sexual abuse"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Rape, sexual assault or control of pregnancy, used to keep control.")},
    {"TakesEarnings", QT_TRANSLATE_NOOP("Vocabulary", "Takes earnings"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The exploiter keeps all or most of the person's pay.")},
    {"RestrictsFinancialAccess", QT_TRANSLATE_NOOP("Vocabulary", "Restricts access to money"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The exploiter controls the person's bank account, cards or cash.")},
    {"RestrictsMedicalCare", QT_TRANSLATE_NOOP("Vocabulary", "Restricts medical care"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Medical care denied or delayed, or the exploiter attends every visit.")},
    {"WithholdsNecessities", QT_TRANSLATE_NOOP("Vocabulary", "Withholds necessities"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Food, water, sleep, clothing, hygiene or shelter denied or threatened.")},
    {"PsychologicalAbuse", QT_TRANSLATE_NOOP("Vocabulary", "Psychological abuse"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Humiliation, insults, blame, manipulation, use of family or love ties.")},
    {"PsychoactiveSubstance", QT_TRANSLATE_NOOP("Vocabulary", "Drugs or alcohol"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Drugs or alcohol given to make the person obey, or use of an addiction.")},
    {"ExcessiveWorkingHours", QT_TRANSLATE_NOOP("Vocabulary", "Excessive working hours"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Far longer hours than agreed, leaving no time to rest or to seek help.")},
    {"WithholdsDocuments", QT_TRANSLATE_NOOP("Vocabulary", "Withholds passport or documents"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The exploiter keeps the person's passport, ID, migration or work papers.")},
    {"RestrictsMovement", QT_TRANSLATE_NOOP("Vocabulary", "Restricts movement"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Locked in, watched, always accompanied or cut off from other people.")},
    {"UsesChildren", QT_TRANSLATE_NOOP("Vocabulary", "Control through children"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person's access to their children is used to control them.")},
};

constexpr Row kRecruitmentMethod[] = {
    {"AtAPlaceOfBusiness", QT_TRANSLATE_NOOP("Vocabulary", "At a place of business"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Approached in a shop, market, cafe, bar or similar place.")},
    {"AtAnEducationalInstitution", QT_TRANSLATE_NOOP("Vocabulary", "At a school, college or university"), ""},
    {"AtWork", QT_TRANSLATE_NOOP("Vocabulary", "At work"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Approached at the person's existing job.")},
    {"ThroughOnlineSocialNetworks", QT_TRANSLATE_NOOP("Vocabulary", "Through online social networks"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Contacted through social media or a messaging app.")},
    {"ThroughAnOnlineAdvertisement", QT_TRANSLATE_NOOP("Vocabulary", "Through an online advertisement"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Answered an advertisement on a website or job board.")},
    {"ThroughATelevisionAdvert", QT_TRANSLATE_NOOP("Vocabulary", "Through a television advert"), ""},
    {"ThroughANewspaperAdvert", QT_TRANSLATE_NOOP("Vocabulary", "Through a newspaper advert"), ""},
    {"ThroughFamilyOrFamilyEvents", QT_TRANSLATE_NOOP("Vocabulary", "Through family or family events"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Recruited by a relative or by someone met at a family gathering.")},
    {"ThroughFriendsOrSocialEvents", QT_TRANSLATE_NOOP("Vocabulary", "Through friends or social events"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Recruited by a friend or by someone met socially.")},
    {"MarriageBroker", QT_TRANSLATE_NOOP("Vocabulary", "Marriage agency or broker"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Through a marriage agency or matchmaker, often promising marriage abroad.")},
    {"JobOfferOrAgency", QT_TRANSLATE_NOOP("Vocabulary", "Job offer or recruitment agency"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Through an offer of work, or an employment, modelling or travel agency.")},
    {"IntimatePartner", QT_TRANSLATE_NOOP("Vocabulary", "Intimate partner"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "By a partner or spouse, or someone who pretended to be in love.")},
    {"Abduction", QT_TRANSLATE_NOOP("Vocabulary", "Abduction"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Taken by force, without any offer or deception.")},
};

// Websites and apps after HTCDS's list, with those used in Russia and kinds of site added; a new one is a new row.
constexpr Row kPlatform[] = {
    {"Facebook", QT_TRANSLATE_NOOP("Vocabulary", "Facebook"), ""},
    {"Instagram", QT_TRANSLATE_NOOP("Vocabulary", "Instagram"), ""},
    {"WhatsApp", QT_TRANSLATE_NOOP("Vocabulary", "WhatsApp"), ""},
    {"Telegram", QT_TRANSLATE_NOOP("Vocabulary", "Telegram"), ""},
    {"FacebookMessenger", QT_TRANSLATE_NOOP("Vocabulary", "Facebook Messenger"), ""},
    {"Viber", QT_TRANSLATE_NOOP("Vocabulary", "Viber"), ""},
    {"TikTok", QT_TRANSLATE_NOOP("Vocabulary", "TikTok"), ""},
    {"Twitter", QT_TRANSLATE_NOOP("Vocabulary", "Twitter (X)"), ""},
    {"WeChat", QT_TRANSLATE_NOOP("Vocabulary", "WeChat"), ""},
    {"VKontakte", QT_TRANSLATE_NOOP("Vocabulary", "VKontakte"), ""},
    {"Odnoklassniki", QT_TRANSLATE_NOOP("Vocabulary", "Odnoklassniki"), ""},
    {"JobBoard", QT_TRANSLATE_NOOP("Vocabulary", "Job website"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A job search website or app, such as hh.ru, SuperJob or Avito.")},
    {"DatingSite", QT_TRANSLATE_NOOP("Vocabulary", "Dating site or app"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A dating website or app, such as Tinder, Badoo or Mamba.")},
};

constexpr Row kRelationshipToTrafficker[] = {
    {"Familial", QT_TRANSLATE_NOOP("Vocabulary", "Family member"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A relative, including by marriage.")},
    {"Acquainted", QT_TRANSLATE_NOOP("Vocabulary", "Someone the person knew"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A friend, neighbour, partner, employer or other person known before.")},
    {"Unacquainted", QT_TRANSLATE_NOOP("Vocabulary", "A stranger"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Someone the person did not know before.")},
};

constexpr Row kTraffickingStatus[] = {
    {"PossibleVictimOfTrafficking", QT_TRANSLATE_NOOP("Vocabulary", "Possible victim of trafficking"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "There are signs of trafficking, but it has not been confirmed.")},
    {"ActualVictimOfTrafficking", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed victim of trafficking"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "It has been established that the person was trafficked.")},
    {"NotAVictimOfTrafficking", QT_TRANSLATE_NOOP("Vocabulary", "Not a victim of trafficking"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Found not to have been trafficked; the person may still need help.")},
};

constexpr Row kPerpetratorRole[] = {
    {"TravellingPartner", QT_TRANSLATE_NOOP("Vocabulary", "Travelling companion"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Travelled with the person to keep them under control on the way.")},
    {"Transporter", QT_TRANSLATE_NOOP("Vocabulary", "Transporter"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Moved the person from one place to another.")},
    {"RecruiterOrIntermediary", QT_TRANSLATE_NOOP("Vocabulary", "Recruiter or intermediary"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Found and recruited the person, or arranged the recruitment.")},
    {"BrokerTravelAgent", QT_TRANSLATE_NOOP("Vocabulary", "Broker or travel agent"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Arranged the journey, tickets, visas or documents.")},
    {"Smuggler", QT_TRANSLATE_NOOP("Vocabulary", "Smuggler"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Took the person across a border illegally.")},
    {"Abuser", QT_TRANSLATE_NOOP("Vocabulary", "Abuser"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Used violence or abuse against the person.")},
    {"Kidnapper", QT_TRANSLATE_NOOP("Vocabulary", "Kidnapper"), ""},
    {"Exploiter", QT_TRANSLATE_NOOP("Vocabulary", "Exploiter"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Profited from the person's work, services or body.")},
    {"BoughtIndividual", QT_TRANSLATE_NOOP("Vocabulary", "Bought the person"), ""},
    {"SoldIndividual", QT_TRANSLATE_NOOP("Vocabulary", "Sold the person"), ""},
    {"ControlledIndividual", QT_TRANSLATE_NOOP("Vocabulary", "Controlled the person"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Kept the person under control, for example as a guard or supervisor.")},
};

// HTCDS case status: a workflow state, so it has no Unknown or DeclinedToAnswer.
constexpr Row kCaseStatus[] = {
    {"Active", QT_TRANSLATE_NOOP("Vocabulary", "Active"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The case is open and being worked on.")},
    {"FollowUp", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Main support is over; the worker keeps in touch to see how things go.")},
    {"Closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Work on the case has ended; record the closing reason.")},
    {"ClosedReferred", QT_TRANSLATE_NOOP("Vocabulary", "Closed, referred elsewhere"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Closed here because another organisation has taken over the support.")},
};

constexpr Row kServiceType[] = {
    {"Education", QT_TRANSLATE_NOOP("Vocabulary", "Education"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "School, vocational training or language courses.")},
    {"Financial", QT_TRANSLATE_NOOP("Vocabulary", "Financial support"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Cash or material aid, help with debts or with opening a bank account.")},
    {"Health", QT_TRANSLATE_NOOP("Vocabulary", "Health care"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Medical examination, treatment and medicines.")},
    {"Legal", QT_TRANSLATE_NOOP("Vocabulary", "Legal help"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Legal advice, court representation, help with documents and status.")},
    {"Livelihood", QT_TRANSLATE_NOOP("Vocabulary", "Livelihood"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Help to earn a living: a job, a small business or a trade like jewellery.")},
    {"Psychological", QT_TRANSLATE_NOOP("Vocabulary", "Psychological support"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Counselling, therapy or crisis support.")},
    {"Shelter", QT_TRANSLATE_NOOP("Vocabulary", "Shelter"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A safe place to stay, for a short or long time.")},
    {"SocialCare", QT_TRANSLATE_NOOP("Vocabulary", "Social care"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Help from social services: benefits, childcare, support in daily life.")},
    {"LabourExploitationRehabilitation", QT_TRANSLATE_NOOP("Vocabulary", "Rehabilitation after labour exploitation"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Recovery and reintegration programme after labour exploitation.")},
    {"SexualExploitationRehabilitation", QT_TRANSLATE_NOOP("Vocabulary", "Rehabilitation after sexual exploitation"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Recovery and reintegration programme after sexual exploitation.")},
    {"RightsBasedTraining", QT_TRANSLATE_NOOP("Vocabulary", "Training on rights"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Learning one's rights as a worker, a migrant or a victim of crime.")},
    {"Repatriation", QT_TRANSLATE_NOOP("Vocabulary", "Return home"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Safe return to the home country, with travel and documents arranged.")},
};

constexpr Row kOrganisationType[] = {
    {"NGO", QT_TRANSLATE_NOOP("Vocabulary", "NGO"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A non-governmental, non-profit organisation.")},
    {"LawEnforcement", QT_TRANSLATE_NOOP("Vocabulary", "Law enforcement"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The police or another law enforcement body.")},
    {"HealthServiceOrganisation", QT_TRANSLATE_NOOP("Vocabulary", "Health service"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A hospital, clinic or other health care provider.")},
    {"CentralGovernmentOrganisation", QT_TRANSLATE_NOOP("Vocabulary", "Central government"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A ministry or other national government body.")},
    {"LocalGovernmentOrganisation", QT_TRANSLATE_NOOP("Vocabulary", "Local government"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A regional or municipal authority, including local social services.")},
    {"ImmigrationService", QT_TRANSLATE_NOOP("Vocabulary", "Immigration service"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The migration service or border authorities.")},
    {"LegalService", QT_TRANSLATE_NOOP("Vocabulary", "Legal service"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Lawyers, a legal aid service or a legal clinic.")},
    {"CorporateBusiness", QT_TRANSLATE_NOOP("Vocabulary", "Business"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A private company.")},
    {"SchoolOrCollege", QT_TRANSLATE_NOOP("Vocabulary", "School or college"), ""},
    {"Embassy", QT_TRANSLATE_NOOP("Vocabulary", "Embassy or consulate"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A foreign country's embassy or consulate.")},
    {"Shelter", QT_TRANSLATE_NOOP("Vocabulary", "Shelter"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A shelter or crisis centre offering a safe place to stay.")},
};

constexpr Row kGender[] = {
    {"Feminine", QT_TRANSLATE_NOOP("Vocabulary", "Female"), ""},
    {"Masculine", QT_TRANSLATE_NOOP("Vocabulary", "Male"), ""},
    {"TransgenderFeminine", QT_TRANSLATE_NOOP("Vocabulary", "Transgender woman"), ""},
    {"TransgenderMasculine", QT_TRANSLATE_NOOP("Vocabulary", "Transgender man"), ""},
    {"NonConforming", QT_TRANSLATE_NOOP("Vocabulary", "Gender non-conforming"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person does not identify as only female or only male.")},
    {"NonSpecifiedUnknown", QT_TRANSLATE_NOOP("Vocabulary", "Not specified"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Not stated or not recorded.")},
};

// ---- Fieldcase's own vocabularies: not HTCDS, so their keys are ours to choose and they have no open answers ----

constexpr Row kCasePersonRole[] = {
    {"Survivor", QT_TRANSLATE_NOOP("Vocabulary", "Survivor or presumed victim"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A person who was, or may have been, trafficked.")},
    {"FamilyMember", QT_TRANSLATE_NOOP("Vocabulary", "Family member"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A relative of the survivor.")},
    {"Witness", QT_TRANSLATE_NOOP("Vocabulary", "Witness"), ""},
    {"Contact", QT_TRANSLATE_NOOP("Vocabulary", "Contact or informant"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Someone who gave information or can help reach the person.")},
    {"SuspectedTrafficker", QT_TRANSLATE_NOOP("Vocabulary", "Suspected trafficker"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Suspected of taking part in the trafficking; record their role too.")},
    {"Other", QT_TRANSLATE_NOOP("Vocabulary", "Other"), ""},
};

constexpr Row kReferralStatus[] = {
    {"Planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The referral is being prepared and has not been sent yet.")},
    {"Sent", QT_TRANSLATE_NOOP("Vocabulary", "Sent"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The organisation has received the request and has not answered yet.")},
    {"Accepted", QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The organisation has agreed to help.")},
    {"Declined", QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The organisation cannot or will not help.")},
    {"Completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The service has been provided.")},
    {"Cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Stopped before the service was given, for example at the person's wish.")},
};

constexpr Row kFollowUpState[] = {
    {"Open", QT_TRANSLATE_NOOP("Vocabulary", "Open"), ""},
    {"Done", QT_TRANSLATE_NOOP("Vocabulary", "Done"), ""},
    {"Cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"), ""},
};

constexpr Row kEncounterChannel[] = {
    {"FieldVisit", QT_TRANSLATE_NOOP("Vocabulary", "Field visit"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Met in person on outreach: street, market, workplace, home or station.")},
    {"HotlineCall", QT_TRANSLATE_NOOP("Vocabulary", "Hotline call"), ""},
    {"OnlineChat", QT_TRANSLATE_NOOP("Vocabulary", "Online chat"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "A messenger, social network or website chat.")},
    {"Shelter", QT_TRANSLATE_NOOP("Vocabulary", "At a shelter"), ""},
    {"Office", QT_TRANSLATE_NOOP("Vocabulary", "At the office"), ""},
    {"Court", QT_TRANSLATE_NOOP("Vocabulary", "At court"), ""},
    {"Other", QT_TRANSLATE_NOOP("Vocabulary", "Other"), ""},
};

// The consent items that HTCDS asks to record, under keys of our own.
constexpr Row kConsentItem[] = {
    {"Interview", QT_TRANSLATE_NOOP("Vocabulary", "Agrees to an interview"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person agrees to talk with us and answer questions.")},
    {"PurposeExplained", QT_TRANSLATE_NOOP("Vocabulary", "Purpose explained"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "We explained why we collect the information and how it is used.")},
    {"DataUse", QT_TRANSLATE_NOOP("Vocabulary", "Use of personal data"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person agrees that we record and use their information to help them.")},
    {"AnonymisedResearchUse", QT_TRANSLATE_NOOP("Vocabulary", "Anonymised use for research"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Data without names or identifying details may be used for research.")},
    {"RightToSeeOwnData", QT_TRANSLATE_NOOP("Vocabulary", "Right to see own data explained"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person knows they may see the information we hold about them.")},
    {"StorageDuration", QT_TRANSLATE_NOOP("Vocabulary", "Storage period explained"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person was told how long their information will be kept.")},
    {"HowToWithdraw", QT_TRANSLATE_NOOP("Vocabulary", "How to withdraw explained"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person was told how to withdraw consent at any time.")},
    {"ReferralSharing", QT_TRANSLATE_NOOP("Vocabulary", "Details shared in referrals"),
     QT_TRANSLATE_NOOP("VocabularyHelp",
                       "The person agrees that their name, age and contacts go in a referral letter to the "
                       "organisation helping them (to one organisation only, when one is named).")},
};

// Lower-case keys: the CLI takes them as typed, `--risk low|medium|high|critical`.
constexpr Row kRiskLevel[] = {
    {"low", QT_TRANSLATE_NOOP("Vocabulary", "Low"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "No sign of danger at present.")},
    {"medium", QT_TRANSLATE_NOOP("Vocabulary", "Medium"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Some danger; keep a close watch.")},
    {"high", QT_TRANSLATE_NOOP("Vocabulary", "High"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Serious danger of harm or of being trafficked again.")},
    {"critical", QT_TRANSLATE_NOOP("Vocabulary", "Critical"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Immediate danger to life or safety.")},
};

constexpr Row kDocumentStatus[] = {
    {"PassportHeldByEmployer", QT_TRANSLATE_NOOP("Vocabulary", "Passport held by employer"), ""},
    {"PassportHeldByOther", QT_TRANSLATE_NOOP("Vocabulary", "Passport held by someone else"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "For example by a recruiter, landlord, partner or intermediary.")},
    {"DocumentsLost", QT_TRANSLATE_NOOP("Vocabulary", "Documents lost"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Lost, stolen or destroyed.")},
    {"DocumentsForged", QT_TRANSLATE_NOOP("Vocabulary", "Forged documents"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "The person has false or forged documents, often given by the recruiter.")},
    {"VisaExpired", QT_TRANSLATE_NOOP("Vocabulary", "Visa expired"), ""},
    {"NoWorkPermit", QT_TRANSLATE_NOOP("Vocabulary", "No work permit"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "No valid work permit or, in Russia, no work patent.")},
    {"NoRegistration", QT_TRANSLATE_NOOP("Vocabulary", "No migration registration"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Not registered at a place of stay, as foreigners in Russia must be.")},
    {"DocumentsInOrder", QT_TRANSLATE_NOOP("Vocabulary", "Documents in order"), ""},
    {"Unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Not known at present.")},
    {"Other", QT_TRANSLATE_NOOP("Vocabulary", "Other"),
     QT_TRANSLATE_NOOP("VocabularyHelp", "Something not in this list; describe it in your own words.")},
};

struct Definition {
    const char* name = nullptr;
    std::span<const Row> rows;
    bool openAnswers = false;  // an HTCDS vocabulary: kOpenAnswers follow its rows
};

// The switch has no default, so the compiler flags a new VocabularyId that has no table. Past the last
// enumerator it falls through to an empty definition, which is how allEntries() knows where to stop.
Definition definition(VocabularyId id) {
    using V = VocabularyId;
    switch (id) {
        case V::ExploitationType:
            return {"exploitation_type", kExploitationType, true};
        case V::SexualExploitationType:
            return {"sexual_exploitation_type", kSexualExploitationType, true};
        case V::LabourExploitationType:
            return {"labour_exploitation_type", kLabourExploitationType, true};
        case V::ControlMethod:
            return {"control_method", kControlMethod, true};
        case V::RecruitmentMethod:
            return {"recruitment_method", kRecruitmentMethod, true};
        case V::Platform:
            return {"platform", kPlatform, true};
        case V::RelationshipToTrafficker:
            return {"relationship_to_trafficker", kRelationshipToTrafficker, true};
        case V::TraffickingStatus:
            return {"trafficking_status", kTraffickingStatus, true};
        case V::PerpetratorRole:
            return {"perpetrator_role", kPerpetratorRole, true};
        case V::CaseStatus:
            return {"case_status", kCaseStatus, false};
        case V::ServiceType:
            return {"service_type", kServiceType, true};
        case V::OrganisationType:
            return {"organisation_type", kOrganisationType, true};
        case V::Gender:
            return {"gender", kGender, true};
        case V::CasePersonRole:
            return {"case_person_role", kCasePersonRole, false};
        case V::ReferralStatus:
            return {"referral_status", kReferralStatus, false};
        case V::FollowUpState:
            return {"follow_up_state", kFollowUpState, false};
        case V::EncounterChannel:
            return {"encounter_channel", kEncounterChannel, false};
        case V::ConsentItem:
            return {"consent_item", kConsentItem, false};
        case V::RiskLevel:
            return {"risk_level", kRiskLevel, false};
        case V::DocumentStatus:
            return {"document_status", kDocumentStatus, false};
    }
    return {};
}

// Every vocabulary's entries, indexed by VocabularyId, built once.
const std::vector<std::vector<VocabularyEntry>>& allEntries() {
    static const std::vector<std::vector<VocabularyEntry>> all = [] {
        std::vector<std::vector<VocabularyEntry>> result;
        for (int id = 0;; ++id) {
            const Definition def = definition(static_cast<VocabularyId>(id));
            if (def.name == nullptr) break;
            std::vector<VocabularyEntry>& entries = result.emplace_back();
            const auto add = [&entries](const Row& row) {
                entries.push_back({QString::fromLatin1(row.key), row.label, row.description, row.sinceVersion});
            };
            for (const Row& row : def.rows) {
                add(row);
            }
            if (def.openAnswers) {
                for (const Row& row : kOpenAnswers) {
                    add(row);
                }
            }
        }
        return result;
    }();
    return all;
}

const VocabularyEntry* entryFor(VocabularyId id, const QString& key) {
    for (const auto& entry : Vocabulary::entries(id)) {
        if (entry.key == key) return &entry;
    }
    return nullptr;
}

}  // namespace

QString Vocabulary::name(VocabularyId id) {
    return QString::fromLatin1(definition(id).name);
}

std::optional<VocabularyId> Vocabulary::byName(const QString& name) {
    for (std::size_t id = 0; id < allEntries().size(); ++id) {
        if (name == QLatin1String(definition(static_cast<VocabularyId>(id)).name)) return static_cast<VocabularyId>(id);
    }
    return std::nullopt;
}

const std::vector<VocabularyEntry>& Vocabulary::entries(VocabularyId id) {
    return allEntries().at(static_cast<std::size_t>(id));
}

bool Vocabulary::isKnown(VocabularyId id, const QString& key) {
    return entryFor(id, key) != nullptr;
}

QString Vocabulary::label(VocabularyId id, const QString& key) {
    const VocabularyEntry* entry = entryFor(id, key);
    return entry ? QCoreApplication::translate("Vocabulary", entry->label) : key;
}

QString Vocabulary::description(VocabularyId id, const QString& key) {
    const VocabularyEntry* entry = entryFor(id, key);
    if (entry == nullptr || *entry->description == '\0') return {};
    return QCoreApplication::translate("VocabularyHelp", entry->description);
}

}  // namespace fieldcase::model
