#include "SystemClock.h"

#include <QPointer>
#include <QTimer>
#include <limits>

SystemClock::SystemClock(QObject* parent)
    : Clock(parent)
{
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock::TimerId SystemClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    auto* timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    m_timers.insert(id, timer);
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, callback = std::move(callback)]() {
        m_timers.remove(id);
        timer->deleteLater();
        callback();
    });
    // The timer dies with its context; forget it then so cancel() never touches a dangling pointer.
    QObject::connect(timer, &QObject::destroyed, this, [this, id]() { m_timers.remove(id); });
    timer->start(static_cast<int>(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()))));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    if (QTimer* timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}
