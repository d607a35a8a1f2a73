#include "ui/sync/TeamPage.h"

#include "ui/sync/AdmitDialog.h"

#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/RecordFormat.h"

#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fieldcase::ui {

namespace {

constexpr qint64 kHourMs = qint64{60} * 60 * 1000;
// Clocks a few minutes apart are normal; an hour means a wrong date, time zone or battery.
constexpr qint64 kClockWarningMs = kHourMs;

QString lastHeard(const TeamDevice& device) {
    if (device.thisDevice) return TeamPage::tr("—");
    if (device.lastHeardMs <= 0) return TeamPage::tr("not yet");
    return formatTimestamp(device.lastHeardMs);
}

QString roleLabel(const QString& role) {
    return role == QLatin1String("coordinator") ? TeamPage::tr("Coordinator") : TeamPage::tr("Field worker");
}

}  // namespace

TeamPage::TeamPage(SyncService& sync, QWidget* parent)
    : QWidget(parent),
      m_sync(sync),
      m_views(new QStackedWidget),
      m_teamView(new QWidget),
      m_joinView(nullptr),
      m_joinStatus(makeParagraph(QString())),
      m_joinHalf(makeParagraph(QString())),
      m_joinedNumber(makeSafetyNumber(QString())),
      m_pendingPanel(new QWidget),
      m_pendingNumber(makeSafetyNumber(QString())),
      m_devices(new QTreeWidget),
      m_ownHalf(makeParagraph(QString())),
      m_message(makeErrorLabel()),
      m_admit(new QPushButton(tr("Admit a laptop…"))),
      m_remove(new QPushButton(tr("Remove from the team…"))),
      m_release(new QPushButton(tr("Write a travel release file…"))),
      m_heldPanel(new QGroupBox(tr("Purges held for a coordinator"))),
      m_held(new QTreeWidget),
      m_confirmHeld(new QPushButton(tr("Purge them for the team…"))),
      m_erasurePanel(new QGroupBox(tr("Consent withdrawals"))),
      m_erasures(new QTreeWidget),
      m_confirmErasure(new QPushButton(tr("Confirm the erasure…"))) {
    setObjectName(QStringLiteral("teamPage"));
    m_devices->setObjectName(QStringLiteral("teamDevices"));
    m_devices->setAccessibleName(tr("Laptops of the team"));
    m_devices->setHeaderLabels({tr("Laptop"), tr("Role"), tr("Standing"), tr("Last heard from")});
    m_devices->setRootIsDecorated(false);
    m_devices->header()->setStretchLastSection(true);
    m_devices->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_devices->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_devices->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_admit->setObjectName(QStringLiteral("admitLaptop"));
    m_remove->setObjectName(QStringLiteral("removeLaptop"));
    m_release->setObjectName(QStringLiteral("writeTravelRelease"));
    m_release->setToolTip(
        tr("For a laptop its worker travel-locked: with the worker's passphrase, the file opens it."));
    connect(m_admit, &QPushButton::clicked, this, &TeamPage::admitAsked);
    connect(m_remove, &QPushButton::clicked, this, &TeamPage::removeAsked);
    connect(m_release, &QPushButton::clicked, this, [this] {
        const QString dir = chooseFolder(this, tr("Where to write the release file (not the worker's bag)"));
        if (!dir.isEmpty()) writeTravelRelease(m_devices->indexOfTopLevelItem(m_devices->currentItem()), dir);
    });
    connect(m_devices, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_devices->indexOfTopLevelItem(m_devices->currentItem());
        const bool other = m_coordinator && row >= 0 && row < static_cast<int>(m_shown.size()) &&
                           !m_shown[static_cast<std::size_t>(row)].thisDevice &&
                           m_shown[static_cast<std::size_t>(row)].status == QLatin1String("active");
        m_remove->setEnabled(other);
        m_release->setEnabled(other);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_admit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_release);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(m_teamView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        makeParagraph(tr("Every laptop of the team can read what the team shares. A coordinator admits "
                         "new laptops after comparing the safety number face to face, and removes a "
                         "laptop that is lost or seized: it can read nothing new from then on.")));
    layout->addWidget(m_devices, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_ownHalf);
    layout->addWidget(m_joinedNumber);
    layout->addWidget(m_message);
    m_joinedNumber->hide();

    // Purges another laptop made that this one holds back (docs/merge.md): a coordinator confirms them here.
    m_heldPanel->setObjectName(QStringLiteral("heldPurgesPanel"));
    m_held->setObjectName(QStringLiteral("heldPurges"));
    m_held->setAccessibleName(tr("Purges held for a coordinator"));
    m_held->setHeaderLabels({tr("Purged on"), tr("Record"), tr("Why it waits")});
    m_held->setRootIsDecorated(false);
    m_held->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_held->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_confirmHeld->setObjectName(QStringLiteral("confirmHeldPurges"));
    connect(m_confirmHeld, &QPushButton::clicked, this, &TeamPage::confirmHeldAsked);
    connect(m_held, &QTreeWidget::currentItemChanged, this,
            [this] { m_confirmHeld->setEnabled(m_coordinator && m_held->currentItem() != nullptr); });
    auto* heldLayout = new QVBoxLayout(m_heldPanel);
    heldLayout->addWidget(
        makeParagraph(tr("These records were purged on another laptop, but this laptop keeps them: a field worker "
                         "may purge for the team only what it made, and no laptop more than 100 records in a week. "
                         "If the purge is right, a coordinator purges them for the team here; otherwise they stay, "
                         "and a laptop that purges what it should not may be in other hands.")));
    heldLayout->addWidget(m_held);
    heldLayout->addWidget(m_confirmHeld, 0, Qt::AlignLeft);
    layout->addWidget(m_heldPanel);

    // A person's consent withdrawal: who asked, whether it took effect, and which laptops have erased the records.
    m_erasurePanel->setObjectName(QStringLiteral("erasurePanel"));
    m_erasures->setObjectName(QStringLiteral("erasures"));
    m_erasures->setAccessibleName(tr("Consent withdrawals"));
    m_erasures->setHeaderLabels({tr("Asked"), tr("State"), tr("Laptops")});
    m_erasures->setRootIsDecorated(false);
    m_erasures->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_erasures->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_confirmErasure->setObjectName(QStringLiteral("confirmErasure"));
    connect(m_confirmErasure, &QPushButton::clicked, this, &TeamPage::confirmErasureAsked);
    connect(m_erasures, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_erasures->indexOfTopLevelItem(m_erasures->currentItem());
        m_confirmErasure->setEnabled(m_coordinator && row >= 0 &&
                                     !m_erasuresShown[static_cast<std::size_t>(row)].confirmedHere &&
                                     m_erasuresShown[static_cast<std::size_t>(row)].status != QLatin1String("erased"));
    });
    auto* erasureLayout = new QVBoxLayout(m_erasurePanel);
    erasureLayout->addWidget(
        makeParagraph(tr("A person who withdraws consent is erased, with the cases only theirs, from every laptop. A "
                         "field worker's request waits for a coordinator, and a coordinator erases at most three "
                         "people a week alone; the list shows which laptops have erased each one.")));
    erasureLayout->addWidget(m_erasures);
    erasureLayout->addWidget(m_confirmErasure, 0, Qt::AlignLeft);
    layout->addWidget(m_erasurePanel);

    m_joinView = buildJoinPanel();
    m_views->addWidget(m_teamView);
    m_views->addWidget(m_joinView);
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->addWidget(makeHeading(tr("Team")));
    pageLayout->addWidget(m_views, 1);
    connect(&m_import, &QFutureWatcherBase::finished, this, &TeamPage::finishImport);
    reload();
}

QWidget* TeamPage::buildJoinPanel() {
    auto* panel = new QWidget;
    panel->setObjectName(QStringLiteral("joinPanel"));
    auto* writeButton = new QPushButton(tr("1. Write the enrolment request…"));
    writeButton->setObjectName(QStringLiteral("writeRequest"));
    auto* importButton = new QPushButton(tr("3. Import the welcome bundle…"));
    importButton->setObjectName(QStringLiteral("importWelcome"));
    connect(writeButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToSave(this, tr("Where to write the enrolment request (a USB stick)"),
                                              QStringLiteral("enrolment-request"));
        if (!path.isEmpty()) writeRequest(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString dir = chooseFolder(this, tr("The folder with the welcome bundle"));
        if (!dir.isEmpty()) importWelcome(dir);
    });
    m_joinStatus->setObjectName(QStringLiteral("joinStatus"));

    // A welcome is only taken once its worker has compared the whole number: anyone holding the request could have
    // written one.
    m_pendingPanel->setObjectName(QStringLiteral("pendingJoin"));
    m_pendingNumber->setObjectName(QStringLiteral("pendingJoinNumber"));
    auto* match = new QPushButton(tr("The numbers match: join"));
    match->setObjectName(QStringLiteral("confirmJoin"));
    auto* differ = new QPushButton(tr("They differ: discard"));
    differ->setObjectName(QStringLiteral("discardJoin"));
    connect(match, &QPushButton::clicked, this, &TeamPage::confirmJoin);
    connect(differ, &QPushButton::clicked, this, &TeamPage::discardJoin);
    auto* answers = new QHBoxLayout;
    answers->addWidget(match);
    answers->addWidget(differ);
    answers->addStretch(1);
    auto* pendingLayout = new QVBoxLayout(m_pendingPanel);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    pendingLayout->addWidget(
        makeParagraph(tr("4. The welcome's safety number is below. Compare all 60 digits with your coordinator's "
                         "screen. Join only if every digit is the same; if any differs, someone else wrote this "
                         "welcome: discard it and tell your coordinator.")));
    pendingLayout->addWidget(m_pendingNumber);
    pendingLayout->addLayout(answers);
    m_pendingPanel->hide();

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        makeParagraph(tr("This laptop has not joined its team yet. It takes four steps with your "
                         "coordinator:")));
    layout->addWidget(writeButton, 0, Qt::AlignLeft);
    layout->addWidget(
        makeParagraph(tr("Give the file to your coordinator (on a USB stick). It holds no secret: only "
                         "this laptop's name and public keys.")));
    layout->addWidget(
        makeParagraph(tr("2. Meet your coordinator and compare the safety number on both screens, "
                         "digit by digit.")));
    layout->addWidget(m_joinHalf);
    layout->addWidget(importButton, 0, Qt::AlignLeft);
    layout->addWidget(m_pendingPanel);
    layout->addWidget(m_joinStatus);
    layout->addStretch(1);
    return panel;
}

bool TeamPage::writeRequest(const QString& path) {
    if (auto written = m_sync.writeEnrolmentRequest(path); !written) {
        m_joinStatus->setText(written.error().message);
        return false;
    }
    m_joinStatus->setText(
        tr("Request written to %1. Give it to your coordinator.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void TeamPage::importWelcome(const QString& dir) {
    if (m_importing) return;
    m_importing = true;
    m_joinStatus->setText(tr("Importing…"));
    m_import.setFuture(QtConcurrent::run(&m_pool, [&sync = m_sync, dir] { return sync.importFrom(dir, {}); }));
}

void TeamPage::confirmJoin() {
    if (m_importing) return;
    m_importing = true;
    m_joinStatus->setText(tr("Joining…"));
    const QString number = m_pendingNumber->text();
    m_import.setFuture(QtConcurrent::run(&m_pool, [&sync = m_sync, number] { return sync.confirmJoin(number); }));
}

void TeamPage::discardJoin() {
    if (auto discarded = m_sync.discardJoin(m_pendingNumber->text()); !discarded) {
        m_joinStatus->setText(discarded.error().message);
        return;
    }
    // Only the welcome shown goes: a forged one on the stick must not take the real one with it.
    auto next = m_sync.pendingJoin();
    if (next && !next->isEmpty()) {
        m_pendingNumber->setText(*next);
        m_joinStatus->setText(tr("That welcome was discarded. Another one is waiting: compare its number too."));
        return;
    }
    m_pendingPanel->hide();
    m_pendingNumber->clear();
    m_joinStatus->setText(
        tr("The welcome was discarded. Ask your coordinator for a new one and compare the "
           "numbers again."));
}

void TeamPage::finishImport() {
    m_importing = false;
    const Result<SyncReport> report = m_import.result();
    if (!report) {
        m_joinStatus->setText(report.error().message);
        return;
    }
    if (!report->pendingJoinSafetyNumber.isEmpty()) {
        m_pendingNumber->setText(report->pendingJoinSafetyNumber);
        m_pendingPanel->show();
        m_joinStatus->clear();
        return;
    }
    if (report->joinedSafetyNumber.isEmpty()) {
        QStringList reasons;
        for (const auto& rejection : report->rejected)
            reasons << rejection.reason;
        m_joinStatus->setText(reasons.isEmpty() ? tr("There is no welcome bundle for this laptop in that folder.")
                                                : reasons.join(QLatin1Char('\n')));
        return;
    }
    m_pendingPanel->hide();
    reload();
    m_views->setCurrentWidget(m_teamView);
    m_ownHalf->setText(tr("This laptop joined the team. Its safety number with the coordinator's laptop:"));
    m_joinedNumber->setText(report->joinedSafetyNumber);
    m_joinedNumber->show();
    emit joined(report->joinedSafetyNumber);
}

QString TeamPage::provenance(const TeamDevice& device) const {
    const auto nameOf = [&](const QString& deviceId) {
        for (const TeamDevice& other : m_shown) {
            if (other.deviceId == deviceId) return other.name;
        }
        return deviceId;
    };
    QStringList lines;
    if (!device.admittedBy.isEmpty()) {
        lines
            << (device.admittedBy == device.deviceId
                    ? tr("Founded the team on %1.").arg(formatTimestamp(device.admittedAtMs))
                    : tr("Admitted by %1 on %2.").arg(nameOf(device.admittedBy), formatTimestamp(device.admittedAtMs)));
    }
    if (!device.removedBy.isEmpty())
        lines << tr("Removed by %1 on %2.").arg(nameOf(device.removedBy), formatTimestamp(device.removedAtMs));
    if (device.refusedChanges > 0)
        lines << tr("%n of its later change(s) refused.", nullptr, static_cast<int>(device.refusedChanges));
    if (device.forkedChange > 0) {
        lines << tr("It signed two different versions of its change %1: its key is in other hands, or it was "
                    "restored from an old backup. Remove it.")
                     .arg(device.forkedChange);
    }
    if (device.duressAtMs > 0) {
        lines << tr("It was opened with its duress passphrase on %1: whoever made its worker open it saw only a "
                    "decoy, and its keys stayed sealed. Talk to the worker before it exchanges again.")
                     .arg(formatTimestamp(device.duressAtMs));
    }
    if (device.forkedTeamChange) {
        lines << tr(
            "It signed two different team changes under one number: its key is in other hands, or it was "
            "restored from an old backup. Remove it.");
    }
    return lines.join(QLatin1Char('\n'));
}

void TeamPage::reload() {
    m_devices->clear();
    m_shown.clear();
    auto devices = m_sync.team();
    if (!devices) {
        showError(m_message, devices.error().message);
        return;
    }
    m_shown = std::move(*devices);
    // A laptop always belongs to its own team: an empty list means it has not joined one yet.
    m_views->setCurrentWidget(m_shown.empty() ? m_joinView : m_teamView);
    if (m_shown.empty() && !m_importing) {
        auto waiting = m_sync.pendingJoin();
        if (waiting && !waiting->isEmpty()) {
            m_pendingNumber->setText(*waiting);
            m_pendingPanel->show();
        }
    }
    m_coordinator = false;
    for (const TeamDevice& device : m_shown) {
        const QString name = device.thisDevice ? tr("%1 (this laptop)").arg(device.name) : device.name;
        auto* item = new QTreeWidgetItem(
            m_devices, {name, roleLabel(device.role),
                        device.status == QLatin1String("active") ? tr("Active") : tr("Removed"), lastHeard(device)});
        item->setToolTip(2, provenance(device));
        if (device.clockAheadMs > kClockWarningMs) {
            // A clock far ahead stamps its edits as newer than they are; the owner should set it right.
            const int hours = static_cast<int>(device.clockAheadMs / kHourMs);
            const QString warning = hours < 48
                                        ? tr("Its clock is %n hour(s) ahead of this laptop's.", nullptr, hours)
                                        : tr("Its clock is %n day(s) ahead of this laptop's.", nullptr, hours / 24);
            item->setText(3, item->text(3) + QStringLiteral(" ⚠ ") + warning);
            item->setToolTip(3, warning);
        }
        if (device.thisDevice && device.role == QLatin1String("coordinator")) m_coordinator = true;
    }
    m_admit->setEnabled(m_coordinator);
    m_remove->setEnabled(false);
    m_release->setEnabled(false);
    reloadHeldPurges();
    reloadErasures();
    if (auto half = m_sync.safetyNumberHalf()) {
        QStringList groups;  // in fives, as the whole number is shown
        for (int i = 0; i < half->size(); i += 5)
            groups << half->mid(i, 5);
        const QString text = tr("This laptop's half of the safety number: %1").arg(groups.join(QLatin1Char(' ')));
        m_ownHalf->setText(text);
        m_joinHalf->setText(text);
    }
}

std::optional<EnrolmentCandidate> TeamPage::readRequest(const QString& requestPath) {
    auto candidate = m_sync.readEnrolmentRequest(requestPath);
    if (!candidate) {
        showError(m_message, candidate.error().message);
        return std::nullopt;
    }
    return *candidate;
}

bool TeamPage::admit(const QString& requestPath, const QString& dir, const QString& replaces) {
    auto approved = m_sync.approve(requestPath, dir, false, replaces);
    if (!approved) {
        showError(m_message, approved.error().message);
        return false;
    }
    showError(m_message, QString());
    m_ownHalf->setText(tr("%1 is admitted. Give it the welcome bundle in %2 and let it import it there.")
                           .arg(approved->device.name, QDir::toNativeSeparators(dir)));
    reload();
    return true;
}

bool TeamPage::removeDevice(int row) {
    if (row < 0 || row >= static_cast<int>(m_shown.size())) return false;
    if (auto removed = m_sync.revoke(m_shown[static_cast<std::size_t>(row)].deviceId); !removed) {
        showError(m_message, removed.error().message);
        return false;
    }
    showError(m_message, QString());
    reload();
    return true;
}

bool TeamPage::writeTravelRelease(int row, const QString& dir) {
    if (row < 0 || row >= static_cast<int>(m_shown.size())) return false;
    const TeamDevice& device = m_shown[static_cast<std::size_t>(row)];
    auto file = m_sync.releaseTravelLock(device.deviceId, dir);
    if (!file) {
        showError(m_message, file.error().message);
        return false;
    }
    showError(m_message, QString());
    m_ownHalf->setText(tr("The release file for %1 is in %2. Give it to the worker after the journey, apart from the "
                          "laptop: with their passphrase it opens it.")
                           .arg(device.name, QDir::toNativeSeparators(*file)));
    return true;
}

void TeamPage::reloadHeldPurges() {
    m_held->clear();
    m_heldShown.clear();
    auto held = m_shown.empty() ? Result<std::vector<HeldPurge>>(std::vector<HeldPurge>()) : m_sync.heldPurges();
    if (!held) {
        showError(m_message, held.error().message);
        return;
    }
    m_heldShown = std::move(*held);
    for (const HeldPurge& purge : m_heldShown) {
        new QTreeWidgetItem(m_held, {purge.deviceName, purge.recordLabel,
                                     purge.reason == QLatin1String("many")
                                         ? tr("More than a laptop may purge in a week")
                                         : tr("A field worker's laptop purged what it did not make")});
    }
    m_heldPanel->setVisible(!m_heldShown.empty());
    m_confirmHeld->setEnabled(false);
}

void TeamPage::reloadErasures() {
    m_erasures->clear();
    m_erasuresShown.clear();
    auto erasures = m_shown.empty() ? Result<std::vector<Erasure>>(std::vector<Erasure>()) : m_sync.erasures();
    if (!erasures) {
        showError(m_message, erasures.error().message);
        return;
    }
    m_erasuresShown = std::move(*erasures);
    for (const Erasure& erasure : m_erasuresShown) {
        const QString asked = tr("%1, %2").arg(
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(erasure.requestedAtMs).date(), QLocale::ShortFormat),
            erasure.requestedBy);
        QString state;
        QString laptops;
        if (erasure.status == QLatin1String("erased")) {
            state = tr("Erased (%n record(s))", nullptr, erasure.records);
            laptops = erasure.waitingFor.isEmpty() ? tr("Erased on every laptop")
                                                   : tr("Erased on %1; not yet known on %2")
                                                         .arg(erasure.appliedOn.join(QStringLiteral(", ")),
                                                              erasure.waitingFor.join(QStringLiteral(", ")));
        } else if (erasure.status == QLatin1String("waiting")) {
            state = tr("Waiting for a second coordinator");
        } else {
            state = tr("Waiting for a coordinator");
        }
        auto* item = new QTreeWidgetItem(m_erasures, {asked, state, laptops});
        item->setToolTip(2, laptops);
    }
    m_erasurePanel->setVisible(!m_erasuresShown.empty());
    m_confirmErasure->setVisible(m_coordinator);
    m_confirmErasure->setEnabled(false);
}

bool TeamPage::confirmErasure(int row) {
    if (row < 0 || row >= static_cast<int>(m_erasuresShown.size())) return false;
    auto erasure = m_sync.withdrawConsent(m_erasuresShown[static_cast<std::size_t>(row)].personId);
    if (!erasure) {
        showError(m_message, erasure.error().message);
        return false;
    }
    showError(m_message, QString());
    reload();
    return true;
}

void TeamPage::confirmErasureAsked() {
    const int row = m_erasures->indexOfTopLevelItem(m_erasures->currentItem());
    if (row < 0) return;
    const auto answer = QMessageBox::warning(
        this, tr("Confirm the erasure"),
        tr("Erase this person and the cases only theirs from every laptop of the team? It cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) confirmErasure(row);
}

bool TeamPage::confirmHeldPurges(int row) {
    if (row < 0 || row >= static_cast<int>(m_heldShown.size())) return false;
    auto purged = m_sync.confirmHeldPurges(m_heldShown[static_cast<std::size_t>(row)].device);
    if (!purged) {
        showError(m_message, purged.error().message);
        return false;
    }
    showError(m_message, QString());
    m_ownHalf->setText(
        tr("%n record(s) purged for the team. The next exchange takes the purge to the others.", nullptr, *purged));
    reload();
    return true;
}

void TeamPage::confirmHeldAsked() {
    const int row = m_held->indexOfTopLevelItem(m_held->currentItem());
    if (row < 0 || row >= static_cast<int>(m_heldShown.size())) return;
    const QString device = m_heldShown[static_cast<std::size_t>(row)].device;
    const auto count = std::count_if(m_heldShown.begin(), m_heldShown.end(),
                                     [&](const HeldPurge& purge) { return purge.device == device; });
    const auto answer = QMessageBox::warning(
        this, tr("Purge for the team"),
        tr("Purge the %n record(s) that “%1” purged, on every laptop of the team? Their content is gone for good.",
           nullptr, static_cast<int>(count))
            .arg(m_heldShown[static_cast<std::size_t>(row)].deviceName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) confirmHeldPurges(row);
}

void TeamPage::admitAsked() {
    const QString request = chooseFileToOpen(this, tr("The new laptop's enrolment request"));
    if (request.isEmpty()) return;
    const auto candidate = readRequest(request);
    if (!candidate) return;
    AdmitDialog confirm(*candidate, this);
    if (confirm.exec() != QDialog::Accepted) return;
    const QString dir = chooseFolder(this, tr("Where to write the welcome bundle (a USB stick)"));
    if (!dir.isEmpty()) admit(request, dir, confirm.replaces());
}

void TeamPage::removeAsked() {
    const int row = m_devices->indexOfTopLevelItem(m_devices->currentItem());
    if (row < 0 || row >= static_cast<int>(m_shown.size())) return;
    const auto answer = QMessageBox::warning(
        this, tr("Remove from the team"),
        tr("Remove “%1” from the team? It will not be able to read anything new, and what it changes from now on will "
           "be refused. This cannot be undone.")
            .arg(m_shown[static_cast<std::size_t>(row)].name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) removeDevice(row);
}

}  // namespace fieldcase::ui
