#include "ui/widgets/PageLayout.h"

#include "core/base/SecretBytes.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QString>
#include <QStringList>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWidget>

namespace fieldcase::ui {

namespace {
constexpr int kColumnWidth = 460;
// Groups of four characters per line of the recovery code, so it fits the column and copies well to paper.
constexpr qsizetype kRecoveryGroupsPerLine = 4;
}  // namespace

void centerInPage(QWidget* page, QWidget* content) {
    content->setMaximumWidth(kColumnWidth);
    content->setMinimumWidth(kColumnWidth * 3 / 4);
    auto* layout = new QGridLayout(page);
    layout->addWidget(content, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    // The column takes the width first, up to its maximum; the margins share what is left.
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 100);
    layout->setColumnStretch(2, 1);
}

QLabel* makeHeading(const QString& text) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel* makeSafetyNumber(const QString& number) {
    auto* label = new QLabel(number);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setStyleHint(QFont::Monospace);
    font.setFamily(QStringLiteral("monospace"));
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("safetyNumber"));
    return label;
}

QLabel* makeParagraph(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

QLabel* makeErrorLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    QPalette palette = label->palette();
    // A red that reads on the theme's background: dark on a light theme, light on a dark one.
    const bool darkTheme = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, darkTheme ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& message) {
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QHBoxLayout* makeActionRow(QLabel* errorLabel, QPushButton* button) {
    auto* row = new QHBoxLayout;
    row->addWidget(errorLabel, 1);
    // Takes the space while the error line is hidden, so the button keeps its size and place.
    row->addStretch();
    row->addWidget(button);
    return row;
}

// A form field with the hints that belong under it, so that a hidden hint leaves no gap.
QVBoxLayout* withHints(QWidget* field, std::initializer_list<QWidget*> hints) {
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    for (QWidget* hint : hints) {
        column->addWidget(hint);
    }
    return column;
}

// A row label whose mnemonic focuses field.
QLabel* labelFor(const QString& text, QWidget* field) {
    auto* label = new QLabel(text);
    label->setBuddy(field);
    return label;
}

QLabel* makeRecoveryCodeLabel() {
    auto* label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(12);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    label->setFont(mono);
    return label;
}

void showRecoveryCode(QLabel* label, const SecretBytes& code) {
    const QStringList groups = QString::fromUtf8(code.view()).split(u'-');
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += kRecoveryGroupsPerLine) {
        lines.append(groups.mid(i, kRecoveryGroupsPerLine).join(u'-'));
    }
    label->setText(lines.join(u'\n'));
}

QPlainTextEdit* makeTextArea(const char* objectName, const QString& accessibleName, int lines) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    // Tab moves on, so the form works from the keyboard alone.
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 1));
    return edit;
}

QTreeWidget* makeTable(const char* objectName, const QString& accessibleName, const QStringList& headers) {
    auto* tree = new QTreeWidget;
    tree->setObjectName(QString::fromLatin1(objectName));
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

}  // namespace fieldcase::ui
