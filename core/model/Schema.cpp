#include "core/model/Schema.h"

#include <QtGlobal>

namespace fieldcase::model {

namespace {

using V = VocabularyId;
using T = FieldType;

FieldDef text(int id, const char* name, const char* label, int maxLength = 200) {
    return {id, name, label, T::Text, std::nullopt, false, maxLength};
}
FieldDef longText(int id, const char* name, const char* label) {
    FieldDef def{id, name, label, T::LongText, std::nullopt, false, 20000};
    def.searchable = true;
    return def;
}
FieldDef lines(int id, const char* name, const char* label) {
    return {id, name, label, T::Lines, std::nullopt, false, 2000};
}
FieldDef choice(int id, const char* name, const char* label, V vocabulary) {
    return {id, name, label, T::Choice, vocabulary};
}
FieldDef choiceSet(int id, const char* name, const char* label, V vocabulary) {
    return {id, name, label, T::ChoiceSet, vocabulary};
}
FieldDef ofType(int id, const char* name, const char* label, T type) {
    return {id, name, label, type};
}
FieldDef reference(int id, const char* name, const char* label, TableId target, bool owner) {
    FieldDef def{id, name, label, T::Reference};
    def.references = target;
    def.owner = owner;
    return def;
}
FieldDef integer(int id, const char* name, const char* label, qint64 minimum, qint64 maximum) {
    FieldDef def{id, name, label, T::Integer};
    def.minimum = minimum;
    def.maximum = maximum;
    return def;
}
FieldDef required(FieldDef def) {
    def.required = true;
    return def;
}
FieldDef searchable(FieldDef def) {
    def.searchable = true;
    return def;
}
FieldDef name(FieldDef def) {
    def.searchable = true;
    def.nameLike = true;
    return def;
}
FieldDef generated(FieldDef def) {
    def.generated = true;
    return def;
}
FieldDef archived() {
    return ofType(kArchivedFieldId, kArchivedFieldName, QT_TRANSLATE_NOOP("Fields", "Archived"), T::Boolean);
}

std::vector<TableDef> buildTables() {
    std::vector<TableDef> tables;
    tables.push_back(TableDef{
        TableId::Case,
        "cases",
        "case",
        QT_TRANSLATE_NOOP("Fields", "Case"),
        {
            generated(text(1, "reference", QT_TRANSLATE_NOOP("Fields", "Reference"), 40)),
            required(searchable(text(2, "title", QT_TRANSLATE_NOOP("Fields", "Title")))),
            required(choice(3, "status", QT_TRANSLATE_NOOP("Fields", "Status"), V::CaseStatus)),
            choice(4, "trafficking_status", QT_TRANSLATE_NOOP("Fields", "Trafficking status"), V::TraffickingStatus),
            choiceSet(5, "exploitation", QT_TRANSLATE_NOOP("Fields", "Type of exploitation"), V::ExploitationType),
            choiceSet(6, "sexual_exploitation", QT_TRANSLATE_NOOP("Fields", "Type of sexual exploitation"),
                      V::SexualExploitationType),
            choiceSet(7, "labour_exploitation", QT_TRANSLATE_NOOP("Fields", "Type of labour exploitation"),
                      V::LabourExploitationType),
            choiceSet(8, "recruitment", QT_TRANSLATE_NOOP("Fields", "Method of recruitment"), V::RecruitmentMethod),
            choiceSet(9, "platforms", QT_TRANSLATE_NOOP("Fields", "Platforms"), V::Platform),
            choiceSet(10, "control_methods", QT_TRANSLATE_NOOP("Fields", "Methods of control"), V::ControlMethod),
            choice(11, "risk", QT_TRANSLATE_NOOP("Fields", "Risk"), V::RiskLevel),
            text(12, "assigned_to", QT_TRANSLATE_NOOP("Fields", "Assigned to")),
            ofType(13, "opened_on", QT_TRANSLATE_NOOP("Fields", "Opened on"), T::Date),
            ofType(14, "closed_on", QT_TRANSLATE_NOOP("Fields", "Closed on"), T::Date),
            longText(15, "summary", QT_TRANSLATE_NOOP("Fields", "Summary")),
            text(16, "closing_reason", QT_TRANSLATE_NOOP("Fields", "Closing reason"), 2000),
            lines(17, "tags", QT_TRANSLATE_NOOP("Fields", "Tags")),
            text(18, "other_details", QT_TRANSLATE_NOOP("Fields", "Other (details)"), 2000),
            ofType(19, "retain", QT_TRANSLATE_NOOP("Fields", "Keep past the retention period"), T::Boolean),
            ofType(20, "exploitation_countries", QT_TRANSLATE_NOOP("Fields", "Countries of exploitation"),
                   T::CountryCodes),
            archived(),
        }});
    tables.push_back(TableDef{
        TableId::Person,
        "persons",
        "person",
        QT_TRANSLATE_NOOP("Fields", "Person"),
        {
            name(text(1, "given_name", QT_TRANSLATE_NOOP("Fields", "Given name"))),
            name(text(2, "family_name", QT_TRANSLATE_NOOP("Fields", "Family name"))),
            name(text(3, "patronymic", QT_TRANSLATE_NOOP("Fields", "Patronymic"))),
            name(lines(4, "aliases", QT_TRANSLATE_NOOP("Fields", "Aliases and nicknames"))),
            name(lines(5, "other_script_names", QT_TRANSLATE_NOOP("Fields", "Names in other scripts"))),
            choice(6, "gender", QT_TRANSLATE_NOOP("Fields", "Gender"), V::Gender),
            ofType(7, "birth_date", QT_TRANSLATE_NOOP("Fields", "Date of birth"), T::Date),
            integer(8, "estimated_age", QT_TRANSLATE_NOOP("Fields", "Estimated age"), 0, 120),
            integer(9, "age_when_trafficked", QT_TRANSLATE_NOOP("Fields", "Age when trafficked"), 0, 120),
            ofType(10, "citizenships", QT_TRANSLATE_NOOP("Fields", "Citizenship"), T::CountryCodes),
            ofType(11, "languages", QT_TRANSLATE_NOOP("Fields", "Languages"), T::LanguageCodes),
            lines(12, "phones", QT_TRANSLATE_NOOP("Fields", "Phone numbers")),
            lines(13, "messengers", QT_TRANSLATE_NOOP("Fields", "Messenger handles")),
            text(14, "address", QT_TRANSLATE_NOOP("Fields", "Address"), 500),
            choiceSet(15, "document_status", QT_TRANSLATE_NOOP("Fields", "Documents"), V::DocumentStatus),
            text(16, "migration_status", QT_TRANSLATE_NOOP("Fields", "Migration or protection status"), 500),
            longText(17, "notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
            generated(reference(18, "merged_into", QT_TRANSLATE_NOOP("Fields", "Merged into"), TableId::Person, false)),
            archived(),
        }});
    tables.push_back(TableDef{
        TableId::CasePerson,
        "case_persons",
        "case_person",
        QT_TRANSLATE_NOOP("Fields", "Person in a case"),
        {
            required(reference(1, "case_id", QT_TRANSLATE_NOOP("Fields", "Case"), TableId::Case, true)),
            required(reference(2, "person_id", QT_TRANSLATE_NOOP("Fields", "Person"), TableId::Person, true)),
            required(choice(3, "role", QT_TRANSLATE_NOOP("Fields", "Role"), V::CasePersonRole)),
            choiceSet(4, "perpetrator_roles", QT_TRANSLATE_NOOP("Fields", "Perpetrator role"), V::PerpetratorRole),
            choice(5, "relationship", QT_TRANSLATE_NOOP("Fields", "Relationship to the trafficker"),
                   V::RelationshipToTrafficker),
            archived(),
        }});
    tables.push_back(
        TableDef{TableId::Encounter,
                 "encounters",
                 "encounter",
                 QT_TRANSLATE_NOOP("Fields", "Encounter"),
                 {
                     required(reference(1, "case_id", QT_TRANSLATE_NOOP("Fields", "Case"), TableId::Case, true)),
                     required(ofType(2, "at", QT_TRANSLATE_NOOP("Fields", "Date and time"), T::DateTime)),
                     searchable(text(3, "place", QT_TRANSLATE_NOOP("Fields", "Place"), 500)),
                     choice(4, "channel", QT_TRANSLATE_NOOP("Fields", "Channel"), V::EncounterChannel),
                     text(5, "worker", QT_TRANSLATE_NOOP("Fields", "Worker")),
                     text(6, "people_present", QT_TRANSLATE_NOOP("Fields", "People present"), 1000),
                     ofType(7, "interpreter_needed", QT_TRANSLATE_NOOP("Fields", "Interpreter needed"), T::Boolean),
                     required(longText(8, "text", QT_TRANSLATE_NOOP("Fields", "What happened"))),
                     longText(9, "needs", QT_TRANSLATE_NOOP("Fields", "Needs identified")),
                     longText(10, "safety_concerns", QT_TRANSLATE_NOOP("Fields", "Safety concerns")),
                     archived(),
                 }});
    tables.push_back(
        TableDef{TableId::Note,
                 "notes",
                 "note",
                 QT_TRANSLATE_NOOP("Fields", "Note"),
                 {
                     required(reference(1, "case_id", QT_TRANSLATE_NOOP("Fields", "Case"), TableId::Case, true)),
                     required(longText(2, "text", QT_TRANSLATE_NOOP("Fields", "Note"))),
                     text(3, "author", QT_TRANSLATE_NOOP("Fields", "Author")),
                 },
                 true});
    tables.push_back(TableDef{
        TableId::Referral,
        "referrals",
        "referral",
        QT_TRANSLATE_NOOP("Fields", "Referral"),
        {
            required(reference(1, "case_id", QT_TRANSLATE_NOOP("Fields", "Case"), TableId::Case, true)),
            reference(2, "organisation_id", QT_TRANSLATE_NOOP("Fields", "Organisation"), TableId::Organisation, false),
            required(choice(3, "service_type", QT_TRANSLATE_NOOP("Fields", "Service"), V::ServiceType)),
            searchable(text(4, "reason", QT_TRANSLATE_NOOP("Fields", "Reason"), 2000)),
            required(choice(5, "status", QT_TRANSLATE_NOOP("Fields", "Status"), V::ReferralStatus)),
            ofType(6, "sent_on", QT_TRANSLATE_NOOP("Fields", "Sent on"), T::Date),
            ofType(7, "closed_on", QT_TRANSLATE_NOOP("Fields", "Closed on"), T::Date),
            searchable(text(8, "outcome", QT_TRANSLATE_NOOP("Fields", "Outcome"), 2000)),
            archived(),
        }});
    tables.push_back(
        TableDef{TableId::FollowUp,
                 "followups",
                 "followup",
                 QT_TRANSLATE_NOOP("Fields", "Follow-up"),
                 {
                     required(reference(1, "case_id", QT_TRANSLATE_NOOP("Fields", "Case"), TableId::Case, true)),
                     required(searchable(text(2, "what", QT_TRANSLATE_NOOP("Fields", "What to do"), 1000))),
                     required(ofType(3, "due_on", QT_TRANSLATE_NOOP("Fields", "Due on"), T::Date)),
                     text(4, "assignee", QT_TRANSLATE_NOOP("Fields", "Assigned to")),
                     required(choice(5, "state", QT_TRANSLATE_NOOP("Fields", "State"), V::FollowUpState)),
                     reference(6, "encounter_id", QT_TRANSLATE_NOOP("Fields", "Encounter"), TableId::Encounter, false),
                     reference(7, "referral_id", QT_TRANSLATE_NOOP("Fields", "Referral"), TableId::Referral, false),
                     archived(),
                 }});
    tables.push_back(TableDef{TableId::Organisation,
                              "organisations",
                              "organisation",
                              QT_TRANSLATE_NOOP("Fields", "Organisation"),
                              {
                                  required(name(text(1, "name", QT_TRANSLATE_NOOP("Fields", "Name")))),
                                  choice(2, "org_type", QT_TRANSLATE_NOOP("Fields", "Type"), V::OrganisationType),
                                  choiceSet(3, "services", QT_TRANSLATE_NOOP("Fields", "Services"), V::ServiceType),
                                  searchable(text(4, "city", QT_TRANSLATE_NOOP("Fields", "City"))),
                                  lines(5, "contacts", QT_TRANSLATE_NOOP("Fields", "Contacts")),
                                  longText(6, "notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
                                  archived(),
                              }});
    tables.push_back(
        TableDef{TableId::Consent,
                 "consents",
                 "consent",
                 QT_TRANSLATE_NOOP("Fields", "Consent"),
                 {
                     required(reference(1, "person_id", QT_TRANSLATE_NOOP("Fields", "Person"), TableId::Person, true)),
                     required(choice(2, "item", QT_TRANSLATE_NOOP("Fields", "Consent item"), V::ConsentItem)),
                     required(ofType(3, "given", QT_TRANSLATE_NOOP("Fields", "Given"), T::Boolean)),
                     text(4, "recorded_by", QT_TRANSLATE_NOOP("Fields", "Recorded by")),
                     ofType(5, "recorded_on", QT_TRANSLATE_NOOP("Fields", "Recorded on"), T::Date),
                     ofType(6, "withdrawn_on", QT_TRANSLATE_NOOP("Fields", "Withdrawn on"), T::Date),
                     reference(7, "organisation_id", QT_TRANSLATE_NOOP("Fields", "Only for this organisation"),
                               TableId::Organisation, false),
                     archived(),
                 }});
    tables.push_back(TableDef{
        TableId::Attachment,
        "attachments",
        "attachment",
        QT_TRANSLATE_NOOP("Fields", "Attachment"),
        {
            reference(1, "case_id", QT_TRANSLATE_NOOP("Fields", "Case"), TableId::Case, true),
            reference(2, "person_id", QT_TRANSLATE_NOOP("Fields", "Person"), TableId::Person, true),
            required(searchable(text(3, "name", QT_TRANSLATE_NOOP("Fields", "File name"), 255))),
            generated(text(4, "media_type", QT_TRANSLATE_NOOP("Fields", "Type of file"), 100)),
            generated(integer(5, "size", QT_TRANSLATE_NOOP("Fields", "Size in bytes"), 0, kMaxAttachmentBytes)),
            generated(text(6, "content_hash", QT_TRANSLATE_NOOP("Fields", "Content fingerprint"), 64)),
            text(7, "description", QT_TRANSLATE_NOOP("Fields", "Description"), 1000),
            archived(),
        }});
    return tables;
}

}  // namespace

QString fieldTypeName(FieldType type) {
    switch (type) {
        case FieldType::Text:
            return QStringLiteral("text");
        case FieldType::LongText:
            return QStringLiteral("long_text");
        case FieldType::Lines:
            return QStringLiteral("lines");
        case FieldType::Date:
            return QStringLiteral("date");
        case FieldType::DateTime:
            return QStringLiteral("datetime");
        case FieldType::Integer:
            return QStringLiteral("integer");
        case FieldType::Boolean:
            return QStringLiteral("boolean");
        case FieldType::Choice:
            return QStringLiteral("choice");
        case FieldType::ChoiceSet:
            return QStringLiteral("choice_set");
        case FieldType::CountryCodes:
            return QStringLiteral("country_codes");
        case FieldType::LanguageCodes:
            return QStringLiteral("language_codes");
        case FieldType::Reference:
            return QStringLiteral("reference");
    }
    return {};
}

const std::vector<TableDef>& Schema::tables() {
    static const std::vector<TableDef> all = buildTables();
    return all;
}

const TableDef& Schema::table(TableId id) {
    return *tableByNumber(static_cast<int>(id));
}

const TableDef* Schema::tableByNumber(int number) {
    for (const auto& table : tables()) {
        if (static_cast<int>(table.id) == number) return &table;
    }
    return nullptr;
}

const TableDef* Schema::tableBySingular(const QString& singular) {
    for (const auto& table : tables()) {
        if (singular == QLatin1String(table.singular)) return &table;
    }
    return nullptr;
}

const FieldDef* Schema::field(const TableDef& table, const QString& fieldName) {
    for (const auto& field : table.fields) {
        if (fieldName == QLatin1String(field.name)) return &field;
    }
    return nullptr;
}

const FieldDef* Schema::fieldById(const TableDef& table, int id) {
    for (const auto& field : table.fields) {
        if (field.id == id) return &field;
    }
    return nullptr;
}

std::vector<std::pair<const TableDef*, const FieldDef*>> Schema::dependents(TableId id) {
    std::vector<std::pair<const TableDef*, const FieldDef*>> result;
    for (const auto& table : tables()) {
        for (const auto& field : table.fields) {
            if (field.owner && field.references == id) result.emplace_back(&table, &field);
        }
    }
    return result;
}

}  // namespace fieldcase::model
