#pragma once

#include <QObject>
#include <QTimer>

// Fires when nobody has touched the keyboard or mouse of the application for a while.
class InactivityTimer : public QObject
{
    Q_OBJECT

public:
    explicit InactivityTimer(QObject* parent = nullptr);

    // 0 switches it off.
    void setInterval(int milliseconds);
    void start();
    void stop();

signals:
    void inactive();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};
