#include "ui/security/GlobalShortcut.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

GlobalShortcut::GlobalShortcut(const QKeySequence& sequence, QObject* parent)
    : QObject(parent)
    , m_key(sequence[0])
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool GlobalShortcut::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->keyCombination() == m_key && !key->isAutoRepeat()) {
            emit activated();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
