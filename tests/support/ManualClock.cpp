#include "ManualClock.h"

#include <QTimer>

ManualClock::ManualClock(const QDateTime& start, QObject* parent)
    : Clock(parent)
    , m_now(start)
{
}

QDateTime ManualClock::now() const
{
    return m_now;
}

Clock::TimerId ManualClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    m_requested.append(delayMs);
    m_pending.append({id, m_now.addMSecs(delayMs), context, std::move(callback)});
    if (m_autoAdvance) {
        QTimer::singleShot(0, this, [this, id]() {
            for (const Pending& p : std::as_const(m_pending)) {
                if (p.id == id) {
                    if (p.due > m_now)
                        m_now = p.due;
                    fireDue();
                    return;
                }
            }
        });
    }
    return id;
}

void ManualClock::cancel(TimerId id)
{
    m_pending.removeIf([id](const Pending& p) { return p.id == id; });
}

void ManualClock::setAutoAdvance(bool on)
{
    m_autoAdvance = on;
}

void ManualClock::advance(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    fireDue();
}

void ManualClock::setNow(const QDateTime& now)
{
    m_now = now;
}

int ManualClock::pendingCount() const
{
    return int(m_pending.size());
}

QList<qint64> ManualClock::requestedDelays() const
{
    return m_requested;
}

void ManualClock::fireDue()
{
    for (;;) {
        auto it = std::find_if(m_pending.begin(), m_pending.end(), [this](const Pending& p) { return p.due <= m_now; });
        if (it == m_pending.end())
            return;
        Pending p = *it;
        m_pending.erase(it);
        if (p.context)
            p.callback();
    }
}
