#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/vault/PassphraseEdit.h"
#include "ui/vault/PassphraseStrength.h"

#include <QTest>

using fieldcase::test::typeText;
using fieldcase::ui::estimatePassphraseStrength;
using fieldcase::ui::PassphraseStrength;

TEST_CASE("Passphrase strength grows with length and variety", "[ui]") {
    CHECK(estimatePassphraseStrength(u"") == PassphraseStrength::TooShort);
    CHECK(estimatePassphraseStrength(u"Ab1!xyz") == PassphraseStrength::TooShort);
    CHECK(estimatePassphraseStrength(u"password") == PassphraseStrength::Weak);
    CHECK(estimatePassphraseStrength(u"aaaaaaaaaaaaaaaaaaaaaaaa") == PassphraseStrength::Weak);
    CHECK(estimatePassphraseStrength(u"Password1") == PassphraseStrength::Fair);
    CHECK(estimatePassphraseStrength(u"correct horse") == PassphraseStrength::Fair);
    CHECK(estimatePassphraseStrength(u"correct horse battery staple") == PassphraseStrength::Strong);
    CHECK(estimatePassphraseStrength(u"тихий синий вечер у реки") == PassphraseStrength::Strong);
}

TEST_CASE("Passphrase length counts characters rather than UTF-16 units or bytes", "[ui]") {
    CHECK(fieldcase::ui::passphraseLength(u"пароль") == 6);
    CHECK(fieldcase::ui::passphraseLength(u"ab\U0001F511") == 3);
}

TEST_CASE("A passphrase edit hands over its text as UTF-8 and empties itself", "[ui]") {
    fieldcase::ui::PassphraseEdit edit;
    CHECK(edit.echoMode() == QLineEdit::Password);
    typeText(&edit, QStringLiteral("ключ key"));
    const fieldcase::SecretBytes secret = edit.takeSecret();
    CHECK(secret.view() == std::string_view("ключ key"));
    CHECK(edit.text().isEmpty());
    CHECK_FALSE(edit.isUndoAvailable());
}
