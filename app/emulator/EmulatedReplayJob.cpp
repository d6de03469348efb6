#include "EmulatedReplayJob.h"

#include "Rfc3339.h"

#include <QJsonDocument>

std::optional<BadRequest> EmulatedReplayJob::start(const QByteArray& body, const QDateTime& now)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return BadRequest::unparsableBody();
    const QJsonObject object = document.object();

    BadRequest bad;
    std::optional<QDateTime> times[2];
    const QString fields[2] = {QStringLiteral("start_at"), QStringLiteral("end_at")};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = object.value(fields[i]);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return BadRequest::unparsableBody();
        if (value.toString().isEmpty()) {
            bad.add(fields[i], QStringLiteral("cannot be blank"), QStringLiteral("Required field missing"));
            continue;
        }
        times[i] = Rfc3339::parse(value.toString());
        if (!times[i])
            bad.add(fields[i], QStringLiteral("must be a valid RFC 3339 date-time"),
                    QStringLiteral("Invalid date-time"));
    }
    if (!bad.invalidParameters.isEmpty())
        return bad;

    const QDateTime startAt = *times[0];
    const QDateTime endAt = *times[1];
    const QString invalidRange = QStringLiteral("Invalid time range");
    if (startAt < now.addDays(-retentionDays))
        bad.add(fields[0], QStringLiteral("must be within the last 7 days"), invalidRange);
    if (endAt > now.addSecs(allowedClockSkewSecs))
        bad.add(fields[1], QStringLiteral("cannot be in the future"), invalidRange);
    if (startAt >= endAt)
        bad.add(fields[1], QStringLiteral("must be after start_at"), invalidRange);
    if (!bad.invalidParameters.isEmpty())
        return bad;

    m_startAt = startAt;
    m_endAt = endAt;
    m_status = Status::Accepted;
    m_updatedAt = now;
    return std::nullopt;
}

bool EmulatedReplayJob::advance(const QDateTime& now)
{
    switch (m_status) {
    case Status::Accepted:
        m_status = Status::Pending;
        break;
    case Status::Pending:
        m_status = Status::Running;
        break;
    case Status::Running:
        m_status = m_failNext ? Status::Failed : Status::Completed;
        m_failNext = false;
        break;
    case Status::Unconfigured:
    case Status::Completed:
    case Status::Failed:
        return false;
    }
    m_updatedAt = now;
    return m_status == Status::Completed;
}

bool EmulatedReplayJob::isBusy() const
{
    return m_status == Status::Accepted || m_status == Status::Pending || m_status == Status::Running;
}

QJsonObject EmulatedReplayJob::toJson() const
{
    const auto time = [](const QDateTime& t) { return t.isValid() ? Rfc3339::format(t) : Rfc3339::zeroTime(); };
    return {{QStringLiteral("start_at"), time(m_startAt)},
            {QStringLiteral("end_at"), time(m_endAt)},
            {QStringLiteral("status"), toString(m_status)},
            {QStringLiteral("updated_at"), time(m_updatedAt)}};
}

QString EmulatedReplayJob::toString(Status status)
{
    switch (status) {
    case Status::Unconfigured:
        return QStringLiteral("unconfigured");
    case Status::Accepted:
        return QStringLiteral("accepted");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
