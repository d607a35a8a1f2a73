#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fieldcase::model {

// The controlled vocabularies of a case record. Most follow IOM's Human Trafficking Case Data Standard (HTCDS 2.0,
// CC BY 4.0), whose value names are the stable keys we store; a few are Fieldcase's own (marked so in the .cpp).
enum class VocabularyId {
    ExploitationType,
    SexualExploitationType,
    LabourExploitationType,
    ControlMethod,
    RecruitmentMethod,
    Platform,
    RelationshipToTrafficker,
    TraffickingStatus,
    PerpetratorRole,
    CaseStatus,
    ServiceType,
    OrganisationType,
    Gender,
    CasePersonRole,
    ReferralStatus,
    FollowUpState,
    EncounterChannel,
    ConsentItem,
    RiskLevel,
    DocumentStatus,
};

struct VocabularyEntry {
    QString key;              // stored and synced; never renamed
    const char* label;        // English source text, translated in the "Vocabulary" context
    const char* description;  // English source text of the definition (tooltip), may be empty
    int sinceVersion;         // the vocabulary version that added the key
};

class Vocabulary {
public:
    // The name of a vocabulary in files and the CLI, e.g. "exploitation_type".
    static QString name(VocabularyId id);
    // The vocabulary with that name, if there is one.
    static std::optional<VocabularyId> byName(const QString& name);
    static const std::vector<VocabularyEntry>& entries(VocabularyId id);
    static bool isKnown(VocabularyId id, const QString& key);
    // The translated label; a key this build does not know (from a newer device) is shown as it is.
    static QString label(VocabularyId id, const QString& key);
    static QString description(VocabularyId id, const QString& key);
};

}  // namespace fieldcase::model
