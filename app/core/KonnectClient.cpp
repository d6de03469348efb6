#include "KonnectClient.h"

#include "Clock.h"
#include "HttpStatusText.h"
#include "Region.h"
#include "ReplayWindow.h"
#include "RetryingRequest.h"
#include "SecretRedactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslError>

namespace {
const QString kWebhookPath = QStringLiteral("/audit-log-webhook");

QByteArray redactedBody(const QJsonObject* body)
{
    if (!body)
        return {};
    QJsonObject copy = *body;
    if (copy.contains(QLatin1String("authorization")))
        copy.insert(QLatin1String("authorization"), SecretRedactor::mask());
    return SecretRedactor::redact(QString::fromUtf8(QJsonDocument(copy).toJson(QJsonDocument::Compact))).toUtf8();
}
} // namespace

KonnectClient::KonnectClient(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock ? clock : Clock::system())
    , m_apiRoot(Region::apiRoot(QStringLiteral("global")))
{
    // The Bearer token must never follow a redirect to another host: redirects are answers, not hops.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

KonnectClient::~KonnectClient() = default;

void KonnectClient::setApiRoot(const QUrl& root)
{
    m_apiRoot = Region::normalizedBaseUrl(root);
}

void KonnectClient::setToken(const QString& token)
{
    m_token = token;
    SecretRedactor::registerSecret(token);
}

QString KonnectClient::readinessProblem() const
{
    const QString rootProblem = Region::checkBaseUrl(m_apiRoot);
    if (!rootProblem.isEmpty())
        return rootProblem;
    if (m_token.isEmpty())
        return tr("No Konnect token: set one with `konnect-audit-webhook token set` (it reads the token from "
                  "standard input) or pass it for one run with --token-stdin.");
    return {};
}

ApiCall* KonnectClient::getWebhook()
{
    return send("GET", kWebhookPath);
}

ApiCall* KonnectClient::getStatus()
{
    return send("GET", QStringLiteral("/audit-log-webhook/status"));
}

ApiCall* KonnectClient::getReplayJob()
{
    return send("GET", QStringLiteral("/audit-log-replay-job"));
}

ApiCall* KonnectClient::getJwks()
{
    return send("GET", QStringLiteral("/audit-log-webhook/jwks.json"));
}

ApiCall* KonnectClient::startReplayJob(const QDateTime& start, const QDateTime& end)
{
    const FieldErrors errors = ReplayWindow::check(start, end, m_clock->now());
    if (!errors.isEmpty()) {
        auto* call = new ApiCall(this);
        call->finishWith(ApiResult::invalidInput(errors.constFirst().message, errors));
        return call;
    }
    const QJsonObject body {{QStringLiteral("start_at"), ReplayWindow::toRfc3339(start)},
                            {QStringLiteral("end_at"), ReplayWindow::toRfc3339(end)}};
    return send("PUT", QStringLiteral("/audit-log-replay-job"), &body);
}

ApiCall* KonnectClient::updateWebhook(const WebhookConfig& current, const WebhookConfig& desired)
{
    if (!desired.authorization && desired.changesFrom(current).isEmpty()) {
        auto* call = new ApiCall(this);
        ApiResult result;
        result.message = tr("Nothing to change: Konnect already has these settings.");
        result.json = QJsonDocument(current.toJson());
        call->finishWith(result);
        return call;
    }
    const FieldErrors errors = desired.validate();
    if (!errors.isEmpty()) {
        auto* call = new ApiCall(this);
        call->finishWith(ApiResult::invalidInput(errors.constFirst().message, errors));
        return call;
    }
    if (!desired.authorization) {
        const QJsonObject changes = desired.changesFrom(current);
        return send("PATCH", kWebhookPath, &changes);
    }
    if (m_updateMethod == UpdateMethod::Patch) {
        const QJsonObject changes = desired.changesFrom(current);
        return send("PATCH", kWebhookPath, &changes);
    }
    const QJsonObject full = desired.toJson();
    auto* call = new ApiCall(this);
    const QString problem = readinessProblem();
    if (!problem.isEmpty()) {
        call->finishWith(ApiResult::invalidInput(problem));
        return call;
    }
    sendInto(call, "PUT", kWebhookPath, &full, [this, call, full](RetryingRequest& request, ApiResult& result) {
        if (request.httpStatus() != 405 || request.wasCancelled())
            return true;
        // Kong's current contract only has PATCH; the seed's PUT gets 405 there. Repeat as PATCH, and remember.
        sendInto(call, "PATCH", kWebhookPath, &full, [this](RetryingRequest& patch, ApiResult& patchResult) {
            if (patchResult.ok() || (patch.httpStatus() >= 200 && patch.httpStatus() < 300)) {
                m_updateMethod = UpdateMethod::Patch;
                emit updateMethodLearned(UpdateMethod::Patch);
            }
            return true;
        });
        Q_UNUSED(result)
        return false;
    });
    return call;
}

ApiCall* KonnectClient::send(const QByteArray& method, const QString& path, const QJsonObject* body)
{
    auto* call = new ApiCall(this);
    const QString problem = readinessProblem();
    if (!problem.isEmpty()) {
        call->finishWith(ApiResult::invalidInput(problem));
        return call;
    }
    sendInto(call, method, path, body, [](RetryingRequest&, ApiResult&) { return true; });
    return call;
}

void KonnectClient::sendInto(ApiCall* call, const QByteArray& method, const QString& path, const QJsonObject* body,
                             ApiCall::Interpreter after)
{
    QUrl url = m_apiRoot;
    url.setPath(m_apiRoot.path() + path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("konnect-audit-webhook/" KAW_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    auto* retrying = new RetryingRequest(m_network, m_clock, request, method, payload);
    retrying->setTransferTimeoutMs(m_transferTimeoutMs);

    const QString methodText = QString::fromLatin1(method);
    const QString logUrl = SecretRedactor::redact(url.toString());
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const QByteArray loggedBody = redactedBody(body);
    connect(retrying, &RetryingRequest::attemptStarted, this, [this, methodText, path](int number, int maxAttempts) {
        emit attemptStarted(methodText, path, number, maxAttempts);
    });
    connect(retrying, &RetryingRequest::attemptFinished, this,
            [this, methodText, path](const HttpAttempt& attempt) { emit attemptFinished(methodText, path, attempt); });
    call->run(retrying,
              [this, methodText, path, logUrl, startedAt, loggedBody,
               after = std::move(after)](RetryingRequest& request, ApiResult& result) {
                  result = interpret(request, methodText, path);
                  RequestLogEntry entry;
                  entry.startedAt = startedAt;
                  entry.method = methodText;
                  entry.url = logUrl;
                  entry.httpStatus = request.httpStatus();
                  entry.attempts = int(request.attempts().size());
                  entry.durationMs = request.totalElapsedMs();
                  entry.outcome = result.ok() ? QStringLiteral("ok") : result.message;
                  entry.redactedBody = loggedBody;
                  emit exchangeFinished(entry);
                  return after(request, result);
              });
}

ApiResult KonnectClient::interpret(const RetryingRequest& request, const QString& method, const QString& path) const
{
    ApiResult result;
    result.method = method;
    result.path = path;
    result.attempts = request.attempts();
    result.durationMs = request.totalElapsedMs();
    result.httpStatus = request.httpStatus();
    const HttpAttempt& last = request.lastAttempt();
    using T = AttemptOutcome::Transport;

    if (request.wasCancelled() || last.outcome.transport == T::Cancelled) {
        result.kind = ApiResult::Kind::Cancelled;
        result.message = tr("Cancelled.");
        return result;
    }
    if (last.outcome.transport != T::None) {
        result.kind = ApiResult::Kind::NetworkError;
        result.message = describeFailure(request, result);
        return result;
    }
    const int status = result.httpStatus;
    const QByteArray body = request.answerBody();
    if (status >= 200 && status < 300) {
        // An empty answer is fine for a change (a 204 to DELETE), but a read asked for an object: nothing is not
        // "nothing configured".
        if (body.trimmed().isEmpty() && method != QLatin1String("GET"))
            return result;
        QJsonParseError error;
        result.json = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !result.json.isObject()) {
            result.kind = ApiResult::Kind::BadAnswer;
            result.message = tr("Konnect answered %1 to %2 %3, but the answer is not the JSON object expected (%4). "
                                "Check --base-url: it must point at Konnect's API, including /v2.")
                                 .arg(status)
                                 .arg(method, path,
                                      body.trimmed().isEmpty()                      ? tr("the answer was empty")
                                          : error.error != QJsonParseError::NoError ? error.errorString()
                                                                                    : tr("not an object"));
        }
        return result;
    }
    result.problem = ProblemDetails::parse(body);
    result.fieldErrors = result.problem.invalidParameters;
    switch (status) {
    case 400:
        result.kind = ApiResult::Kind::BadRequest;
        break;
    case 401:
        result.kind = ApiResult::Kind::Unauthorized;
        break;
    case 403:
        result.kind = ApiResult::Kind::Forbidden;
        break;
    default:
        result.kind = ApiResult::Kind::HttpError;
        break;
    }
    result.message = describeFailure(request, result);
    return result;
}

QString KonnectClient::describeFailure(const RetryingRequest& request, const ApiResult& result) const
{
    const HttpAttempt& last = request.lastAttempt();
    const int attempts = int(request.attempts().size());
    const QString afterRetries = attempts > 1 ? tr(" (gave up after %1 attempts)").arg(attempts) : QString();
    const QString konnectSays
        = result.problem.isEmpty() ? QString() : tr(" Konnect says: %1").arg(result.problem.summary());
    QString message;
    switch (last.outcome.transport) {
    case AttemptOutcome::Transport::None:
        break;
    case AttemptOutcome::Transport::TlsCertificate: {
        QStringList reasons;
        for (const QSslError& error : request.sslErrors())
            reasons.append(error.errorString());
        message = tr("The TLS certificate of %1 is not trusted: %2. The request was not retried.")
                      .arg(m_apiRoot.host(), reasons.join(QStringLiteral("; ")));
        return SecretRedactor::redact(message);
    }
    case AttemptOutcome::Transport::AnswerTooLarge:
        message = tr("The answer to %1 %2 was larger than %3 KiB and was refused: Konnect's answers are small, so "
                     "this is not Konnect's API. Check --base-url.")
                      .arg(result.method, result.path)
                      .arg(request.maxAnswerBytes() / 1024);
        break;
    default:
        message = tr("Could not reach Konnect for %1 %2: %3%4")
                      .arg(result.method, result.path, last.errorText, afterRetries);
        break;
    }
    if (!message.isEmpty()) {
        if (result.outcomeUnknown())
            message += tr(" The request may have reached Konnect, so the change may be stored: run "
                          "`konnect-audit-webhook get` to see what Konnect has now.");
        return SecretRedactor::redact(message);
    }

    switch (result.httpStatus) {
    case 400:
        message = tr("Konnect refused the request (400 Bad Request).%1").arg(konnectSays);
        break;
    case 401:
        message = tr("Konnect refused the token (401 Unauthorized): it is invalid, expired or revoked. Create a new "
                     "token in Konnect and store it with `konnect-audit-webhook token set`.");
        break;
    case 403:
        message = tr("The token is valid, but its owner may not change audit-log settings (403 Forbidden): use a "
                     "token of an Organization Admin.");
        break;
    case 404:
        message = tr("Konnect answered 404 Not Found for %1 %2: check the region and --base-url.%3")
                      .arg(result.method, result.path, konnectSays);
        break;
    case 409:
        message = result.path.contains(QLatin1String("replay"))
            ? tr("A replay job is already running in this region: wait until it completes, then try again.")
            : tr("Konnect answered 409 Conflict.%1").arg(konnectSays);
        break;
    default:
        if (result.httpStatus == 429 || result.httpStatus >= 500)
            message = tr("Konnect answered %1 to %2 %3%4.%5")
                          .arg(HttpStatusText::describe(result.httpStatus), result.method, result.path, afterRetries,
                               konnectSays);
        else if (result.httpStatus >= 300 && result.httpStatus < 400)
            message = tr("Konnect answered with a redirect (%1) to %2 %3, which is not followed so that the token "
                         "stays with Konnect: check --base-url.")
                          .arg(result.httpStatus)
                          .arg(result.method, result.path);
        else
            message = tr("Konnect answered %1 to %2 %3.%4")
                          .arg(HttpStatusText::describe(result.httpStatus), result.method, result.path, konnectSays);
        break;
    }
    return SecretRedactor::redact(message);
}
