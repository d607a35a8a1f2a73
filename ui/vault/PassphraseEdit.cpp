#include "ui/vault/PassphraseEdit.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace fieldcase::ui {

PassphraseEdit::PassphraseEdit(QWidget* parent) : QLineEdit(parent) {
    setEchoMode(QLineEdit::Password);
    // Keep the text away from input-method dictionaries and predictive keyboards.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    setContextMenuPolicy(Qt::NoContextMenu);
}

SecretBytes PassphraseEdit::takeSecret() {
    QString text = this->text();
    // setText() also drops the undo history; afterwards `text` is the only owner of the characters,
    // so fill() below overwrites them in place instead of detaching a copy.
    setText(QString());
    QByteArray utf8 = text.toUtf8();
    SecretBytes secret =
        SecretBytes::fromText(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    utf8.fill('\0');
    text.fill(QChar(u'\0'));
    return secret;
}

}  // namespace fieldcase::ui
