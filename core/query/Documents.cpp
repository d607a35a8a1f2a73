#include "core/query/Documents.h"

#include "core/model/Countries.h"
#include "core/model/Schema.h"
#include "core/model/Vocabulary.h"
#include "core/query/RecordRows.h"
#include "core/query/Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace fieldcase::query {

namespace {

using model::FieldDef;
using model::FieldType;
using model::Schema;
using model::TableDef;
using model::TableId;
using model::Vocabulary;

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dayText(const QDate& day) {
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString field(const RecordData& record, const char* name) {
    return record.fields.value(QLatin1String(name)).toString();
}

// A value as a person reads it: vocabulary labels, dates in the interface language, lists joined.
QString valueText(db::Connection& connection, const FieldDef& def, const QVariant& value) {
    switch (def.type) {
        case FieldType::Choice:
            return Vocabulary::label(*def.vocabulary, value.toString());
        case FieldType::ChoiceSet: {
            QStringList labels;
            for (const QString& key : value.toStringList())
                labels << Vocabulary::label(*def.vocabulary, key);
            return labels.join(QStringLiteral(", "));
        }
        case FieldType::CountryCodes: {
            QStringList names;
            for (const QString& code : value.toStringList())
                names << model::countryName(code, QLocale());
            return names.join(QStringLiteral(", "));
        }
        case FieldType::Lines:
        case FieldType::LanguageCodes:
            return value.toStringList().join(QStringLiteral(", "));
        case FieldType::Date:
            return dayText(QDate::fromString(value.toString(), Qt::ISODate));
        case FieldType::DateTime:
            return QLocale().toString(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime(),
                                      QStringLiteral("d MMMM yyyy, HH:mm"));
        case FieldType::Boolean:
            return value.toBool() ? QCoreApplication::translate("Records", "yes")
                                  : QCoreApplication::translate("Records", "no");
        case FieldType::Reference: {
            // Only organisations are named by reference in print (a referral's); other ids mean nothing on paper.
            if (def.references != TableId::Organisation) return {};
            auto organisation = record(connection, Schema::table(TableId::Organisation), value.toString());
            return organisation ? field(*organisation, "name") : QString();
        }
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Integer:
            return value.toString();
    }
    return value.toString();
}

// A record's fields with a value, as a two-column table, leaving out those named in skip.
QString fieldTable(db::Connection& connection, const TableDef& table, const RecordData& record,
                   const QStringList& skip = {}) {
    QString rows;
    for (const FieldDef& def : table.fields) {
        const QString name = QLatin1String(def.name);
        if (def.id == model::kArchivedFieldId || skip.contains(name) || !record.fields.contains(name)) continue;
        if (def.type == FieldType::Reference && def.references != TableId::Organisation) continue;
        const QString text = valueText(connection, def, record.fields.value(name));
        if (text.isEmpty()) continue;
        rows += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(escaped(QCoreApplication::translate("Fields", def.label)), escaped(text));
    }
    return rows.isEmpty() ? QString() : QStringLiteral("<table width=\"100%\" cellpadding=\"3\">%1</table>").arg(rows);
}

QString heading(int level, const QString& text) {
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escaped(text));
}

QString footer(const PrintContext& context, const char* text) {
    return QStringLiteral("<hr><p><small>%1</small></p>")
        .arg(escaped(QCoreApplication::translate("Documents", text).arg(dayText(context.today), context.worker)));
}

QString personHeading(const RecordData& person) {
    QString name = personName(person);
    if (name.isEmpty()) name = QCoreApplication::translate("Documents", "Person without a name");
    const QString role = field(person, "role");
    return role.isEmpty() ? name
                          : QCoreApplication::translate("Documents", "%1 — %2")
                                .arg(name, Vocabulary::label(model::VocabularyId::CasePersonRole, role));
}

const TableDef& tableOf(TableId id) {
    return Schema::table(id);
}

QString caseSection(db::Connection& connection, const CaseDetails& details, const QString& section) {
    QString html;
    if (section == QLatin1String("case")) {
        html += heading(2, QCoreApplication::translate("Documents", "The case"));
        html += fieldTable(connection, tableOf(TableId::Case), details.record, {QStringLiteral("title")});
    } else if (section == QLatin1String("people")) {
        html += heading(2, QCoreApplication::translate("Documents", "People"));
        for (const RecordData& person : details.people) {
            html += heading(3, personHeading(person));
            html += fieldTable(connection, tableOf(TableId::Person), person, {QStringLiteral("merged_into")});
            html += fieldTable(connection, tableOf(TableId::CasePerson), person, {QStringLiteral("role")});
        }
    } else if (section == QLatin1String("encounters")) {
        html += heading(2, QCoreApplication::translate("Documents", "Encounters"));
        for (const RecordData& encounter : details.encounters) {
            html += heading(3, valueText(connection, *Schema::field(tableOf(TableId::Encounter), QStringLiteral("at")),
                                         encounter.fields.value(QStringLiteral("at"))));
            html += fieldTable(connection, tableOf(TableId::Encounter), encounter, {QStringLiteral("at")});
        }
    } else if (section == QLatin1String("notes")) {
        html += heading(2, QCoreApplication::translate("Documents", "Notes"));
        for (const RecordData& note : details.notes) {
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(escaped(QCoreApplication::translate("Documents", "%1, %2")
                                         .arg(dayText(QDateTime::fromMSecsSinceEpoch(note.createdAt).date()),
                                              field(note, "author"))),
                             escaped(field(note, "text")));
        }
    } else if (section == QLatin1String("referrals")) {
        html += heading(2, QCoreApplication::translate("Documents", "Referrals"));
        for (const RecordData& referral : details.referrals)
            html += fieldTable(connection, tableOf(TableId::Referral), referral) + QStringLiteral("<br>");
    } else if (section == QLatin1String("followups")) {
        html += heading(2, QCoreApplication::translate("Documents", "Follow-ups"));
        for (const RecordData& followUp : details.followups)
            html += fieldTable(connection, tableOf(TableId::FollowUp), followUp) + QStringLiteral("<br>");
    } else if (section == QLatin1String("consents")) {
        html += heading(2, QCoreApplication::translate("Documents", "Consents"));
        for (const RecordData& consent : details.consents) {
            QString who;
            for (const RecordData& person : details.people) {
                if (person.id == field(consent, "person_id")) who = personName(person);
            }
            html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(who)) +
                    fieldTable(connection, tableOf(TableId::Consent), consent, {QStringLiteral("person_id")});
        }
    }
    return html;
}

// Whether a person has agreed that their details go in a referral letter to this organisation (empty: a referral
// that names none): a given, not withdrawn, not archived consent for referrals, naming this organisation or none.
// The latest record of the item decides, as on the consents tab.
bool sharesWith(const CaseDetails& details, const QString& personId, const QString& organisationId) {
    bool agreed = false;
    for (const RecordData& consent : details.consents) {  // oldest first
        if (consent.archived || field(consent, "person_id") != personId ||
            field(consent, "item") != QLatin1String("ReferralSharing"))
            continue;
        const QString only = field(consent, "organisation_id");
        if (!only.isEmpty() && only != organisationId) continue;
        agreed = consent.fields.value(QStringLiteral("given")).toBool() && field(consent, "withdrawn_on").isEmpty();
    }
    return agreed;
}

}  // namespace

Result<PrintableDocument> caseSummary(db::Connection& connection, const CaseDetails& details,
                                      const QStringList& sections, const PrintContext& context) {
    for (const QString& section : sections) {
        if (!kCaseSummarySections.contains(section)) {
            return makeError(ErrorCode::Usage,
                             QCoreApplication::translate("Documents", "A case summary has no part '%1'; it has: %2.")
                                 .arg(section, kCaseSummarySections.join(QStringLiteral(", "))));
        }
    }
    PrintableDocument document;
    const QString reference = field(details.record, "reference");
    document.title = QCoreApplication::translate("Documents", "Case %1").arg(reference);
    QString html = heading(
        1, QCoreApplication::translate("Documents", "Case %1: %2").arg(reference, field(details.record, "title")));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(escaped(QCoreApplication::translate("Documents", "Confidential: a summary of a case.")));
    for (const QString& section : kCaseSummarySections) {
        if (sections.contains(section)) html += caseSection(connection, details, section);
    }
    html += footer(context, QT_TRANSLATE_NOOP("Documents",
                                              "Printed from Fieldcase on %1 by %2. This paper is not encrypted: "
                                              "keep it locked away and shred it when it is no longer needed."));
    document.html = html;
    return document;
}

Result<PrintableDocument> referralLetter(db::Connection& connection, const RecordData& referral,
                                         const CaseDetails& details, const PrintContext& context) {
    const QString organisationId = field(referral, "organisation_id");
    RecordData organisation;
    if (!organisationId.isEmpty()) {
        auto found = record(connection, tableOf(TableId::Organisation), organisationId);
        if (found) organisation = *found;
    }
    PrintableDocument document;
    document.title = QCoreApplication::translate("Documents", "Referral");
    QString html = heading(1, QCoreApplication::translate("Documents", "Referral"));
    html += QStringLiteral("<p>%1</p>").arg(escaped(dayText(context.today)));
    QString rows;
    const auto row = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            rows += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(escaped(label), escaped(value));
    };
    QString to = field(organisation, "name");
    if (!field(organisation, "city").isEmpty()) to += QStringLiteral(", ") + field(organisation, "city");
    row(QCoreApplication::translate("Documents", "To"), to);
    row(QCoreApplication::translate("Documents", "From"), context.worker);
    row(QCoreApplication::translate("Documents", "Our reference"), field(details.record, "reference"));
    row(QCoreApplication::translate("Documents", "Service requested"),
        Vocabulary::label(model::VocabularyId::ServiceType, field(referral, "service_type")));
    if (!field(referral, "sent_on").isEmpty())
        row(QCoreApplication::translate("Documents", "Sent on"),
            dayText(QDate::fromString(field(referral, "sent_on"), Qt::ISODate)));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\">%1</table>").arg(rows);

    // Only survivors are referred; their details only with their consent.
    bool everyoneAgreed = true;
    int survivors = 0;
    const QStringList shared{QStringLiteral("given_name"),   QStringLiteral("family_name"),
                             QStringLiteral("patronymic"),   QStringLiteral("gender"),
                             QStringLiteral("birth_date"),   QStringLiteral("estimated_age"),
                             QStringLiteral("citizenships"), QStringLiteral("languages"),
                             QStringLiteral("phones"),       QStringLiteral("messengers")};
    QStringList skip;
    for (const FieldDef& def : tableOf(TableId::Person).fields) {
        if (!shared.contains(QLatin1String(def.name))) skip << QLatin1String(def.name);
    }
    for (const RecordData& person : details.people) {
        if (field(person, "role") != QLatin1String("Survivor")) continue;
        ++survivors;
        if (sharesWith(details, person.id, organisationId)) {
            html += heading(2, QCoreApplication::translate("Documents", "Person referred"));
            html += fieldTable(connection, tableOf(TableId::Person), person, skip);
        } else {
            everyoneAgreed = false;
            html += heading(2, QCoreApplication::translate("Documents", "Person referred"));
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(QCoreApplication::translate(
                            "Documents",
                            "This person has not agreed to share their details with your organisation. "
                            "We will send them, or put you in touch, when they do.")));
        }
    }
    if (survivors > 0 && everyoneAgreed && !field(referral, "reason").isEmpty()) {
        html += heading(2, QCoreApplication::translate("Documents", "Reason for the referral"));
        html += QStringLiteral("<p>%1</p>").arg(escaped(field(referral, "reason")));
    }
    html += footer(context, QT_TRANSLATE_NOOP("Documents",
                                              "Written with Fieldcase on %1 by %2. Please keep this letter "
                                              "confidential: it is not encrypted."));
    document.html = html;
    return document;
}

}  // namespace fieldcase::query
