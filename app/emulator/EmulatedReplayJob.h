#pragma once

#include "BadRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// The region's one replay job. It moves one step (accepted → pending → running → completed, or failed) each
// time it is read, so that tests and demos can follow it without waiting on timers.
class EmulatedReplayJob
{
public:
    enum class Status { Unconfigured, Accepted, Pending, Running, Completed, Failed };

    static constexpr qint64 retentionDays = 7;
    static constexpr qint64 allowedClockSkewSecs = 60;

    // PUT {start_at, end_at}: validates and starts a new job (status accepted). Callers check isBusy() first.
    std::optional<BadRequest> start(const QByteArray& body, const QDateTime& now);
    // True when this step completed the job (its window's events are then due at the scope's endpoint).
    bool advance(const QDateTime& now);
    // The next job to finish fails instead of completing.
    void failNext() { m_failNext = true; }

    bool isBusy() const;
    Status status() const { return m_status; }
    QDateTime startAt() const { return m_startAt; }
    QDateTime endAt() const { return m_endAt; }
    QJsonObject toJson() const;

    static QString toString(Status status);

private:
    Status m_status = Status::Unconfigured;
    QDateTime m_startAt;
    QDateTime m_endAt;
    QDateTime m_updatedAt;
    bool m_failNext = false;
};
