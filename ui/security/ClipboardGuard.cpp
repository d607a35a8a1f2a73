#include "ui/security/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace fieldcase::ui {

namespace {

// A digest rather than the text itself, so the guard keeps no copy of what it protects.
QByteArray digestOf(const QString& text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

}  // namespace

ClipboardGuard::ClipboardGuard(Clock clock, QObject* parent)
    : QObject(parent), m_clock(orSteadyClock(std::move(clock))) {
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ClipboardGuard::check);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardGuard::clipboardChanged);
}

void ClipboardGuard::clipboardChanged() {
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard->ownsClipboard()) {
        // Another program copied something: that is not ours to clear.
        m_copiedDigest.clear();
        m_poll.stop();
        return;
    }
    const QMimeData* data = clipboard->mimeData();
    if (data == nullptr || !data->hasText()) return;
    if (!data->hasFormat(QString::fromLatin1(kPasswordManagerHint))) {
        // Put the text back with the hint; this comes back here as a new change.
        auto* marked = new QMimeData;
        marked->setText(data->text());
        marked->setData(QString::fromLatin1(kPasswordManagerHint), QByteArrayLiteral("secret"));
        clipboard->setMimeData(marked);
        return;
    }
    m_copiedDigest = digestOf(data->text());
    m_copiedAt = m_clock();
    m_poll.start();
}

void ClipboardGuard::check() {
    if (!m_copiedDigest.isEmpty() && m_clock() - m_copiedAt >= kClearAfterMs) clearNow();
}

void ClipboardGuard::clearNow() {
    if (m_copiedDigest.isEmpty()) return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->ownsClipboard() && digestOf(clipboard->text()) == m_copiedDigest) clipboard->clear();
    m_copiedDigest.clear();
    m_poll.stop();
}

}  // namespace fieldcase::ui
