#pragma once

#include "Clock.h"

#include <QList>
#include <QPointer>

// A clock that moves only when told to. With autoAdvance on, every wait is skipped at once (from the event
// loop, never re-entrantly) and recorded, so tests can assert the waits a retry rule asked for.
class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime& start = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC),
                         QObject* parent = nullptr);

    QDateTime now() const override;
    TimerId callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) override;
    void cancel(TimerId id) override;

    void setAutoAdvance(bool on);
    void advance(qint64 ms);
    void setNow(const QDateTime& now);
    int pendingCount() const;
    // Every delay ever requested through callAfter, in order.
    QList<qint64> requestedDelays() const;

private:
    struct Pending
    {
        TimerId id;
        QDateTime due;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    void fireDue();

    QDateTime m_now;
    bool m_autoAdvance = false;
    TimerId m_nextId = 1;
    QList<Pending> m_pending;
    QList<qint64> m_requested;
};
