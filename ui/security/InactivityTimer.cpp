#include "ui/security/InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            emit inactive();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void InactivityTimer::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (m_active)
        start();
}

void InactivityTimer::start()
{
    m_active = m_timer.interval() > 0;
    if (m_active)
        m_timer.start();
}

void InactivityTimer::stop()
{
    m_active = false;
    m_timer.stop();
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_active)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
