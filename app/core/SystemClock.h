#pragma once

#include "Clock.h"

#include <QHash>

class QTimer;

class SystemClock : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(QObject* parent = nullptr);

    QDateTime now() const override;
    TimerId callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) override;
    void cancel(TimerId id) override;

private:
    TimerId m_nextId = 1;
    QHash<TimerId, QTimer*> m_timers;
};
