#pragma once

#include "Clock.h"

#include <QHash>

class QTimer;

// A clock that skips every wait: a callback asked for after N ms runs on the next event-loop turn, and from then on
// now() reads N ms later than the wall clock. Process-level tests select it (the CLI does so only when the
// environment variable KAW_TEST_FAST_FORWARD_WAITS=1 is set) so that retry waits are planned and reported exactly
// as in real use, yet nobody sleeps through them.
class FastForwardClock : public Clock
{
    Q_OBJECT
public:
    explicit FastForwardClock(QObject* parent = nullptr);

    QDateTime now() const override;
    TimerId callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) override;
    void cancel(TimerId id) override;

    // The total of all waits skipped so far.
    qint64 skippedMs() const { return m_skippedMs; }

private:
    TimerId m_nextId = 1;
    qint64 m_skippedMs = 0;
    QHash<TimerId, QTimer*> m_timers;
};
