#include "core/vault/Decoy.h"

#include "core/base/Hex.h"
#include "core/crypto/KeyedHash.h"
#include "core/crypto/Signer.h"
#include "core/db/Connection.h"
#include "core/db/Meta.h"
#include "core/db/Migrations.h"
#include "core/db/Transaction.h"
#include "core/model/Schema.h"
#include "core/records/Values.h"
#include "core/store/Devices.h"
#include "core/sync/team/Team.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"

#include <QDateTime>
#include <QVariantMap>

#include <algorithm>

namespace fieldcase::vault {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr unsigned char kLanguageBit = 0x80;

// Record content, not interface text: the decoy keeps one language whatever the interface shows, so it reads the
// same in the app and in the command line.
struct Text {
    const char* russian;
    const char* english;
    QString in(DecoyValue::Language language) const {
        return QString::fromUtf8(language == DecoyValue::Language::Russian ? russian : english);
    }
};

struct DecoyCase {
    Text title;
    Text summary;
    const char* status;
    Text note;  // empty: none
};

// Advice of the kind every migrants' help desk gives: nothing about exploitation, nobody named.
constexpr DecoyCase kCases[] = {
    {{"Консультация: продление патента", "Advice: renewing a work permit"},
     {"Объяснили порядок продления патента и сроки подачи документов. Дали адрес миграционного центра.",
      "Explained how to renew the work permit and the deadlines for the papers. Gave the address of the migration "
      "centre."},
     "Closed",
     {"", ""}},
    {{"Вопрос о медицинском полисе", "Question about health insurance"},
     {"Рассказали, какие поликлиники принимают полис и как записаться к врачу.",
      "Explained which clinics accept the policy and how to book a doctor."},
     "Closed",
     {"", ""}},
    {{"Информационная встреча на рынке", "Information session at the market"},
     {"Раздали буклеты о правах работников и телефоны справочных служб.",
      "Handed out leaflets on workers' rights and the numbers of the help lines."},
     "Closed",
     {"Буклеты закончились, в следующий раз взять больше.", "Ran out of leaflets; take more next time."}},
    {{"Звонок: где учить русский язык", "Call: where to learn Russian"},
     {"Дали расписание бесплатных курсов русского языка в библиотеке.",
      "Gave the timetable of the free Russian classes at the library."},
     "Closed",
     {"", ""}},
    {{"Помощь с переводом справки", "Help translating a certificate"},
     {"Помогли перевести справку из школы для зачисления ребёнка.",
      "Helped translate a school certificate so the child can enrol."},
     "Active",
     {"Перевод готов, нужно заверить у нотариуса.", "The translation is ready; it needs a notary's stamp."}},
    {{"Запись на экзамен для патента", "Booking the permit exam"},
     {"Записались на экзамен по русскому языку, истории и основам законодательства.",
      "Booked the exam on Russian language, history and the basics of the law."},
     "FollowUp",
     {"", ""}},
    {{"Вопрос о регистрации по месту пребывания", "Question about registering an address"},
     {"Объяснили, кто подаёт уведомление о прибытии и в какой срок.",
      "Explained who files the notice of arrival and by when."},
     "Closed",
     {"", ""}},
};

struct DecoyOrganisation {
    Text name;
    const char* type;
    Text city;
};

constexpr DecoyOrganisation kOrganisations[] = {
    {{"Миграционный центр", "Migration centre"}, "ImmigrationService", {"Москва", "Moscow"}},
    {{"Городская поликлиника № 12", "City clinic no. 12"}, "HealthServiceOrganisation", {"Москва", "Moscow"}},
    {{"Центральная библиотека, курсы русского языка", "Central library, Russian classes"},
     "LocalGovernmentOrganisation",
     {"Москва", "Moscow"}},
};

QByteArray subkey(const SecretBytes& value, std::string_view purpose, int size) {
    const SecretBytes key = crypto::deriveSubkey(value, purpose, {});
    return QByteArray(reinterpret_cast<const char*>(key.data()), size);
}

QString isoDate(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

// Writes one record dated atMs through the session, as the app would have on that day.
Result<QByteArray> insertDated(VaultSession& session, DecoyClock& clock, qint64 atMs, const model::TableDef& table,
                               QVariantMap fields) {
    clock.pin(atMs);
    const QString now = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODate);
    auto values = records::normalise(table, records::withDefaults(table, std::move(fields), isoDate(atMs), now), true);
    if (!values) return values.error();
    auto batch = session.mutator.begin();
    if (!batch) return batch.error();
    auto id = (*batch)->insert(table, *values);
    if (!id) return id.error();
    FC_TRY((*batch)->commit());
    return *id;
}

Result<void> fillRecords(VaultSession& session, DecoyClock& clock, const SecretBytes& value, qint64 anchorMs,
                         qint64 nowMs) {
    const DecoyValue::Language language = DecoyValue::language(value);
    const QByteArray picks = subkey(value, "fieldcase decoy records", crypto::kKeyedHashSize);
    // Spread over the vault's first weeks, the same dates at every unlock; never before the vault was made nor in
    // the last day (a vault made today has them all on its first day).
    const qint64 latestMs = std::max(anchorMs, nowMs - kDayMs);
    auto dayAfterAnchor = [&](int pick) {
        const qint64 offset = (3 + static_cast<unsigned char>(picks[pick % picks.size()]) % 80) * kDayMs;
        return std::min(anchorMs + offset, latestMs);
    };
    int pick = 0;
    for (const auto& organisation : kOrganisations) {
        QVariantMap fields{{QStringLiteral("name"), organisation.name.in(language)},
                           {QStringLiteral("org_type"), QString::fromLatin1(organisation.type)},
                           {QStringLiteral("city"), organisation.city.in(language)}};
        auto id = insertDated(session, clock, anchorMs + (pick++ + 1) * 3600 * 1000,
                              model::Schema::table(model::TableId::Organisation), std::move(fields));
        if (!id) return id.error();
    }
    // Five of the seven cases, which five chosen by the value.
    std::vector<int> order(std::size(kCases));
    for (int i = 0; i < static_cast<int>(order.size()); ++i)
        order[static_cast<std::size_t>(i)] = i;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return picks[a] < picks[b] || (picks[a] == picks[b] && a < b); });
    order.resize(5);
    std::vector<std::pair<qint64, int>> dated;
    for (int index : order)
        dated.emplace_back(dayAfterAnchor(8 + index), index);
    std::sort(dated.begin(), dated.end());
    for (const auto& [openedMs, index] : dated) {
        const DecoyCase& decoyCase = kCases[index];
        QVariantMap fields{{QStringLiteral("title"), decoyCase.title.in(language)},
                           {QStringLiteral("summary"), decoyCase.summary.in(language)},
                           {QStringLiteral("status"), QString::fromLatin1(decoyCase.status)},
                           {QStringLiteral("opened_on"), isoDate(openedMs)}};
        if (QLatin1String(decoyCase.status) == QLatin1String("Closed"))
            fields.insert(QStringLiteral("closed_on"), isoDate(std::min(openedMs + kDayMs, nowMs)));
        auto caseId =
            insertDated(session, clock, openedMs, model::Schema::table(model::TableId::Case), std::move(fields));
        if (!caseId) return caseId.error();
        if (*decoyCase.note.russian == '\0') continue;
        auto noteId = insertDated(
            session, clock, openedMs + 2 * 3600 * 1000, model::Schema::table(model::TableId::Note),
            {{QStringLiteral("case_id"), toHex(*caseId)}, {QStringLiteral("text"), decoyCase.note.in(language)}});
        if (!noteId) return noteId.error();
    }
    return {};
}

}  // namespace

SecretBytes DecoyValue::make(const QByteArray& publicKey, Language language) {
    Q_ASSERT(publicKey.size() == kSize && (static_cast<unsigned char>(publicKey[kSize - 1]) & kLanguageBit) == 0);
    SecretBytes value = SecretBytes::fromText(std::string_view(publicKey.constData(), kSize));
    if (language == Language::English) value.data()[kSize - 1] |= kLanguageBit;
    return value;
}

QByteArray DecoyValue::publicKey(const SecretBytes& value) {
    QByteArray key(reinterpret_cast<const char*>(value.data()), kSize);
    key[kSize - 1] = static_cast<char>(static_cast<unsigned char>(key[kSize - 1]) & ~kLanguageBit);
    return key;
}

DecoyValue::Language DecoyValue::language(const SecretBytes& value) {
    return (value.data()[kSize - 1] & kLanguageBit) != 0 ? Language::English : Language::Russian;
}

Result<std::unique_ptr<VaultSession>> openDecoy(const QByteArray& vaultId, const SecretBytes& value, DecoyClock& clock,
                                                qint64 anchorMs) {
    // In memory: SQLite keeps the pages in this process, so nothing of the decoy reaches the disk.
    auto connection = db::Connection::open(QString(), crypto::deriveSubkey(value, "fieldcase decoy db", {}),
                                           db::Connection::Mode::InMemory);
    if (!connection) return connection.error();
    FC_TRY(db::migrate(*connection));
    const DecoyValue::Language language = DecoyValue::language(value);
    const QByteArray deviceId = subkey(value, "fieldcase decoy device", 16);
    const QString deviceName =
        language == DecoyValue::Language::Russian ? QStringLiteral("Ноутбук") : QStringLiteral("Laptop");
    crypto::SigningKeyPair identity =
        crypto::signingKeyPairFromSeed(crypto::deriveSubkey(value, "fieldcase decoy signing", {}));
    {
        const db::Connection::WriteScope settingUp(*connection);
        auto transaction = db::Transaction::begin(*connection);
        if (!transaction) return transaction.error();
        FC_TRY(db::writeMeta(*connection, "vault_id", vaultId));
        FC_TRY(db::writeMeta(*connection, "device_id", deviceId));
        FC_TRY(db::writeMeta(*connection, "device_name", deviceName.toUtf8()));
        FC_TRY(db::writeMeta(*connection, "created_at", QByteArray::number(anchorMs)));
        FC_TRY(db::writeMeta(*connection, "sign_public_key", identity.publicKey));
        FC_TRY(
            store::Devices(*connection).addSelf(deviceId, identity.publicKey, deviceName, referencePrefix(deviceId)));
        FC_TRY(db::writeMeta(*connection, "team_id", subkey(value, "fieldcase decoy team", 16)));
        FC_TRY(db::writeMeta(*connection, "role", QByteArrayLiteral("coordinator")));
        FC_TRY(transaction->commit());
    }
    auto analyzer = search::TextAnalyzer::create();
    if (!analyzer) return analyzer.error();
    auto session = std::make_unique<VaultSession>(
        std::move(*connection), clock, store::LocalIdentity{deviceId, std::move(identity.secretKey), deviceName},
        std::move(*analyzer));
    const qint64 nowMs = clock.nowMs();  // before the clock is pinned to the records' dates
    auto filled = [&]() -> Result<void> {
        clock.pin(anchorMs);
        auto settingUp = session->mutator.begin();
        if (!settingUp) return settingUp.error();
        // As the real vault's unlock does, so that its meta table holds the same entries.
        auto upgraded = session->index.upgradeNameKeys();
        if (!upgraded) return upgraded.error();
        sync::Team team(session->connection, clock, deviceId, session->mutator.identity().signingKey);
        FC_TRY(team.ensureReady());
        FC_TRY((*settingUp)->commit());
        return fillRecords(*session, clock, value, anchorMs, nowMs);
    }();
    clock.release();
    if (!filled) return filled.error();
    return session;
}

}  // namespace fieldcase::vault
