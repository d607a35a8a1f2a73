#include "tests/support/TeamHarness.h"

#include "core/crypto/Hash.h"
#include "core/crypto/Signer.h"
#include "core/db/Connection.h"
#include "core/db/Meta.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/store/ChangeFeed.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/transport/FolderTransport.h"
#include "core/vault/VaultSession.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <sys/stat.h>

#include <algorithm>
#include <map>

namespace fieldcase::test {

Laptop::Laptop(const QString& dir) : vault(dir, {}, &clock), records(vault, clock), sync(vault, records, clock) {
    auto unlocked = vault.unlock(secret(kLaptopPassphrase));
    INFO((unlocked ? std::string() : unlocked.error().message.toStdString()));
    REQUIRE(unlocked.ok());
}

db::Connection& Laptop::db() {
    return *vault.connection();
}

QByteArray Laptop::deviceId() {
    return vault.session()->mutator.identity().deviceId;
}

QString Laptop::digest() {
    return vaultDigest(db());
}

qint64 Laptop::conflicts() {
    auto count = db().queryText("SELECT count(*) FROM conflict");
    REQUIRE(count.ok());
    return count->toLongLong();
}

QString Laptop::add(const char* kind, const QVariantMap& fields) {
    clock.advance(10);
    auto id = records.create(QLatin1String(kind), fields);
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    return *id;
}

QString Laptop::add(const QString& title) {
    return add("case", {{QStringLiteral("title"), title}});
}

void Laptop::set(const char* kind, const QString& id, const char* field, const QVariant& value) {
    clock.advance(10);
    auto updated = records.update(QLatin1String(kind), id, {{QLatin1String(field), value}});
    INFO((updated ? std::string() : updated.error().message.toStdString()));
    REQUIRE(updated.ok());
}

void Laptop::set(const QString& caseId, const QString& field, const QVariant& value) {
    set("case", caseId, field.toLatin1().constData(), value);
}

QString Laptop::field(const QString& caseId, const QString& name) {
    auto record = records.get(QStringLiteral("case"), caseId);
    return record ? record->fields.value(name).toString() : QStringLiteral("<gone>");
}

QByteArray Laptop::exportBundle() {
    clock.advance(10);
    const QString outbox = scratch.filePath(QStringLiteral("outbox"));
    QDir().mkpath(outbox);
    auto name = sync.exportTo(outbox);
    INFO((name ? std::string() : name.error().message.toStdString()));
    REQUIRE(name.ok());
    return readAll(QDir(outbox).filePath(*name));
}

QString Laptop::inboxName(int index) {
    QString name(26, QLatin1Char('a'));  // a bundle's name: 26 base32 letters
    for (int digit = 0, rest = index; digit < 4; ++digit, rest /= 26)
        name[25 - digit] = QLatin1Char(static_cast<char>('a' + rest % 26));
    return name;
}

SyncReport Laptop::importFiles(const std::vector<QByteArray>& files, const Plant& plant) {
    clock.advance(10);
    const QString inbox = scratch.filePath(QStringLiteral("inbox%1").arg(inboxes++));
    QDir().mkpath(inbox);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1000);
    int i = 0;
    for (const QByteArray& bytes : files) {
        const QString path = QDir(inbox).filePath(inboxName(i));
        writeAll(path, bytes);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(start.addSecs(i++), QFileDevice::FileModificationTime));
    }
    QStringList planted;
    if (plant) planted = plant(inbox);
    auto report = sync.importFrom(inbox, {});
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.ok());
    // Each planted file refused with a reason, and left out of the report: the caller judges the bundles alone.
    for (const QString& name : planted) {
        const auto refused = std::find_if(report->rejected.begin(), report->rejected.end(),
                                          [&](const auto& rejection) { return rejection.file == name; });
        INFO("planted " << name.toStdString());
        REQUIRE(refused != report->rejected.end());
        REQUIRE(!refused->reason.isEmpty());
        report->rejected.erase(refused);
    }
    return *report;
}

void requireClean(const SyncReport& report) {
    std::string refused;
    for (const auto& rejection : report.rejected)
        refused += rejection.file.toStdString() + ": " + rejection.reason.toStdString() + "\n";
    INFO(refused);
    REQUIRE(report.rejected.empty());
}

QString createVault(const QString& dir, const QString& name, bool joinExistingTeam) {
    {
        SkewedClock clock;
        LocalVault vault(dir, {}, &clock);
        CreateVaultRequest request;
        request.passphrase = secret(kLaptopPassphrase);
        request.deviceName = name;
        request.strength = KdfStrength::Interactive;
        request.joinExistingTeam = joinExistingTeam;
        REQUIRE(vault.create(std::move(request)).ok());
    }
    cheapenKeyDerivation(dir, kLaptopPassphrase);
    return dir;
}

void enrol(Laptop& coordinator, Laptop& joining, const QString& handover, const QString& replaces) {
    const QString request = handover + QStringLiteral(".request");
    QDir().mkpath(handover);
    REQUIRE(joining.sync.writeEnrolmentRequest(request).ok());
    auto approved = coordinator.sync.approve(request, handover, false, replaces);
    INFO((approved ? std::string() : approved.error().message.toStdString()));
    REQUIRE(approved.ok());
    const SyncReport staged = joining.importFiles({readAll(approved->welcomeFile)});
    requireClean(staged);
    REQUIRE(staged.pendingJoinSafetyNumber == approved->device.safetyNumber);
    auto joined = joining.sync.confirmJoin(approved->device.safetyNumber);
    REQUIRE(joined.ok());
    REQUIRE(joined->joinedSafetyNumber == approved->device.safetyNumber);
}

namespace {

struct Templates {
    QTemporaryDir root;
    std::vector<QString> dirs;

    explicit Templates(Formation formation) {
        std::vector<std::unique_ptr<Laptop>> laptops;
        for (int i = 0; i < 4; ++i) {
            dirs.push_back(root.filePath(QStringLiteral("laptop%1").arg(i)));
            createVault(dirs.back(), QStringLiteral("Laptop %1").arg(QChar(QLatin1Char(static_cast<char>('A' + i)))),
                        formation == Formation::Enrolled && i > 0);
            laptops.push_back(std::make_unique<Laptop>(dirs.back()));
        }
        if (formation == Formation::Enrolled) {
            for (std::size_t i = 1; i < laptops.size(); ++i)
                enrol(*laptops.front(), *laptops[i], root.filePath(QStringLiteral("welcome%1").arg(i)));
            for (std::size_t i = 1; i < laptops.size(); ++i)
                requireClean(laptops[i]->receive(*laptops.front()));
        } else {
            list(laptops);
        }
    }

    static void list(std::vector<std::unique_ptr<Laptop>>& laptops) {
        struct Identity {
            QByteArray id;
            QByteArray key;
            QString name;
        };
        std::vector<Identity> identities;
        for (auto& laptop : laptops) {
            auto key = laptop->db().prepare("SELECT sign_public_key FROM device WHERE ord = 1");
            REQUIRE(key.ok());
            REQUIRE(*key->step());
            identities.push_back({laptop->deviceId(), key->columnBlob(0), laptop->vault.info()->deviceName});
        }
        for (std::size_t i = 0; i < laptops.size(); ++i) {
            auto batch = laptops[i]->vault.session()->mutator.begin();
            REQUIRE(batch.ok());
            for (std::size_t j = 0; j < identities.size(); ++j) {
                if (i != j) REQUIRE((*batch)->addDevice(identities[j].id, identities[j].key, identities[j].name).ok());
            }
            REQUIRE((*batch)->commit().ok());
        }
    }
};

const Templates& templates(Formation formation) {
    static std::map<Formation, std::unique_ptr<Templates>> made;
    auto& templatesOf = made[formation];
    if (!templatesOf) templatesOf = std::make_unique<Templates>(formation);
    return *templatesOf;
}

}  // namespace

QString templateDir(int index, Formation formation) {
    return templates(formation).dirs.at(static_cast<std::size_t>(index));
}

Team::Team(int count, Formation formation) {
    REQUIRE(count <= 4);
    for (int i = 0; i < count; ++i) {
        const QString dir = root.filePath(QStringLiteral("l%1").arg(i));
        copyFolder(templates(formation).dirs[static_cast<std::size_t>(i)], dir);
        laptops.push_back(std::make_unique<Laptop>(dir));
        if (formation == Formation::Listed) {
            // Field workers all, until makeCoordinator() says otherwise (each template founded its own team).
            const db::Connection::WriteScope writing(laptops.back()->db());
            REQUIRE(db::writeMeta(laptops.back()->db(), "role", "field_worker").ok());
        }
    }
}

void Team::settle(std::vector<int> among, const Laptop::Plant& plant) {
    if (among.empty()) {
        for (int i = 0; i < size(); ++i)
            among.push_back(i);
    }
    for (int round = 0, quiet = 0; quiet < 3; ++round) {
        REQUIRE(round < 200);
        int applied = 0;
        for (int to : among) {
            std::vector<QByteArray> files;
            std::vector<int> senders;  // of the files, in the order importFiles names them
            for (int from : among) {
                if (from == to) continue;
                files.push_back((*this)[from].exportBundle());
                senders.push_back(from);
            }
            INFO("round " << round << ": laptop " << to << " reads the others' bundles");
            const SyncReport report = (*this)[to].importFiles(files, plant);
            // A laptop in hostile hands may have its own bundles refused; nobody else's.
            std::string refused;
            for (const auto& rejection : report.rejected) {
                for (std::size_t i = 0; i < senders.size(); ++i) {
                    if (rejection.file == Laptop::inboxName(static_cast<int>(i)) && !inOtherHands.contains(senders[i]))
                        refused += rejection.file.toStdString() + ": " + rejection.reason.toStdString() + "\n";
                }
            }
            INFO(refused);
            REQUIRE(refused.empty());
            applied += report.applied;
        }
        quiet = applied == 0 ? quiet + 1 : 0;
    }
}

SyncReport FakeFolder::carry(int from, int to, Fault fault, std::mt19937_64& rng, const Laptop::Plant& plant) {
    const auto pick = [&](qsizetype n) { return static_cast<qsizetype>(rng() % static_cast<std::uint64_t>(n)); };
    const QByteArray bundle = m_team[from].exportBundle();
    auto& sent = m_sent[static_cast<std::size_t>(from)];
    sent.push_back(bundle);
    std::vector<QByteArray> files;
    bool damaged = false;
    switch (fault) {
        case Fault::Dropped:
            break;
        case Fault::Duplicated:
            files = {bundle, bundle};
            break;
        case Fault::Replayed:  // an old copy after the new one
            files = {bundle, sent[static_cast<std::size_t>(pick(static_cast<qsizetype>(sent.size())))]};
            break;
        case Fault::CutShort:  // as a copy still in progress
            files = {bundle.left(pick(bundle.size()))};
            damaged = true;
            break;
        case Fault::FlippedBit: {
            QByteArray flipped = bundle;
            const qsizetype at = pick(flipped.size());
            flipped[at] = static_cast<char>(flipped[at] ^ (1 << pick(8)));
            files = {flipped};
            damaged = true;
            break;
        }
        case Fault::None:
            files = {bundle};
            break;
    }
    const SyncReport report = m_team[to].importFiles(files, plant);
    if (damaged) {
        REQUIRE(report.rejected.size() == 1);
        REQUIRE(report.applied == 0);
    } else if (!m_team.inOtherHands.contains(from)) {
        requireClean(report);
    }
    return report;
}

QStringList plantHostileFiles(const QString& dir, std::mt19937_64& rng) {
    using sync::FolderTransport;
    QStringList names;
    const auto path = [&](const QString& name) { return QDir(dir).filePath(name); };
    // Over the size limit: sparse, so nothing is really written.
    names << FolderTransport::randomBundleName();
    {
        QFile oversized(path(names.back()));
        REQUIRE(oversized.open(QIODevice::WriteOnly));
        REQUIRE(oversized.resize(sync::kMaxBundleFileSize + 1));
    }
    // A pipe nobody writes to (a plain read would wait forever) and a link to an endless device: not files, so
    // passed over unread and unreported (the report must not name them).
    REQUIRE(::mkfifo(QFile::encodeName(path(FolderTransport::randomBundleName())).constData(), 0600) == 0);
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), path(FolderTransport::randomBundleName())));
    // Random bytes of a plausible size.
    names << FolderTransport::randomBundleName();
    QByteArray junk(static_cast<qsizetype>(1024 + rng() % 65536), Qt::Uninitialized);
    for (char& byte : junk)
        byte = static_cast<char>(rng());
    writeAll(path(names.back()), junk);
    return names;
}

store::StoredChangeset forge(Laptop& hostile, const std::vector<store::Op>& ops) {
    db::Connection& db = hostile.db();
    auto last = db.prepare("SELECT seq, hash FROM changeset WHERE origin = 1 ORDER BY seq DESC LIMIT 1");
    REQUIRE(last.ok());
    const bool any = *last->step();
    store::StoredChangeset forged;
    const auto& identity = hostile.vault.session()->mutator.identity();
    forged.origin = identity.deviceId;
    forged.seq = any ? last->columnInt64(0) + 1 : 1;
    forged.prevHash = any ? last->columnBlob(1) : QByteArray(crypto::kHashSize, '\0');
    forged.hlc = db.queryText("SELECT coalesce(max(hlc), 0) FROM changeset")->toLongLong() + (qint64{1} << 20);
    last->reset();
    std::vector<store::OpEntry> entries;
    for (const store::Op& op : ops)
        entries.push_back(store::sealOp(op));
    const QByteArray message = store::signedMessage({forged.origin, forged.seq, forged.hlc, forged.prevHash},
                                                    store::kChangesetFormat, entries);
    forged.body = store::encodeBody(store::kChangesetFormat, entries);
    forged.hash = crypto::hash(message);
    forged.signature = crypto::sign(identity.signingKey, message);
    const db::Connection::WriteScope writing(db);
    auto keep = db.prepare(
        "INSERT INTO changeset(origin, seq, hlc, prev_hash, body, hash, signature) VALUES (1, ?, ?, ?, ?, ?, ?)");
    REQUIRE(keep.ok());
    REQUIRE(keep->bind(1, forged.seq)
                .bind(2, forged.hlc)
                .bind(3, forged.prevHash)
                .bind(4, forged.body)
                .bind(5, forged.hash)
                .bind(6, forged.signature)
                .run()
                .ok());
    return forged;
}

store::StoredChangeset blanked(store::StoredChangeset changeset, std::size_t entry) {
    auto body = store::decodeBody(changeset.body);
    REQUIRE(body.ok());
    REQUIRE(entry < body->entries.size());
    store::redact(body->entries[entry], body->format);
    changeset.body = store::encodeBody(body->format, body->entries);
    return changeset;
}

void relayInstead(Laptop& hostile, const store::StoredChangeset& changeset) {
    db::Connection& db = hostile.db();
    const db::Connection::WriteScope writing(db);
    auto replace = db.prepare(
        "UPDATE changeset SET body = ? WHERE seq = ? AND origin = (SELECT ord FROM device WHERE device_id = ?)");
    REQUIRE(replace.ok());
    REQUIRE(replace->bind(1, changeset.body).bind(2, changeset.seq).bind(3, changeset.origin).run().ok());
}

store::Op setTitle(const QString& caseId, const QString& title, store::Context context) {
    const model::TableDef& cases = *model::Schema::tableBySingular(QStringLiteral("case"));
    store::Op op;
    op.kind = store::Op::SetField;
    op.table = static_cast<int>(cases.id);
    op.rowId = QByteArray::fromHex(caseId.toLatin1());
    op.field = model::Schema::field(cases, QStringLiteral("title"))->id;
    op.context = std::move(context);
    op.value = title;
    return op;
}

store::Context seenBy(Laptop& laptop) {
    auto has = store::versionVector(laptop.db());
    REQUIRE(has.ok());
    return store::Context(has->begin(), has->end());
}

void makeCoordinator(Team& team, int index) {
    const QByteArray id = team[index].deviceId();
    for (auto& laptop : team.laptops) {
        const db::Connection::WriteScope writing(laptop->db());
        REQUIRE(
            laptop->db().exec("UPDATE device SET role = 'coordinator' WHERE device_id = x'" + id.toHex() + "'").ok());
    }
    const db::Connection::WriteScope writing(team[index].db());
    REQUIRE(db::writeMeta(team[index].db(), "role", "coordinator").ok());
}

}  // namespace fieldcase::test
