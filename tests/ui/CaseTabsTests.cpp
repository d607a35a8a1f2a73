// The case workspace's referrals, consent and attachments tabs, on a real vault.
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UiTestVault.h"
#include "ui/cases/AttachmentsTab.h"
#include "ui/cases/CaseWorkspace.h"
#include "ui/cases/ConsentsTab.h"
#include "ui/cases/ReferralsTab.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using fieldcase::RecordData;
using fieldcase::test::child;
using fieldcase::test::typeText;
using fieldcase::test::waitFor;

namespace {

const QString kDeviceName = QStringLiteral("Laptop");

// An unlocked vault with one case, its survivor and an organisation in the directory.
struct CaseVault : fieldcase::test::UiTestVault {
    CaseVault() {
        caseId = create("case", {{QStringLiteral("title"), QStringLiteral("Рынок на Садовой")}});
        personId = create("person", {{QStringLiteral("given_name"), QStringLiteral("Анна")},
                                     {QStringLiteral("family_name"), QStringLiteral("Иванова")}});
        create("case_person", {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("person_id"), personId},
                               {QStringLiteral("role"), QStringLiteral("Survivor")}});
        organisationId = create("organisation", {{QStringLiteral("name"), QStringLiteral("Приют «Сёстры»")},
                                                 {QStringLiteral("org_type"), QStringLiteral("Shelter")}});
    }

    fieldcase::CaseDetails details() {
        fieldcase::Result<fieldcase::CaseDetails> found = records().caseDetails(caseId);
        REQUIRE(found.ok());
        return found.value();
    }

    QString caseId;
    QString personId;
    QString organisationId;
};

// A case workspace on screen with the tab of type T chosen.
template <typename T>
T* openTab(fieldcase::ui::CaseWorkspace& workspace) {
    workspace.resize(1000, 700);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&workspace));
    T* tab = workspace.findChild<T*>();
    REQUIRE(tab != nullptr);
    child<QTabWidget>(&workspace, "caseTabs")->setCurrentWidget(tab);
    REQUIRE(tab->isVisible());
    return tab;
}

QString text(const RecordData& record, const char* name) {
    return record.fields.value(QLatin1String(name)).toString();
}

QString shortDate(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

// Which of the referral step buttons are offered.
QStringList offeredSteps(const QWidget* tab) {
    QStringList offered;
    for (const char* status : {"Sent", "Accepted", "Declined", "Completed", "Cancelled"}) {
        const QByteArray name = QByteArray("referralStep_") + status;
        if (!child<QPushButton>(tab, name.constData())->isHidden()) offered << QLatin1String(status);
    }
    return offered;
}

QTreeWidgetItem* consentItem(const QTreeWidget* checklist, const QString& item) {
    REQUIRE(checklist->topLevelItemCount() == 1);
    const QTreeWidgetItem* person = checklist->topLevelItem(0);
    for (int row = 0; row < person->childCount(); ++row) {
        if (person->child(row)->data(0, Qt::UserRole + 1).toString() == item) return person->child(row);
    }
    FAIL("no consent item " << item.toStdString());
    return nullptr;
}

}  // namespace

TEST_CASE("A referral is added and walked from planned to completed with only sensible steps offered", "[ui][case]") {
    CaseVault vault;
    fieldcase::ui::CaseWorkspace workspace(vault.records(), vault.caseId);
    auto* tab = openTab<fieldcase::ui::ReferralsTab>(workspace);
    auto* list = child<QTreeWidget>(tab, "referralList");
    auto* addError = child<QLabel>(tab, "referralAddErrorLabel");
    CHECK(child<QLabel>(tab, "referralsEmptyLabel")->isVisible());
    CHECK(offeredSteps(tab).isEmpty());
    CHECK(child<QLabel>(tab, "referralNoOrganisationsLabel")->isHidden());

    // Without a service nothing is written, and the reason typed stays.
    auto* reason = child<QLineEdit>(tab, "referralReasonEdit");
    typeText(reason, QStringLiteral("Нужно безопасное жильё"));
    QTest::mouseClick(child<QPushButton>(tab, "addReferralButton"), Qt::LeftButton);
    CHECK(addError->isVisible());
    CHECK_FALSE(addError->text().contains(QLatin1Char('\n')));
    CHECK(vault.details().referrals.isEmpty());
    CHECK(reason->text() == QStringLiteral("Нужно безопасное жильё"));

    // The organisation comes from the directory, the service from the vocabulary with its label.
    auto* organisation = child<QComboBox>(tab, "referralOrganisationCombo");
    organisation->setCurrentIndex(organisation->findData(vault.organisationId));
    REQUIRE(organisation->currentText() == QStringLiteral("Приют «Сёстры»"));
    auto* service = child<QComboBox>(tab, "referralServiceCombo");
    service->setCurrentIndex(service->findData(QStringLiteral("Shelter")));
    REQUIRE(service->currentIndex() > 0);
    const QString serviceLabel = service->currentText();
    QTest::keyClick(reason, Qt::Key_Return);
    CHECK(addError->isHidden());
    CHECK(reason->text().isEmpty());
    REQUIRE(vault.details().referrals.size() == 1);
    const QString id = vault.details().referrals.first().id;
    RecordData referral = vault.details().referrals.first();
    CHECK(text(referral, "status") == QStringLiteral("Planned"));
    CHECK(text(referral, "organisation_id") == vault.organisationId);
    CHECK(text(referral, "reason") == QStringLiteral("Нужно безопасное жильё"));
    REQUIRE(list->topLevelItemCount() == 1);
    const QTreeWidgetItem* row = list->topLevelItem(0);
    CHECK(row->text(0) == QStringLiteral("Приют «Сёстры»"));
    CHECK(row->text(1) == serviceLabel);
    CHECK(row->text(5) == QStringLiteral("Нужно безопасное жильё"));
    // The new referral is chosen, ready for its next step.
    REQUIRE(list->currentItem() == row);
    CHECK(offeredSteps(tab) == QStringList{QStringLiteral("Sent"), QStringLiteral("Cancelled")});

    // Sent on the day given in the step's date.
    auto* stepDate = child<QDateEdit>(tab, "referralStepDateEdit");
    const QDate sentOn(2026, 3, 2);
    stepDate->setDate(sentOn);
    QTest::mouseClick(child<QPushButton>(tab, "referralStep_Sent"), Qt::LeftButton);
    referral = vault.details().referrals.first();
    CHECK(text(referral, "status") == QStringLiteral("Sent"));
    CHECK(text(referral, "sent_on") == QStringLiteral("2026-03-02"));
    CHECK_FALSE(referral.fields.contains(QStringLiteral("closed_on")));
    CHECK(stepDate->date() == QDate::currentDate());
    REQUIRE(list->currentItem() != nullptr);
    CHECK(list->currentItem()->text(3) == shortDate(sentOn));
    CHECK(offeredSteps(tab) ==
          QStringList{QStringLiteral("Accepted"), QStringLiteral("Declined"), QStringLiteral("Cancelled")});

    QTest::mouseClick(child<QPushButton>(tab, "referralStep_Accepted"), Qt::LeftButton);
    referral = vault.details().referrals.first();
    CHECK(text(referral, "status") == QStringLiteral("Accepted"));
    CHECK_FALSE(referral.fields.contains(QStringLiteral("closed_on")));
    CHECK(offeredSteps(tab) == QStringList{QStringLiteral("Completed"), QStringLiteral("Cancelled")});

    // Completing closes it on the day given, with what came of it.
    const QDate closedOn(2026, 3, 20);
    stepDate->setDate(closedOn);
    typeText(child<QLineEdit>(tab, "referralOutcomeEdit"), QStringLiteral("Живёт в приюте"));
    QTest::mouseClick(child<QPushButton>(tab, "referralStep_Completed"), Qt::LeftButton);
    CHECK(child<QLabel>(tab, "referralStepErrorLabel")->isHidden());
    referral = vault.details().referrals.first();
    CHECK(referral.id == id);
    CHECK(text(referral, "status") == QStringLiteral("Completed"));
    CHECK(text(referral, "sent_on") == QStringLiteral("2026-03-02"));
    CHECK(text(referral, "closed_on") == QStringLiteral("2026-03-20"));
    CHECK(text(referral, "outcome") == QStringLiteral("Живёт в приюте"));
    CHECK(child<QLineEdit>(tab, "referralOutcomeEdit")->text().isEmpty());
    REQUIRE(list->currentItem() != nullptr);
    CHECK(list->currentItem()->text(4) == shortDate(closedOn));
    CHECK(list->currentItem()->text(6) == QStringLiteral("Живёт в приюте"));
    // Nothing follows a closed referral.
    CHECK(offeredSteps(tab).isEmpty());
    CHECK(child<QLabel>(tab, "referralStepsLabel")->text().contains(QStringLiteral("new referral")));
    fieldcase::test::saveScreenshot(&workspace, "case-referrals");
}

TEST_CASE("Consent items are ticked and one withdrawn without deleting anything", "[ui][case]") {
    CaseVault vault;
    fieldcase::ui::CaseWorkspace workspace(vault.records(), vault.caseId);
    auto* tab = openTab<fieldcase::ui::ConsentsTab>(workspace);
    auto* checklist = child<QTreeWidget>(tab, "consentChecklist");
    REQUIRE(checklist->topLevelItemCount() == 1);
    CHECK(checklist->topLevelItem(0)->text(0).contains(QStringLiteral("Иванова Анна")));
    CHECK(checklist->topLevelItem(0)->childCount() ==
          vault.records().vocabulary(QStringLiteral("consent_item")).size());
    CHECK(consentItem(checklist, QStringLiteral("Interview"))->checkState(0) == Qt::Unchecked);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // One ticked as a click does (the check state changes), one from the keyboard. The store changes at once; the
    // checklist shows it when the case is loaded again.
    consentItem(checklist, QStringLiteral("Interview"))->setCheckState(0, Qt::Checked);
    CHECK(vault.details().consents.size() == 1);
    REQUIRE(waitFor([&] { return consentItem(checklist, QStringLiteral("Interview"))->text(2) == kDeviceName; }));
    checklist->setFocus();
    checklist->setCurrentItem(consentItem(checklist, QStringLiteral("DataUse")));
    QTest::keyClick(checklist, Qt::Key_Space);
    CHECK(vault.details().consents.size() == 2);
    REQUIRE(waitFor([&] { return consentItem(checklist, QStringLiteral("DataUse"))->text(2) == kDeviceName; }));

    for (const RecordData& consent : vault.details().consents) {
        CHECK(text(consent, "person_id") == vault.personId);
        CHECK(consent.fields.value(QStringLiteral("given")).toBool());
        CHECK(text(consent, "recorded_by") == kDeviceName);
        CHECK(text(consent, "recorded_on").size() == 10);
        CHECK_FALSE(consent.fields.contains(QStringLiteral("withdrawn_on")));
    }
    const QString recordedOn = text(vault.details().consents.first(), "recorded_on");
    CHECK((recordedOn == today || recordedOn == QDate::currentDate().toString(Qt::ISODate)));
    CHECK(consentItem(checklist, QStringLiteral("Interview"))->checkState(0) == Qt::Checked);
    CHECK(consentItem(checklist, QStringLiteral("DataUse"))->checkState(0) == Qt::Checked);
    CHECK(consentItem(checklist, QStringLiteral("DataUse"))
              ->text(1)
              .contains(shortDate(QDate::fromString(recordedOn, Qt::ISODate))));
    CHECK(consentItem(checklist, QStringLiteral("RightToSeeOwnData"))->checkState(0) == Qt::Unchecked);

    // Withdrawing keeps the record and dates the withdrawal.
    consentItem(checklist, QStringLiteral("Interview"))->setCheckState(0, Qt::Unchecked);
    const auto interview = [&vault] {
        for (const RecordData& consent : vault.details().consents) {
            if (text(consent, "item") == QLatin1String("Interview")) return consent;
        }
        FAIL("the interview consent is gone");
        return RecordData();
    };
    CHECK(interview().fields.contains(QStringLiteral("withdrawn_on")));
    CHECK(vault.details().consents.size() == 2);
    CHECK(interview().fields.value(QStringLiteral("given")).toBool());
    CHECK(text(interview(), "withdrawn_on").size() == 10);
    REQUIRE(waitFor([&] {
        return consentItem(checklist, QStringLiteral("Interview"))->text(1).contains(QStringLiteral("withdrawn"));
    }));
    CHECK(consentItem(checklist, QStringLiteral("Interview"))->checkState(0) == Qt::Unchecked);
    CHECK(consentItem(checklist, QStringLiteral("DataUse"))->checkState(0) == Qt::Checked);
    CHECK(child<QLabel>(tab, "consentErrorLabel")->isHidden());
    fieldcase::test::saveScreenshot(&workspace, "case-consent");

    // Given again later: a new record, and the withdrawal stays on file.
    consentItem(checklist, QStringLiteral("Interview"))->setCheckState(0, Qt::Checked);
    CHECK(vault.details().consents.size() == 3);
    CHECK(interview().fields.contains(QStringLiteral("withdrawn_on")));
    REQUIRE(waitFor([&] {
        return !consentItem(checklist, QStringLiteral("Interview"))->text(1).contains(QStringLiteral("withdrawn"));
    }));
    CHECK(consentItem(checklist, QStringLiteral("Interview"))->checkState(0) == Qt::Checked);
}

TEST_CASE("Sharing details in referrals is given for one organisation on a line of its own and withdrawn alone",
          "[ui][case]") {
    CaseVault vault;
    const QString otherId = vault.create("organisation", {{QStringLiteral("name"), QStringLiteral("Юристы")}});
    const auto letterTo = [&vault](const QString& organisationId) {
        const QString referralId =
            vault.create("referral", {{QStringLiteral("case_id"), vault.caseId},
                                      {QStringLiteral("organisation_id"), organisationId},
                                      {QStringLiteral("service_type"), QStringLiteral("Shelter")},
                                      {QStringLiteral("status"), QStringLiteral("Planned")}});
        const auto letter = vault.records().referralLetter(referralId);
        REQUIRE(letter.ok());
        return letter->html;
    };
    fieldcase::ui::CaseWorkspace workspace(vault.records(), vault.caseId);
    auto* tab = openTab<fieldcase::ui::ConsentsTab>(workspace);
    auto* checklist = child<QTreeWidget>(tab, "consentChecklist");
    const int items = static_cast<int>(vault.records().vocabulary(QStringLiteral("consent_item")).size());
    REQUIRE(checklist->topLevelItem(0)->childCount() == items);
    const auto organisationLine = [checklist]() -> QTreeWidgetItem* {
        const QTreeWidgetItem* person = checklist->topLevelItem(0);
        for (int row = 0; row < person->childCount(); ++row) {
            if (!person->child(row)->data(0, Qt::UserRole + 2).toString().isEmpty()) return person->child(row);
        }
        return nullptr;
    };

    checklist->setCurrentItem(checklist->topLevelItem(0));
    CHECK(child<QPushButton>(tab, "consentForOrganisationButton")->isEnabled());
    REQUIRE(tab->recordForOrganisation(vault.personId, vault.organisationId));
    REQUIRE(vault.details().consents.size() == 1);
    CHECK(text(vault.details().consents.first(), "organisation_id") == vault.organisationId);
    CHECK(text(vault.details().consents.first(), "item") == QStringLiteral("ReferralSharing"));
    REQUIRE(waitFor([&] { return organisationLine() != nullptr; }));
    CHECK(checklist->topLevelItem(0)->childCount() == items + 1);
    CHECK(organisationLine()->text(0).contains(QStringLiteral("Приют «Сёстры»")));
    CHECK(organisationLine()->checkState(0) == Qt::Checked);
    // The line for every organisation stays unticked, and only the named organisation's letter names the person.
    CHECK(consentItem(checklist, QStringLiteral("ReferralSharing"))->checkState(0) == Qt::Unchecked);
    CHECK(letterTo(vault.organisationId).contains(QStringLiteral("Иванова")));
    CHECK_FALSE(letterTo(otherId).contains(QStringLiteral("Иванова")));

    // Unticking the organisation's line withdraws that consent only; the line stays, saying so.
    organisationLine()->setCheckState(0, Qt::Unchecked);
    REQUIRE(waitFor([&] {
        return organisationLine() != nullptr && organisationLine()->text(1).contains(QStringLiteral("withdrawn"));
    }));
    CHECK(organisationLine()->checkState(0) == Qt::Unchecked);
    CHECK(vault.details().consents.size() == 1);
    CHECK(vault.details().consents.first().fields.contains(QStringLiteral("withdrawn_on")));
    CHECK_FALSE(letterTo(vault.organisationId).contains(QStringLiteral("Иванова")));
    CHECK(child<QLabel>(tab, "consentErrorLabel")->isHidden());
}

TEST_CASE("An image is attached - shown from memory - exported on request and a file too large is refused",
          "[ui][case]") {
    CaseVault vault;
    fieldcase::ui::CaseWorkspace workspace(vault.records(), vault.caseId);
    auto* tab = openTab<fieldcase::ui::AttachmentsTab>(workspace);
    auto* list = child<QTreeWidget>(tab, "attachmentList");
    auto* error = child<QLabel>(tab, "attachmentErrorLabel");
    auto* notice = child<QLabel>(tab, "attachmentNotice");
    CHECK(child<QLabel>(tab, "attachmentsEmptyLabel")->isVisible());
    CHECK_FALSE(child<QPushButton>(tab, "attachmentViewButton")->isEnabled());

    QTemporaryDir files;
    REQUIRE(files.isValid());
    const QString photo = files.filePath(QStringLiteral("passport.png"));
    QImage image(37, 23, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    REQUIRE(image.save(photo, "PNG"));
    QFile photoFile(photo);
    REQUIRE(photoFile.open(QIODevice::ReadOnly));
    const QByteArray photoBytes = photoFile.readAll();
    photoFile.close();

    typeText(child<QLineEdit>(tab, "attachmentDescriptionEdit"), QStringLiteral("Паспорт, первая страница"));
    tab->addFile(photo);
    CHECK(child<QWidget>(tab, "attachmentBusy")->isVisible());
    REQUIRE(waitFor([&] { return list->topLevelItemCount() == 1; }));
    CHECK(child<QWidget>(tab, "attachmentBusy")->isHidden());
    CHECK(error->isHidden());
    CHECK(child<QLineEdit>(tab, "attachmentDescriptionEdit")->text().isEmpty());
    REQUIRE(vault.details().attachments.size() == 1);
    const RecordData attachment = vault.details().attachments.first();
    CHECK(text(attachment, "name") == QStringLiteral("passport.png"));
    CHECK(text(attachment, "media_type") == QStringLiteral("image/png"));
    CHECK(text(attachment, "description") == QStringLiteral("Паспорт, первая страница"));
    const QTreeWidgetItem* row = list->topLevelItem(0);
    CHECK(row->text(0) == QStringLiteral("passport.png"));
    CHECK(row->text(2) == QLocale().formattedDataSize(photoBytes.size()));
    CHECK(row->text(3) == QStringLiteral("Паспорт, первая страница"));
    CHECK(list->currentItem() == row);
    CHECK(child<QPushButton>(tab, "attachmentViewButton")->isEnabled());

    // Shown in a window of the app, decoded from memory.
    QTest::mouseClick(child<QPushButton>(tab, "attachmentViewButton"), Qt::LeftButton);
    auto* viewer = child<QDialog>(tab, "attachmentViewer");
    REQUIRE(waitFor([&] { return viewer->isVisible(); }));
    CHECK(child<QLabel>(viewer, "attachmentImageLabel")->pixmap().size() == QSize(37, 23));
    // The title names no file: file names can say whose document it is, and titles show in task bars.
    CHECK_FALSE(viewer->windowTitle().contains(QStringLiteral("passport")));
    viewer->reject();
    REQUIRE(waitFor([&] { return tab->findChild<QDialog*>(QStringLiteral("attachmentViewer")) == nullptr; }));

    // A file that is not an image is only offered for export.
    const QString letter = files.filePath(QStringLiteral("letter.txt"));
    QFile letterFile(letter);
    REQUIRE(letterFile.open(QIODevice::WriteOnly));
    letterFile.write("Письмо из посольства");
    letterFile.close();
    tab->addFile(letter);
    REQUIRE(waitFor([&] { return list->topLevelItemCount() == 2; }));
    const QString letterId = vault.details().attachments.last().id;
    tab->view(letterId);
    CHECK(tab->findChild<QDialog*>(QStringLiteral("attachmentViewer")) == nullptr);
    CHECK(notice->text().contains(QStringLiteral("Export")));

    // Exported only on request, byte for byte, with a word that the copy is not encrypted.
    const QString exported = files.filePath(QStringLiteral("exported.png"));
    REQUIRE(tab->exportTo(attachment.id, exported));
    QFile exportedFile(exported);
    REQUIRE(exportedFile.open(QIODevice::ReadOnly));
    CHECK(exportedFile.readAll() == photoBytes);
    CHECK(notice->text().contains(QStringLiteral("unencrypted")));

    // Over 25 MiB: refused in one line, nothing added, the description kept.
    const QString big = files.filePath(QStringLiteral("scan.tiff"));
    QFile bigFile(big);
    REQUIRE(bigFile.open(QIODevice::WriteOnly));
    REQUIRE(bigFile.resize(25 * 1024 * 1024 + 1));
    bigFile.close();
    typeText(child<QLineEdit>(tab, "attachmentDescriptionEdit"), QStringLiteral("Скан"));
    tab->addFile(big);
    REQUIRE(waitFor([&] { return !error->isHidden(); }));
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(error->text().contains(QLatin1Char('\n')));
    CHECK(list->topLevelItemCount() == 2);
    CHECK(vault.details().attachments.size() == 2);
    CHECK(child<QLineEdit>(tab, "attachmentDescriptionEdit")->text() == QStringLiteral("Скан"));
    fieldcase::test::saveScreenshot(&workspace, "case-attachments");
}
