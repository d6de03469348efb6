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

#include <QJsonArray>
#include <QSet>
#include <memory>

namespace {
constexpr int kPageSize = 100;
// A bound on pages followed, so that a server that keeps handing out new cursors cannot keep us busy forever.
constexpr int kMaxPages = 1000;

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
    , m_apiRoot(Region::apiRoot(Region::defaultRegion()))
{
    // The Bearer token must never follow a redirect to another host: redirects are answers, not hops.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

KonnectClient::KonnectClient(QNetworkAccessManager* sharedNetwork, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_network(sharedNetwork)
    , m_clock(clock ? clock : Clock::system())
    , m_apiRoot(Region::apiRoot(Region::defaultRegion()))
{
}

KonnectClient::~KonnectClient() = default;

void KonnectClient::setApiRoot(const QUrl& root)
{
    m_apiRoot = Region::normalizedBaseUrl(root);
    m_customRoot = Region::regionOfRoot(m_apiRoot).isEmpty();
}

QUrl KonnectClient::rootFor(const Scope& scope) const
{
    if (m_customRoot || scope.region().isEmpty() || !Region::isValid(scope.region()))
        return m_apiRoot;
    return Region::apiRoot(scope.region());
}

QUrl KonnectClient::destinationsRoot() const
{
    return Region::destinationsRoot(m_apiRoot);
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

ApiCall* KonnectClient::immediately(const ApiResult& result)
{
    auto* call = new ApiCall(this);
    call->finishWith(result);
    return call;
}

ApiCall* KonnectClient::getWebhook(const Scope& scope)
{
    return send("GET", target(scope, Scope::organization(scope.region()).webhookPath(2)));
}

ApiCall* KonnectClient::getStatus(const Scope& scope)
{
    return send("GET", target(scope, scope.statusPath(2)));
}

ApiCall* KonnectClient::getReplayJob(const Scope& scope)
{
    return send("GET", target(scope, scope.replayJobPath(2)));
}

ApiCall* KonnectClient::getJwks()
{
    return send("GET", {m_apiRoot, QStringLiteral("/v2/audit-log-webhook/jwks.json"), {}});
}

ApiCall* KonnectClient::startReplayJob(const QDateTime& start, const QDateTime& end, const Scope& scope)
{
    const FieldErrors errors = ReplayWindow::check(start, end, m_clock->now());
    if (!errors.isEmpty())
        return immediately(ApiResult::invalidInput(errors.constFirst().message, errors));
    const QJsonObject body {{QStringLiteral("start_at"), ReplayWindow::toRfc3339(start)},
                            {QStringLiteral("end_at"), ReplayWindow::toRfc3339(end)}};
    return send("PUT", target(scope, scope.replayJobPath(2)), &body);
}

ApiCall* KonnectClient::getBinding(const Scope& scope)
{
    return send("GET", target(scope, scope.webhookPath(3)));
}

ApiCall* KonnectClient::updateBinding(const Scope& scope, const WebhookBinding& current, const WebhookBinding& desired)
{
    const QJsonObject changes = desired.changesFrom(current);
    if (changes.isEmpty()) {
        ApiResult result;
        result.message = tr("Nothing to change: Konnect already has these settings.");
        result.json = QJsonDocument(current.toJson());
        return immediately(result);
    }
    return send("PATCH", target(scope, scope.webhookPath(3)), &changes);
}

ApiCall* KonnectClient::unbind(const Scope& scope)
{
    return send("DELETE", target(scope, scope.webhookPath(3)));
}

ApiCall* KonnectClient::listDestinations(const QString& nameEquals, const QString& nameContains)
{
    Target first {destinationsRoot(), QStringLiteral("/v3/audit-log-destinations"), {}};
    first.query.addQueryItem(QStringLiteral("page[size]"), QString::number(kPageSize));
    if (!nameEquals.isEmpty())
        first.query.addQueryItem(QStringLiteral("filter[name][eq]"), nameEquals);
    if (!nameContains.isEmpty())
        first.query.addQueryItem(QStringLiteral("filter[name][contains]"), nameContains);
    return collectPages(first, Paging::Cursor);
}

ApiCall* KonnectClient::getDestination(const QString& id)
{
    return send("GET", {destinationsRoot(), QStringLiteral("/v3/audit-log-destinations/%1").arg(id), {}});
}

ApiCall* KonnectClient::createDestination(const AuditLogDestination& destination)
{
    const FieldErrors errors = destination.validate(true);
    if (!errors.isEmpty())
        return immediately(ApiResult::invalidInput(errors.constFirst().message, errors));
    const QJsonObject body = destination.toCreateJson();
    return send("POST", {destinationsRoot(), QStringLiteral("/v3/audit-log-destinations"), {}}, &body);
}

ApiCall* KonnectClient::updateDestination(const AuditLogDestination& current, const AuditLogDestination& desired)
{
    const QJsonObject changes = desired.changesFrom(current);
    if (changes.isEmpty()) {
        ApiResult result;
        result.message = tr("Nothing to change: Konnect already has these settings.");
        result.json = QJsonDocument(current.toJson());
        return immediately(result);
    }
    const FieldErrors errors = desired.validate(false);
    if (!errors.isEmpty())
        return immediately(ApiResult::invalidInput(errors.constFirst().message, errors));
    return send("PATCH", {destinationsRoot(), QStringLiteral("/v3/audit-log-destinations/%1").arg(current.id), {}},
                &changes);
}

ApiCall* KonnectClient::deleteDestination(const QString& id)
{
    return send("DELETE", {destinationsRoot(), QStringLiteral("/v3/audit-log-destinations/%1").arg(id), {}});
}

ApiCall* KonnectClient::listPortals(const Scope& regionScope)
{
    Target first = target(regionScope, QStringLiteral("/v3/portals"));
    first.query.addQueryItem(QStringLiteral("page[size]"), QString::number(kPageSize));
    first.query.addQueryItem(QStringLiteral("page[number]"), QStringLiteral("1"));
    return collectPages(first, Paging::PageNumber);
}

ApiCall* KonnectClient::getAuditLogPage(const QUrlQuery& query, const Scope& regionScope)
{
    Target page = target(regionScope, QStringLiteral("/v3/audit-logs"));
    page.query = query;
    // A page holds up to 1000 records of about a kilobyte each, far more than the other answers.
    page.maxAnswerBytes = 64LL * 1024 * 1024;
    page.keepBody = true;
    page.parseJson = false;
    return send("GET", page);
}

ApiCall* KonnectClient::collectPages(const Target& first, Paging paging)
{
    const QString problem = readinessProblem();
    if (!problem.isEmpty())
        return immediately(ApiResult::invalidInput(problem));
    auto* call = new ApiCall(this);
    auto records = std::make_shared<QJsonArray>();
    auto seenCursors = std::make_shared<QSet<QString>>();
    auto pages = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void(const Target&)>>();
    // The function knows itself only weakly; the request in flight (owned by the call) holds it. So when the call ends
    // or is deleted mid-listing (a window closing), nothing is left behind.
    *next = [this, call, records, seenCursors, pages, paging, self = std::weak_ptr(next)](const Target& page) {
        sendInto(
            call, "GET", page, nullptr,
            [this, records, seenCursors, pages, paging, page, next = self.lock()](RetryingRequest&, ApiResult& result) {
                auto finishWith = [&next](const ApiResult&) {
                    *next = nullptr;
                    return true;
                };
                if (!result.ok())
                    return finishWith(result);
                const QJsonObject object = result.json.object();
                const QJsonValue data = object.value(QLatin1String("data"));
                // Kong's contracts page two ways: destinations answer `meta: {next, previous, size}`, the other
                // listings `meta: {page: {...}}`.
                const QJsonObject metaObject = object.value(QLatin1String("meta")).toObject();
                const QJsonValue pageMeta = metaObject.value(QLatin1String("page"));
                const QJsonObject meta = pageMeta.isObject() ? pageMeta.toObject() : metaObject;
                if (!data.isArray()) {
                    result.kind = ApiResult::Kind::BadAnswer;
                    result.message = tr("Konnect answered %1 %2 without a `data` list: this is not the page expected.")
                                         .arg(result.method, result.path);
                    return finishWith(result);
                }
                const QJsonArray items = data.toArray();
                for (const QJsonValue& item : items)
                    records->append(item);
                ++*pages;
                Target following = page;
                bool more = false;
                if (paging == Paging::Cursor) {
                    const QString link = meta.value(QLatin1String("next")).toString();
                    if (!link.isEmpty()) {
                        // Kong's links encode the brackets (page%5Bafter%5D), and its example also has a stray
                        // "%5=" that makes QUrl keep every % literal: decode each item by itself.
                        QString cursor;
                        const QByteArray linkQuery = link.toUtf8().mid(link.indexOf(QLatin1Char('?')) + 1);
                        for (const QByteArray& item : linkQuery.split('&')) {
                            const qsizetype equals = item.indexOf('=');
                            const QByteArray name = QByteArray::fromPercentEncoding(item.left(equals));
                            if (equals > 0 && name == "page[after]")
                                cursor = QString::fromUtf8(QByteArray::fromPercentEncoding(item.mid(equals + 1)));
                        }
                        if (cursor.isEmpty()) {
                            result.kind = ApiResult::Kind::BadAnswer;
                            result.message
                                = tr("Konnect's next page link for %1 has no page[after] cursor.").arg(result.path);
                            return finishWith(result);
                        }
                        if (seenCursors->contains(cursor)) {
                            result.kind = ApiResult::Kind::BadAnswer;
                            result.message = tr("Konnect returned the same page cursor twice for %1: the listing would "
                                                "never end, so it was stopped after %2 pages.")
                                                 .arg(result.path)
                                                 .arg(*pages);
                            return finishWith(result);
                        }
                        seenCursors->insert(cursor);
                        following.query.removeAllQueryItems(QStringLiteral("page[after]"));
                        following.query.addQueryItem(QStringLiteral("page[after]"), cursor);
                        more = true;
                    }
                } else {
                    const int total = meta.value(QLatin1String("total")).toInt(-1);
                    const int number = page.query.queryItemValue(QStringLiteral("page[number]")).toInt();
                    more = !items.isEmpty() && total >= 0 && records->size() < total;
                    following.query.removeAllQueryItems(QStringLiteral("page[number]"));
                    following.query.addQueryItem(QStringLiteral("page[number]"), QString::number(number + 1));
                }
                if (more && *pages >= kMaxPages) {
                    result.kind = ApiResult::Kind::BadAnswer;
                    result.message = tr("Konnect's listing %1 went on past %2 pages; it was stopped there.")
                                         .arg(result.path)
                                         .arg(kMaxPages);
                    return finishWith(result);
                }
                if (more) {
                    (*next)(following);
                    return false;
                }
                result.json = QJsonDocument(QJsonObject {{QStringLiteral("data"), *records}});
                return finishWith(result);
            });
    };
    (*next)(first);
    return call;
}

ApiCall* KonnectClient::updateWebhook(const WebhookConfig& current, const WebhookConfig& desired, const Scope& scope)
{
    if (!desired.authorization && desired.changesFrom(current).isEmpty()) {
        ApiResult result;
        result.message = tr("Nothing to change: Konnect already has these settings.");
        result.json = QJsonDocument(current.toJson());
        return immediately(result);
    }
    const FieldErrors errors = desired.validate();
    if (!errors.isEmpty())
        return immediately(ApiResult::invalidInput(errors.constFirst().message, errors));
    const Target webhook = target(scope, Scope::organization(scope.region()).webhookPath(2));
    if (!desired.authorization || m_updateMethod == UpdateMethod::Patch) {
        const QJsonObject changes = desired.changesFrom(current);
        return send("PATCH", webhook, &changes);
    }
    const QJsonObject full = desired.toJson();
    const QString problem = readinessProblem();
    if (!problem.isEmpty())
        return immediately(ApiResult::invalidInput(problem));
    auto* call = new ApiCall(this);
    sendInto(call, "PUT", webhook, &full, [this, call, full, webhook](RetryingRequest& request, ApiResult& result) {
        if (request.httpStatus() != 405 || request.wasCancelled())
            return true;
        // Kong's current contract only has PATCH; the seed's PUT gets 405 there. Repeat as PATCH, and remember.
        sendInto(call, "PATCH", webhook, &full, [this](RetryingRequest& patch, ApiResult& patchResult) {
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

ApiCall* KonnectClient::send(const QByteArray& method, const Target& target, const QJsonObject* body)
{
    const QString problem = readinessProblem();
    if (!problem.isEmpty())
        return immediately(ApiResult::invalidInput(problem));
    auto* call = new ApiCall(this);
    sendInto(call, method, target, body, [](RetryingRequest&, ApiResult&) { return true; });
    return call;
}

void KonnectClient::sendInto(ApiCall* call, const QByteArray& method, const Target& target, const QJsonObject* body,
                             ApiCall::Interpreter after)
{
    const QString path = target.path;
    QUrl url = target.root;
    url.setPath(target.root.path() + path);
    if (!target.query.isEmpty())
        url.setQuery(target.query);
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
    if (target.maxAnswerBytes > 0)
        retrying->setMaxAnswerBytes(target.maxAnswerBytes);
    const bool keepBody = target.keepBody;
    const bool parseJson = target.parseJson;

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
              [this, methodText, path, logUrl, startedAt, loggedBody, keepBody, parseJson,
               after = std::move(after)](RetryingRequest& request, ApiResult& result) {
                  result = interpret(request, methodText, path, keepBody, parseJson);
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

ApiResult KonnectClient::interpret(const RetryingRequest& request, const QString& method, const QString& path,
                                   bool keepBody, bool parseJson) const
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
        if (keepBody)
            result.body = body;
        // An empty answer is fine for a change (a 204 to DELETE), but a read asked for an object: nothing is not
        // "nothing configured".
        if (body.trimmed().isEmpty() && method != QLatin1String("GET"))
            return result;
        QJsonParseError error;
        error.error = QJsonParseError::NoError;
        if (parseJson)
            result.json = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError
            || (parseJson ? !result.json.isObject() : !body.trimmed().startsWith('{'))) {
            result.kind = ApiResult::Kind::BadAnswer;
            result.message = tr("Konnect answered %1 to %2 %3, but the answer is not the JSON object expected (%4). "
                                "Check --base-url: it must point at Konnect's API host.")
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
