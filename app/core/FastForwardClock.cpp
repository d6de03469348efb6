#include "FastForwardClock.h"

#include <QTimer>

FastForwardClock::FastForwardClock(QObject* parent)
    : Clock(parent)
{
}

QDateTime FastForwardClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_skippedMs);
}

Clock::TimerId FastForwardClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    // A zero-length timer owned by the context: it dies with the context, and it fires from the event loop, never
    // from inside the caller, just as a real wait would.
    auto* timer = new QTimer(context);
    timer->setSingleShot(true);
    m_timers.insert(id, timer);
    const qint64 skipped = qMax<qint64>(0, delayMs);
    QObject::connect(timer, &QTimer::timeout, this, [this, id, timer, skipped, callback = std::move(callback)]() {
        m_timers.remove(id);
        timer->deleteLater();
        m_skippedMs += skipped;
        callback();
    });
    QObject::connect(timer, &QObject::destroyed, this, [this, id]() { m_timers.remove(id); });
    timer->start(0);
    return id;
}

void FastForwardClock::cancel(TimerId id)
{
    if (QTimer* timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}
