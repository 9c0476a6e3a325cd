#pragma once

#include <QKeySequence>
#include <QObject>

// A key combination that works in every window of the application, even while a modal
// dialog blocks the main window (where Qt's own shortcuts stop): locking must always work.
class GlobalShortcut : public QObject
{
    Q_OBJECT

public:
    GlobalShortcut(const QKeySequence& sequence, QObject* parent);

signals:
    void activated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QKeyCombination m_key;
};
