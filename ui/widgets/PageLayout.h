#pragma once

#include <QStringList>

#include <initializer_list>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QString;
class QVBoxLayout;
class QWidget;

namespace fieldcase {
class SecretBytes;
}

namespace fieldcase::ui {

// The pieces the full-window pages share, so they look alike.

// Puts content in a column of readable width, centred in page.
void centerInPage(QWidget* page, QWidget* content);
// A large bold title line.
QLabel* makeHeading(const QString& text);
// A wrapped paragraph of explanation.
QLabel* makeParagraph(const QString& text);
// A team's safety number in large monospaced type, to read out digit by digit (object name "safetyNumber").
QLabel* makeSafetyNumber(const QString& number);
// An error line in the theme's error colour; hidden while empty.
QLabel* makeErrorLabel();
// Shows message in an error label made by makeErrorLabel(), or hides it when message is empty.
void showError(QLabel* label, const QString& message);
// A form's last row: its error line (from makeErrorLabel()) on the left, the button that acts on the form on the
// right at its own size.
QHBoxLayout* makeActionRow(QLabel* errorLabel, QPushButton* button);
// A form field with the hints that belong under it, so that a hidden hint leaves no gap.
QVBoxLayout* withHints(QWidget* field, std::initializer_list<QWidget*> hints);
// A text area of about lines lines where Tab moves on, so a form works from the keyboard alone.
QPlainTextEdit* makeTextArea(const char* objectName, const QString& accessibleName, int lines);
// A flat list with columns, alternate row colours and wrapped text, its last column stretched.
QTreeWidget* makeTable(const char* objectName, const QString& accessibleName, const QStringList& headers);
// A row label whose mnemonic focuses field.
QLabel* labelFor(const QString& text, QWidget* field);
// A recovery code as the person copies it to paper: large fixed-width characters, selectable. Empty until
// showRecoveryCode(); clear it as soon as the person confirms, since the code is shown only once.
QLabel* makeRecoveryCodeLabel();
// Puts the code into a label made by makeRecoveryCodeLabel(), four groups a line.
void showRecoveryCode(QLabel* label, const SecretBytes& code);

}  // namespace fieldcase::ui
