#include "ui/security/InactivityWatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace fieldcase::ui {

InactivityWatch::InactivityWatch(Clock clock, QObject* parent)
    : QObject(parent), m_clock(orSteadyClock(std::move(clock))) {
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &InactivityWatch::check);
}

InactivityWatch::~InactivityWatch() {
    stop();
}

void InactivityWatch::start(int minutes) {
    m_allowedMs = static_cast<qint64>(minutes) * 60 * 1000;
    m_lastUse = m_clock();
    if (!m_running) QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_poll.start();
}

void InactivityWatch::stop() {
    if (m_running) QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_poll.stop();
}

void InactivityWatch::check() {
    if (m_running && m_clock() - m_lastUse >= m_allowedMs) Q_EMIT idle();
}

bool InactivityWatch::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            m_lastUse = m_clock();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace fieldcase::ui
