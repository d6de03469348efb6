#include "VerboseLog.h"

#include "HttpStatusText.h"
#include "KonnectClient.h"
#include "OutputPrinter.h"
#include "RetryPolicy.h"
#include "RetryingRequest.h"

VerboseLog::VerboseLog(KonnectClient* client, const OutputPrinter& printer, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_printer(printer)
{
    connect(client, &KonnectClient::attemptStarted, this, &VerboseLog::onAttemptStarted);
    connect(client, &KonnectClient::attemptFinished, this, &VerboseLog::onAttemptFinished);
    connect(client, &KonnectClient::exchangeFinished, this, &VerboseLog::onExchangeFinished);
}

QString VerboseLog::statusText(int status)
{
    return HttpStatusText::describe(status);
}

QString VerboseLog::durationText(qint64 ms)
{
    if (ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10000 ? 1 : 0);
}

void VerboseLog::onAttemptStarted(const QString& method, const QString& path, int number, int maxAttempts)
{
    QUrl url = m_client->apiRoot();
    url.setPath(url.path() + path);
    m_printer.verbose(
        QStringLiteral("> %1 %2 (attempt %3 of %4)").arg(method, url.toString()).arg(number).arg(maxAttempts));
}

void VerboseLog::onAttemptFinished(const QString&, const QString&, const HttpAttempt& attempt)
{
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
