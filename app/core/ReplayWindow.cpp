#include "ReplayWindow.h"

#include <QRegularExpression>
#include <QTimeZone>

FieldErrors ReplayWindow::check(const QDateTime& start, const QDateTime& end, const QDateTime& now)
{
    FieldErrors errors;
    if (!start.isValid())
        errors.append({QStringLiteral("start_at"),
                       QStringLiteral("The start is missing or not an RFC 3339 time such as 2026-11-24T08:00:00Z.")});
    if (!end.isValid())
        errors.append({QStringLiteral("end_at"),
                       QStringLiteral("The end is missing or not an RFC 3339 time such as 2026-11-24T09:00:00Z.")});
    if (!errors.isEmpty())
        return errors;
    const QDateTime oldest = now.addDays(-retentionDays);
    if (start < oldest)
        errors.append({QStringLiteral("start_at"),
                       QStringLiteral("The start is more than 7 days ago; Konnect keeps audit logs for 7 days. "
                                      "Choose a start after %1.")
                           .arg(toRfc3339(oldest))});
    if (end > now)
        errors.append({QStringLiteral("end_at"),
                       QStringLiteral("The end is in the future; choose a time up to now (%1).").arg(toRfc3339(now))});
    if (start >= end)
        errors.append({QStringLiteral("start_at"), QStringLiteral("The start must be before the end.")});
    return errors;
}

QString ReplayWindow::toRfc3339(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString ReplayWindow::toRfc3339WithMs(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() == 0)
        return toRfc3339(utc);
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QDateTime ReplayWindow::parseRfc3339(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return {};
    QString normalised = text.toUpper();
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}
