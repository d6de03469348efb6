#include "VerboseLog.h"

#include "KonnectClient.h"
#include "OutputPrinter.h"
#include "RetryPolicy.h"
#include "RetryingRequest.h"

#include <QHash>

VerboseLog::VerboseLog(KonnectClient* client, const OutputPrinter& printer, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_printer(printer)
{
    connect(client, &KonnectClient::attemptFinished, this, &VerboseLog::onAttemptFinished);
    connect(client, &KonnectClient::exchangeFinished, this, &VerboseLog::onExchangeFinished);
}

QString VerboseLog::statusText(int status)
{
    static const QHash<int, const char*> reasons = {
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {409, "Conflict"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    const char* reason = reasons.value(status, nullptr);
    return reason ? QStringLiteral("%1 %2").arg(status).arg(QLatin1String(reason)) : QString::number(status);
}

QString VerboseLog::durationText(qint64 ms)
{
    if (ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10000 ? 1 : 0);
}

void VerboseLog::onAttemptFinished(const QString& method, const QString& path, const HttpAttempt& attempt)
{
    // Both lines are written when the attempt ends: KonnectClient reports attempts, not their start.
    QUrl url = m_client->apiRoot();
    url.setPath(url.path() + path);
    m_printer.verbose(QStringLiteral("> %1 %2 (attempt %3 of %4)")
                          .arg(method, url.toString())
                          .arg(attempt.number)
                          .arg(RetryPolicy::maxAttempts));
    const QString answer = attempt.outcome.transport == AttemptOutcome::Transport::None
        ? statusText(attempt.outcome.httpStatus)
        : QStringLiteral("no answer (%1)").arg(attempt.errorText);
    QString next;
    if (attempt.waitBeforeNextMs >= 0)
        next = QStringLiteral(", retrying in %1").arg(durationText(attempt.waitBeforeNextMs));
    else if (attempt.number >= RetryPolicy::maxAttempts && RetryPolicy::isRetryable(attempt.outcome))
        next = QStringLiteral(", gave up after %1 attempts").arg(attempt.number);
    m_printer.verbose(QStringLiteral("< %1 in %2 ms%3").arg(answer).arg(attempt.elapsedMs).arg(next));
}

void VerboseLog::onExchangeFinished(const RequestLogEntry& entry)
{
    if (!entry.redactedBody.isEmpty())
        m_printer.verbose(QStringLiteral("  %1 body sent (authorization masked): %2")
                              .arg(entry.method, QString::fromUtf8(entry.redactedBody)));
}
