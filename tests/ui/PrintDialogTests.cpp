// Saving a case summary and a referral letter as PDF from the case: the parts chosen, where it goes, the warning.
#include "core/api/RecordService.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/UiTestVault.h"
#include "ui/cases/CaseWorkspace.h"
#include "ui/cases/PrintDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

using fieldcase::test::child;
using fieldcase::test::pdfText;
using fieldcase::ui::PrintDialog;

namespace {

// Accepts the dialog and the message box that follows it; returns that box's text.
QString acceptWithNotice(PrintDialog& dialog) {
    QString notice;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            notice = box->text();
            box->accept();
        }
    });
    closer.start(20);
    dialog.accept();
    closer.stop();
    return notice;
}

struct Vault : fieldcase::test::UiTestVault {
    QString caseId = create("case", {{QStringLiteral("title"), QStringLiteral("Рынок на Садовой")}});
    QString personId = create("person", {{QStringLiteral("given_name"), QStringLiteral("Мария")},
                                         {QStringLiteral("family_name"), QStringLiteral("Иванова")}});
    Vault() {
        create("case_person", {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("person_id"), personId},
                               {QStringLiteral("role"), QStringLiteral("Survivor")}});
    }
};

}  // namespace

TEST_CASE("the case's PDF button saves the parts ticked, and says the file is not encrypted", "[ui][pdf]") {
    Vault vault;
    fieldcase::ui::CaseWorkspace workspace(vault.records(), vault.caseId);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    child<QPushButton>(&workspace, "casePdfButton")->click();
    auto* dialog = child<PrintDialog>(&workspace, "printDialog");
    REQUIRE(dialog->isVisible());
    REQUIRE(child<QLabel>(dialog, "printWarning")->text().contains(QStringLiteral("not encrypted")));
    REQUIRE(!child<QCheckBox>(dialog, "printPart_notes")->isChecked());  // notes only when chosen
    child<QCheckBox>(dialog, "printPart_people")->setChecked(false);
    REQUIRE(dialog->sections() == QStringList{"case", "encounters", "referrals", "followups", "consents"});
    const QString path = vault.dir.filePath(QStringLiteral("summary.pdf"));
    child<QLineEdit>(dialog, "printPath")->setText(path);
    const QString notice = acceptWithNotice(*dialog);
    REQUIRE(notice.contains(QStringLiteral("not encrypted")));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    REQUIRE(text.contains(QStringLiteral("Рынок на Садовой")));
    REQUIRE(!text.contains(QStringLiteral("Иванова")));
}

TEST_CASE("the referral letter from the referrals tab holds the person's name only with their consent", "[ui][pdf]") {
    Vault vault;
    const QString shelter = vault.create("organisation", {{QStringLiteral("name"), QStringLiteral("Приют")}});
    const QString referral = vault.create("referral", {{QStringLiteral("case_id"), vault.caseId},
                                                       {QStringLiteral("organisation_id"), shelter},
                                                       {QStringLiteral("service_type"), QStringLiteral("Shelter")},
                                                       {QStringLiteral("status"), QStringLiteral("Planned")}});
    const auto letterText = [&] {
        std::unique_ptr<PrintDialog> dialog(PrintDialog::referralLetter(vault.records(), referral, nullptr));
        const QString path = vault.dir.filePath(QStringLiteral("letter.pdf"));
        child<QLineEdit>(dialog.get(), "printPath")->setText(path);
        acceptWithNotice(*dialog);
        return pdfText(path);
    };
    REQUIRE(!letterText().contains(QStringLiteral("Иванова")));
    vault.create("consent", {{QStringLiteral("person_id"), vault.personId},
                             {QStringLiteral("item"), QStringLiteral("ReferralSharing")},
                             {QStringLiteral("given"), true}});
    REQUIRE(letterText().contains(QStringLiteral("Иванова")));
}
