#pragma once

#include "ApiResult.h"

#include <QObject>
#include <QPointer>
#include <functional>

class RetryingRequest;

// One logical call to Konnect (which may take several HTTP requests, such as PUT then PATCH). It emits finished()
// exactly once, then deletes itself; keep a QPointer if you need to cancel it.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    explicit ApiCall(QObject* parent = nullptr);

    void cancel();
    bool isFinished() const { return m_finished; }
    // The HTTP request in flight or waiting for its next attempt, for a countdown; null between requests.
    RetryingRequest* currentRequest() const;

    // Used by KonnectClient: run `request`; `interpret` turns its end into a result, or returns false after
    // starting a follow-up request itself.
    using Interpreter = std::function<bool(RetryingRequest&, ApiResult&)>;
    void run(RetryingRequest* request, Interpreter interpret);
    void finishWith(const ApiResult& result);

signals:
    void attemptStarted(int number, int maxAttempts);
    void retryScheduled(int nextNumber, qint64 waitMs);
    void finished(const ApiResult& result);

private:
    QPointer<RetryingRequest> m_request;
    bool m_cancelled = false;
    bool m_finished = false;
};
