#pragma once

#include "HttpAttempt.h"
#include "RequestLogEntry.h"

#include <QObject>

class KonnectClient;
class OutputPrinter;

// --verbose: one line per HTTP attempt on standard error, with the status, the time it took and the wait before
// the next attempt, e.g.
//   > PUT https://global.api.konghq.com/v2/audit-log-webhook (attempt 1 of 5)
//   < 503 Service Unavailable in 12 ms, retrying in 1 s
// Header values are never shown; request bodies only as RequestLogEntry has them, with the authorization masked.
class VerboseLog : public QObject
{
    Q_OBJECT
public:
    VerboseLog(KonnectClient* client, const OutputPrinter& printer, QObject* parent = nullptr);

    static QString statusText(int status);
    static QString durationText(qint64 ms);

private:
    void onAttemptStarted(const QString& method, const QString& path, int number, int maxAttempts);
    void onAttemptFinished(const QString& method, const QString& path, const HttpAttempt& attempt);
    void onExchangeFinished(const RequestLogEntry& entry);

    KonnectClient* m_client;
    const OutputPrinter& m_printer;
};
