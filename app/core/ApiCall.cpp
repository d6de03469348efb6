#include "ApiCall.h"

#include "RetryingRequest.h"

#include <QTimer>

ApiCall::ApiCall(QObject* parent)
    : QObject(parent)
{
}

RetryingRequest* ApiCall::currentRequest() const
{
    return m_request.data();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_request) {
        m_request->cancel();
    } else {
        ApiResult result;
        result.kind = ApiResult::Kind::Cancelled;
        result.message = tr("Cancelled.");
        finishWith(result);
    }
}

void ApiCall::run(RetryingRequest* request, Interpreter interpret)
{
    m_request = request;
    request->setParent(this);
    connect(request, &RetryingRequest::attemptStarted, this, &ApiCall::attemptStarted);
    connect(request, &RetryingRequest::retryScheduled, this, &ApiCall::retryScheduled);
    connect(request, &RetryingRequest::finished, this, [this, request, interpret = std::move(interpret)]() {
        m_request = nullptr;
        request->deleteLater();
        ApiResult result;
        if (interpret(*request, result))
            finishWith(result);
    });
    if (m_cancelled) {
        // cancel() came before the request existed (e.g. between PUT and PATCH)
        QTimer::singleShot(0, request, &RetryingRequest::cancel);
    }
    request->start();
}

void ApiCall::finishWith(const ApiResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    // Callers connect after the call is created, so even an immediate result (invalid input) is delivered from
    // the event loop.
    QTimer::singleShot(0, this, [this, result]() {
        emit finished(result);
        deleteLater();
    });
}
