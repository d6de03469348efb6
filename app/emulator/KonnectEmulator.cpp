#include "KonnectEmulator.h"

#include "AuditEventSamples.h"
#include "Clock.h"
#include "EmulatedDelivery.h"
#include "HttpServer.h"
#include "ProblemJson.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace {

const QString emulatorPrefix = QStringLiteral("/_emulator");

HttpResponse methodNotAllowed(const QByteArray& allow)
{
    HttpResponse response
        = ProblemJson::response(405, QStringLiteral("Method Not Allowed"), QStringLiteral("Method Not Allowed"));
    response.setHeader("Allow", allow);
    return response;
}

HttpResponse notFound()
{
    return ProblemJson::response(404, QStringLiteral("Not Found"), QStringLiteral("Not Found"));
}

HttpResponse ok(const QJsonObject& object, int status = 200)
{
    return HttpResponse::json(status, QJsonDocument(object));
}

HttpResponse controlError(const QString& detail)
{
    return ProblemJson::response(400, QStringLiteral("Bad Request"), detail);
}

// Looks like the start of a webhook answer, then stops: what a proxy cutting a body short would deliver.
QByteArray malformedJsonBody()
{
    return "{\"endpoint\":\"https://siem.example.com/audit\",\"enabled\":tr";
}

// Valid JSON of exactly `bytes` bytes when there is room for the wrapper, filler otherwise.
QByteArray hugeJsonBody(qint64 bytes)
{
    const QByteArray open = "{\"padding\":\"";
    const QByteArray close = "\"}";
    if (bytes < open.size() + close.size())
        return QByteArray(qsizetype(bytes), ' ');
    return open + QByteArray(qsizetype(bytes) - open.size() - close.size(), 'x') + close;
}

} // namespace

KonnectEmulator::KonnectEmulator(QObject* parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
    , m_clock(Clock::system())
{
    m_keys += Ed25519Key::generate();
    m_server->setHandler([this](const HttpRequest& request, HttpExchange& exchange) { handle(request, exchange); });
}

KonnectEmulator::~KonnectEmulator() = default;

bool KonnectEmulator::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void KonnectEmulator::close()
{
    m_server->close();
}

quint16 KonnectEmulator::port() const
{
    return m_server->serverPort();
}

QUrl KonnectEmulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(port()));
}

QString KonnectEmulator::errorString() const
{
    return m_server->errorString();
}

void KonnectEmulator::setToken(const QString& token)
{
    m_token = token;
}

void KonnectEmulator::setForbiddenToken(const QString& token)
{
    m_forbiddenToken = token;
}

void KonnectEmulator::setPutAllowed(bool allowed)
{
    m_putAllowed = allowed;
}

void KonnectEmulator::setClock(Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    if (m_delivery) { // deliveries wait and stamp their time by the new clock
        setDeliversAfterChange(false);
        setDeliversAfterChange(true);
    }
}

void KonnectEmulator::addFault(const EmulatorFault& fault)
{
    m_faults += fault;
}

void KonnectEmulator::addFaults(const QList<EmulatorFault>& faults)
{
    m_faults += faults;
}

void KonnectEmulator::clearFaults()
{
    m_faults.clear();
}

Ed25519Key KonnectEmulator::rotateSigningKey()
{
    m_keys += Ed25519Key::generate();
    return m_keys.last();
}

QJsonObject KonnectEmulator::jwks() const
{
    QJsonArray keys;
    for (const Ed25519Key& key : m_keys)
        keys.append(key.jwk());
    return {{QStringLiteral("keys"), keys}};
}

QList<QByteArray> KonnectEmulator::sampleEvents(LogFormat format) const
{
    return AuditEventSamples::lines(format, now(), signingKey());
}

QDateTime KonnectEmulator::now() const
{
    return m_clock->now().toUTC();
}

void KonnectEmulator::handle(const HttpRequest& request, HttpExchange& exchange)
{
    if (request.path == emulatorPrefix || request.path.startsWith(emulatorPrefix + QLatin1Char('/'))) {
        // Listening on loopback already ensures this; the check keeps it true if that ever changes.
        if (!request.peerAddress.isLoopback()) {
            exchange.respond(ProblemJson::response(403, QStringLiteral("Forbidden"),
                                                   QStringLiteral("The emulator controls are for loopback clients")));
            return;
        }
        exchange.respond(answerEmulatorControl(request));
        return;
    }
    handleApi(request, exchange);
}

void KonnectEmulator::handleApi(const HttpRequest& request, HttpExchange& exchange)
{
    const qsizetype index = m_requestLog.record(request, checkBearer(request) == Bearer::Valid);
    if (m_faults.isEmpty()) {
        emit requestReceived(m_requestLog.entry(index));
        exchange.respond(answerApi(request));
        return;
    }
    const EmulatorFault fault = m_faults.takeFirst();
    m_requestLog.setFault(index, fault.toJson());
    emit requestReceived(m_requestLog.entry(index));
    if (fault.delayMs > 0) {
        QPointer<HttpExchange> later(&exchange);
        QTimer::singleShot(fault.delayMs, this, [this, later, fault] {
            if (later)
                answerWithFault(fault, later->request(), *later);
        });
        return;
    }
    answerWithFault(fault, request, exchange);
}

void KonnectEmulator::answerWithFault(const EmulatorFault& fault, const HttpRequest& request, HttpExchange& exchange)
{
    if (fault.drop) {
        exchange.drop();
    } else if (fault.reset) {
        exchange.resetMidBody(answerApi(request));
    } else if (fault.status != 0) {
        const QString reason = QString::fromLatin1(HttpResponse::reasonPhrase(fault.status));
        HttpResponse response = ProblemJson::response(fault.status, reason, reason);
        if (fault.retryAfter)
            response.setHeader("Retry-After", *fault.retryAfter);
        exchange.respond(response);
    } else if (fault.malformedJson) {
        exchange.respond(HttpResponse::text(200, malformedJsonBody(), "application/json"));
    } else if (fault.hugeBodyBytes > 0) {
        exchange.respond(HttpResponse::text(200, hugeJsonBody(fault.hugeBodyBytes), "application/json"));
    } else {
        exchange.respond(answerApi(request));
    }
}

KonnectEmulator::Bearer KonnectEmulator::checkBearer(const HttpRequest& request) const
{
    const QByteArray header = request.header("Authorization");
    if (header.isEmpty())
        return Bearer::Missing;
    const QByteArray scheme = "bearer ";
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return Bearer::Malformed;
    const QString token = QString::fromUtf8(header.mid(scheme.size()));
    if (token.isEmpty() || token.contains(QLatin1Char(' ')))
        return Bearer::Malformed;
    if (!m_forbiddenToken.isEmpty() && token == m_forbiddenToken)
        return Bearer::Forbidden;
    if (m_token.isEmpty() || token == m_token)
        return Bearer::Valid;
    return Bearer::Invalid;
}

HttpResponse KonnectEmulator::answerApi(const HttpRequest& request)
{
    const qsizetype versionAt = request.path.indexOf(QStringLiteral("/v2/"));
    if (versionAt < 0)
        return notFound();
    QString resource = request.path.mid(versionAt + 3);
    while (resource.size() > 1 && resource.endsWith(QLatin1Char('/')))
        resource.chop(1);

    // Konnect serves the signing keys without a token: anyone verifying events may fetch them.
    if (resource == QStringLiteral("/audit-log-webhook/jwks.json"))
        return request.method == "GET" ? ok(jwks()) : methodNotAllowed("GET");

    switch (checkBearer(request)) {
    case Bearer::Missing:
    case Bearer::Malformed:
        return ProblemJson::response(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
    case Bearer::Invalid:
        return ProblemJson::response(401, QStringLiteral("Unauthorized"), QStringLiteral("Invalid credentials"));
    case Bearer::Forbidden:
        return ProblemJson::response(403, QStringLiteral("Forbidden"),
                                     QStringLiteral("You do not have permission to perform this action"));
    case Bearer::Valid:
        break;
    }

    if (resource == QStringLiteral("/audit-log-webhook"))
        return answerWebhook(request);
    if (resource == QStringLiteral("/audit-log-webhook/status"))
        return request.method == "GET" ? ok(m_webhook.statusJson()) : methodNotAllowed("GET");
    if (resource == QStringLiteral("/audit-log-replay-job"))
        return answerReplayJob(request);
    return notFound();
}

HttpResponse KonnectEmulator::answerWebhook(const HttpRequest& request)
{
    const QByteArray allow = m_putAllowed ? "GET, PUT, PATCH" : "GET, PATCH";
    std::optional<BadRequest> bad;
    if (request.method == "GET")
        return ok(m_webhook.configJson());
    if (request.method == "PUT" && m_putAllowed)
        bad = m_webhook.replace(request.body, now());
    else if (request.method == "PATCH")
        bad = m_webhook.update(request.body, now());
    else
        return methodNotAllowed(allow);
    if (bad)
        return bad->toResponse();
    deliverIfConfigured();
    return ok(m_webhook.configJson());
}

void KonnectEmulator::setDeliversAfterChange(bool on)
{
    if (!on) {
        if (m_delivery) {
            m_delivery->cancel(); // a pending delivery must not go out after all
            m_delivery->disconnect(this);
            m_delivery->deleteLater(); // a delivery may be finishing right now
            m_delivery = nullptr;
        }
        return;
    }
    if (m_delivery)
        return;
    m_delivery = new EmulatedDelivery(m_clock, this);
    connect(m_delivery, &EmulatedDelivery::delivered, this,
            [this](const QJsonObject& fields) { m_webhook.setStatus(fields); });
}

bool KonnectEmulator::isDelivering() const
{
    return m_delivery && m_delivery->isRunning();
}

void KonnectEmulator::deliverIfConfigured()
{
    if (m_delivery && m_webhook.isEnabled() && !m_webhook.endpoint().isEmpty())
        m_delivery->deliver(m_webhook, signingKey());
}

HttpResponse KonnectEmulator::answerReplayJob(const HttpRequest& request)
{
    if (request.method == "GET") {
        m_replayJob.advance(now());
        return ok(m_replayJob.toJson());
    }
    if (request.method != "PUT")
        return methodNotAllowed("GET, PUT");
    if (m_replayJob.isBusy())
        return ProblemJson::response(409, QStringLiteral("Resource Conflict"),
                                     QStringLiteral("A replay job is currently running"));
    if (const auto bad = m_replayJob.start(request.body, now()))
        return bad->toResponse();
    return ok(m_replayJob.toJson(), 202);
}

HttpResponse KonnectEmulator::answerEmulatorControl(const HttpRequest& request)
{
    const QString control = request.path.mid(emulatorPrefix.size());
    const QByteArray& method = request.method;
    if (control == QStringLiteral("/faults")) {
        if (method == "DELETE") {
            clearFaults();
            return HttpResponse::empty(204);
        }
        if (method != "POST")
            return methodNotAllowed("POST, DELETE");
        QString error;
        const auto faults = EmulatorFault::listFromJson(request.body, &error);
        if (!faults)
            return controlError(error);
        addFaults(*faults);
        return ok({{QStringLiteral("pending"), pendingFaults()}});
    }
    if (control == QStringLiteral("/requests")) {
        if (method == "DELETE") {
            clearRequestLog();
            return HttpResponse::empty(204);
        }
        if (method != "GET")
            return methodNotAllowed("GET, DELETE");
        return HttpResponse::json(200, QJsonDocument(requestLog()));
    }
    if (control == QStringLiteral("/sample-events")) {
        if (method != "GET")
            return methodNotAllowed("GET");
        std::optional<LogFormat> format = m_webhook.logFormat();
        if (request.query.hasQueryItem(QStringLiteral("format")))
            format = logFormatFromString(request.query.queryItemValue(QStringLiteral("format")));
        if (!format)
            return controlError(QStringLiteral("format must be cef, json or cps"));
        return HttpResponse::text(200, sampleEvents(*format).join('\n'));
    }
    if (control == QStringLiteral("/status")) {
        if (method == "GET")
            return ok(m_webhook.statusJson());
        if (method != "PUT")
            return methodNotAllowed("GET, PUT");
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return controlError(QStringLiteral("expected a JSON object of status fields"));
        if (const auto error = m_webhook.setStatus(document.object()))
            return controlError(*error);
        return ok(m_webhook.statusJson());
    }
    if (control == QStringLiteral("/replay-fail")) {
        if (method != "POST")
            return methodNotAllowed("POST");
        failNextReplayJob();
        return HttpResponse::empty(204);
    }
    if (control == QStringLiteral("/rotate-key")) {
        if (method != "POST")
            return methodNotAllowed("POST");
        rotateSigningKey();
        return ok(jwks());
    }
    return notFound();
}
