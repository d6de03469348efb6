#include "ExportedAuditEvent.h"

#include "ReplayWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QDateTime fromMs(const QByteArray& digits)
{
    bool ok = false;
    const qint64 ms = digits.toLongLong(&ok);
    return ok && ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// The value of `key=` among CEF extensions: it starts after '|' or a space and runs to the next space.
QByteArray cefValue(QByteArrayView extensions, QByteArrayView key)
{
    qsizetype from = 0;
    while (from < extensions.size()) {
        const qsizetype at = extensions.indexOf(key, from);
        if (at < 0)
            return {};
        const qsizetype valueAt = at + key.size();
        if ((at == 0 || extensions.at(at - 1) == ' ') && valueAt < extensions.size() && extensions.at(valueAt) == '=') {
            qsizetype end = extensions.indexOf(' ', valueAt + 1);
            if (end < 0)
                end = extensions.size();
            return extensions.sliced(valueAt + 1, end - valueAt - 1).toByteArray();
        }
        from = at + 1;
    }
    return {};
}

std::optional<ExportedAuditEvent> fromCef(QByteArrayView line)
{
    const qsizetype cef = line.indexOf(QByteArrayView("CEF:"));
    if (cef < 0)
        return std::nullopt;
    // CEF:Version|Vendor|Product|Version|Class|Name|Severity|Extensions
    qsizetype pipes[7];
    qsizetype from = cef;
    for (qsizetype& pipe : pipes) {
        pipe = line.indexOf('|', from);
        if (pipe < 0)
            return std::nullopt;
        from = pipe + 1;
    }
    ExportedAuditEvent event;
    event.name = line.sliced(pipes[4] + 1, pipes[5] - pipes[4] - 1).toByteArray();
    const QByteArrayView extensions = line.sliced(pipes[6] + 1);
    event.traceId = cefValue(extensions, "trace_id");
    event.time = fromMs(cefValue(extensions, "rt"));
    if (!event.time.isValid()) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0 && space < cef)
            event.time = ReplayWindow::parseRfc3339(QString::fromUtf8(line.first(space)));
    }
    return event;
}

std::optional<ExportedAuditEvent> fromJson(QByteArrayView line)
{
    QJsonObject object = QJsonDocument::fromJson(line.toByteArray()).object();
    if (object.value(QLatin1String("event")).isObject()) // CPS
        object = object.value(QLatin1String("event")).toObject();
    ExportedAuditEvent event;
    event.name = object.value(QLatin1String("name")).toString().toUtf8();
    event.traceId = ExportedAuditEvent::jsonTraceId(line);
    const QJsonValue rt = object.value(QLatin1String("rt"));
    if (rt.isDouble() && rt.toDouble() > 0)
        event.time = QDateTime::fromMSecsSinceEpoch(qint64(rt.toDouble()), Qt::UTC);
    else if (rt.isString())
        event.time = fromMs(rt.toString().toLatin1());
    if (!event.time.isValid())
        event.time = ReplayWindow::parseRfc3339(object.value(QLatin1String("event_ts")).toString());
    return event;
}
} // namespace

QByteArray ExportedAuditEvent::jsonTraceId(QByteArrayView json)
{
    static const QRegularExpression member(
        QStringLiteral("\"trace_id\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))"));
    const QRegularExpressionMatch match = member.match(QString::fromUtf8(json));
    if (!match.hasMatch())
        return {};
    return (match.capturedLength(1) > 0 ? match.captured(1) : match.captured(2)).toUtf8();
}

std::optional<ExportedAuditEvent> ExportedAuditEvent::fromLine(QByteArrayView line, qint64 lineNumber)
{
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    std::optional<ExportedAuditEvent> event = trimmed.front() == '{' ? fromJson(trimmed) : fromCef(trimmed);
    if (!event || event->name.isEmpty() || !event->time.isValid())
        return std::nullopt;
    event->lineNumber = lineNumber;
    return event;
}
