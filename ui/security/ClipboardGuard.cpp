#include "ui/security/ClipboardGuard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace fieldcase::ui {

namespace {

QByteArray digestOf(const QString& text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

bool ownedBy(QClipboard::Mode mode) {
    const QClipboard* clipboard = QGuiApplication::clipboard();
    return mode == QClipboard::Selection ? clipboard->ownsSelection() : clipboard->ownsClipboard();
}

}  // namespace

ClipboardGuard::ClipboardGuard(Clock clock, QObject* parent)
    : QObject(parent), m_clock(orSteadyClock(std::move(clock))) {
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ClipboardGuard::check);
    QClipboard* clipboard = QGuiApplication::clipboard();
    connect(clipboard, &QClipboard::dataChanged, this, [this] { changed(QClipboard::Clipboard); });
    connect(clipboard, &QClipboard::selectionChanged, this, [this] { changed(QClipboard::Selection); });
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

void ClipboardGuard::changed(QClipboard::Mode mode) {
    Copied& copied = copiedIn(mode);
    if (!ownedBy(mode)) {
        // Another program copied or selected something: that is not ours to clear.
        copied = {};
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* data = clipboard->mimeData(mode);
    if (data == nullptr || !data->hasText()) return;
    if (!data->hasFormat(QString::fromLatin1(kPasswordManagerHint))) {
        // Put the text back with the hint before the event loop runs again, so that whoever asks for it (a clipboard
        // manager answers the change at once) gets the marked copy. This comes back here as a new change.
        auto* marked = new QMimeData;
        marked->setText(data->text());
        marked->setData(QString::fromLatin1(kPasswordManagerHint), QByteArrayLiteral("secret"));
        clipboard->setMimeData(marked, mode);
        return;
    }
    copied = {digestOf(data->text()), m_clock()};
    m_poll.start();
}

void ClipboardGuard::check() {
    const qint64 now = m_clock();
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        const Copied& copied = copiedIn(mode);
        if (!copied.digest.isEmpty() && now - copied.at >= kClearAfterMs) clear(mode);
    }
    if (m_clipboard.digest.isEmpty() && m_selection.digest.isEmpty()) m_poll.stop();
}

void ClipboardGuard::clearNow() {
    clear(QClipboard::Clipboard);
    clear(QClipboard::Selection);
    m_poll.stop();
}

void ClipboardGuard::clear(QClipboard::Mode mode) {
    Copied& copied = copiedIn(mode);
    if (copied.digest.isEmpty()) return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (ownedBy(mode) && digestOf(clipboard->text(mode)) == copied.digest) clipboard->clear(mode);
    copied = {};
}

}  // namespace fieldcase::ui
