#pragma once

#include <QDateTime>
#include <QObject>
#include <functional>

// The source of "now" and of delayed callbacks for everything that waits (retries, countdowns, polling).
// Injected so that tests can advance time instead of sleeping through real retry waits.
class Clock : public QObject
{
    Q_OBJECT
public:
    using TimerId = quint64;

    explicit Clock(QObject* parent = nullptr);
    ~Clock() override;

    virtual QDateTime now() const = 0;
    // Runs callback once after delayMs unless cancelled first or context is destroyed.
    virtual TimerId callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) = 0;
    virtual void cancel(TimerId id) = 0;

    // The process-wide wall clock backed by QTimer.
    static Clock* system();
};
