#include "KonnectEmulator.h"

#include "ApiPath.h"
#include "AuditEventSamples.h"
#include "AuditLogListing.h"
#include "Clock.h"
#include "DestinationListing.h"
#include "EmulatedDelivery.h"
#include "EmulatedFleetDemo.h"
#include "GivenField.h"
#include "HttpServer.h"
#include "PortalListing.h"
#include "ProblemJson.h"
#include "Region.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
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

HttpResponse conflict(const QString& detail)
{
    return ProblemJson::response(409, QStringLiteral("Conflict"), detail);
}

bool isUuid(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return shape.match(text).hasMatch();
}

// "/portals/<id>/rest" split into the id and "/rest" (an empty rest for "/portals/<id>").
std::optional<std::pair<QString, QString>> splitCollectionItem(const QString& resource, const QString& collection)
{
    const QString prefix = collection + QLatin1Char('/');
    if (!resource.startsWith(prefix))
        return std::nullopt;
    const QString tail = resource.mid(prefix.size());
    const qsizetype slash = tail.indexOf(QLatin1Char('/'));
    const QString id = slash < 0 ? tail : tail.left(slash);
    if (id.isEmpty())
        return std::nullopt;
    return std::pair {id, slash < 0 ? QString() : tail.mid(slash)};
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
    m_organization.region(m_defaultRegion);
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
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
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

bool KonnectEmulator::setDefaultRegion(const QString& region)
{
    if (!Region::isValid(region))
        return false;
    m_defaultRegion = region;
    m_organization.region(region);
    return true;
}

EmulatedRegion& KonnectEmulator::defaultScopeRegion() const
{
    return m_organization.region(m_defaultRegion);
}

void KonnectEmulator::setClock(Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    if (m_delivers) { // deliveries wait and stamp their time by the new clock
        setDeliversAfterChange(false);
        setDeliversAfterChange(true);
    }
}

void KonnectEmulator::setLogHistorySize(int size, quint64 seed)
{
    m_auditLogs.reset(size, seed);
}

const EmulatedAuditLogHistory& KonnectEmulator::auditLogHistory()
{
    m_auditLogs.catchUp(now(), signingKey());
    return m_auditLogs;
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
    const auto fault = m_regionFaults.find(regionOf(request, ApiPath::parse(request.path)));
    if (fault == m_regionFaults.end())
        return handleApiNow(request, exchange);
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (fault->second.kind == EmulatedRegionFault::Kind::ReadOnly && read)
        return handleApiNow(request, exchange);
    if (fault->second.kind != EmulatedRegionFault::Kind::Slow) {
        m_requestLog.record(request, checkBearer(request) == Bearer::Valid);
        HttpResponse response = ProblemJson::response(503, QStringLiteral("Service Unavailable"),
                                                      QStringLiteral("This region is unavailable"));
        response.setHeader("Retry-After", "1");
        exchange.respond(response);
        return;
    }
    QPointer<HttpExchange> later(&exchange);
    QTimer::singleShot(fault->second.delayMs, this, [this, later] {
        if (later)
            handleApiNow(later->request(), *later);
    });
}

QString KonnectEmulator::regionOf(const HttpRequest& request, const std::optional<ApiPath>& path) const
{
    if (path && !path->region.isEmpty())
        return path->region;
    const QByteArray host = request.header("Host");
    const QString label = QString::fromLatin1(host.left(host.indexOf('.')));
    if (host.contains('.') && Region::isValid(label))
        return label;
    return m_defaultRegion;
}

EmulatedOrganization& KonnectEmulator::organizationFor(const HttpRequest& request)
{
    const QByteArray header = request.header("Authorization");
    if (EmulatedOrganization* named = m_organizations.byToken(QString::fromUtf8(header.mid(7))))
        return *named;
    return m_organization;
}

EmulatedOrganization* KonnectEmulator::addOrganization(const QString& name, const QString& token)
{
    if (!m_token.isEmpty() && token == m_token)
        return nullptr;
    return m_organizations.add(name, token);
}

void KonnectEmulator::setRegionFault(const EmulatedRegionFault& fault)
{
    m_regionFaults.insert_or_assign(fault.region, fault);
}

bool KonnectEmulator::seedFleetDemo(const QString& endpoint)
{
    const QList<EmulatedOrganization*> named = m_organizations.all();
    if (named.size() < 2)
        return false;
    EmulatedFleetDemo::seedProduction(*named.at(0), endpoint, now());
    EmulatedFleetDemo::seedStaging(*named.at(1), endpoint, now());
    return true;
}

void KonnectEmulator::handleApiNow(const HttpRequest& request, HttpExchange& exchange)
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
    if (m_organizations.byToken(token))
        return Bearer::Valid;
    // With named organizations only, the default organization is reached by setToken's token alone.
    if ((m_token.isEmpty() && m_organizations.isEmpty()) || (!m_token.isEmpty() && token == m_token))
        return Bearer::Valid;
    return Bearer::Invalid;
}

HttpResponse KonnectEmulator::answerApi(const HttpRequest& request)
{
    const std::optional<ApiPath> path = ApiPath::parse(request.path);
    if (!path || (path->isV3() && !m_v3Available))
        return notFound();
    const QString& resource = path->resource;

    // Konnect serves the signing keys without a token: anyone verifying events may fetch them. v2 only.
    if (!path->isV3() && resource == QStringLiteral("/audit-log-webhook/jwks.json"))
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

    EmulatedOrganization& org = organizationFor(request);
    if (path->isV3() && resource == QStringLiteral("/audit-logs"))
        return request.method == "GET" ? AuditLogListing::answer(auditLogHistory(), request.query, now())
                                       : methodNotAllowed("GET");

    const QString destinations = QStringLiteral("/audit-log-destinations");
    if (resource == destinations || resource.startsWith(destinations + QLatin1Char('/')))
        return answerDestinations(request, org, *path);

    EmulatedRegion& region = org.region(regionOf(request, *path));
    if (!path->isV3()) {
        if (resource == QStringLiteral("/audit-log-webhook"))
            return answerV2Webhook(request, org, region);
        if (resource == QStringLiteral("/audit-log-webhook/status"))
            return request.method == "GET" ? ok(region.statusJson()) : methodNotAllowed("GET");
        if (resource == QStringLiteral("/audit-log-replay-job"))
            return answerReplayJob(request, org, region);
        return notFound();
    }

    if (resource == QStringLiteral("/portals"))
        return request.method == "GET" ? PortalListing::answer(region, request.query) : methodNotAllowed("GET");
    if (const auto item = splitCollectionItem(resource, QStringLiteral("/portals"))) {
        EmulatedPortal* portal = region.findPortal(item->first);
        if (!portal)
            return ProblemJson::response(404, QStringLiteral("Not Found"), QStringLiteral("Portal not found"));
        return answerV3Scope(request, org, item->second, *portal);
    }
    return answerV3Scope(request, org, resource, region);
}

HttpResponse KonnectEmulator::answerV3Scope(const HttpRequest& request, EmulatedOrganization& org,
                                            const QString& resource, EmulatedScope& scope)
{
    if (resource == QStringLiteral("/audit-log-webhook"))
        return answerBinding(request, org, scope);
    if (resource == QStringLiteral("/audit-log-webhook/status"))
        return request.method == "GET" ? ok(scope.statusJson()) : methodNotAllowed("GET");
    if (resource == QStringLiteral("/audit-log-replay-job"))
        return answerReplayJob(request, org, scope);
    return notFound();
}

HttpResponse KonnectEmulator::answerV2Webhook(const HttpRequest& request, EmulatedOrganization& org,
                                              EmulatedRegion& region)
{
    const QByteArray allow = m_putAllowed ? "GET, PUT, PATCH" : "GET, PATCH";
    if (request.method == "GET")
        return ok(org.effectiveWebhookJson(region));
    const bool put = request.method == "PUT" && m_putAllowed;
    if (!put && request.method != "PATCH")
        return methodNotAllowed(allow);
    if (region.binding().isBound()) {
        const EmulatedDestination* destination = org.findDestination(region.binding().destinationId);
        return conflict(QStringLiteral("This region's audit-log webhook is bound to the audit log destination %1 "
                                       "(%2); change it with /v3/audit-log-webhook or unbind it first.")
                            .arg(destination ? destination->name() : QString(), region.binding().destinationId));
    }
    EmulatedWebhook& webhook = region.webhook();
    if (const auto bad = put ? webhook.replace(request.body, now()) : webhook.update(request.body, now()))
        return bad->toResponse();
    deliverIfConfigured(org, region);
    return ok(webhook.configJson());
}

HttpResponse KonnectEmulator::answerBinding(const HttpRequest& request, EmulatedOrganization& org, EmulatedScope& scope)
{
    if (request.method == "GET")
        return ok(scope.binding().toJson());
    if (request.method == "DELETE") {
        scope.setBinding({}, now());
        return HttpResponse::empty(204);
    }
    if (request.method != "PATCH")
        return methodNotAllowed("GET, PATCH, DELETE");

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return BadRequest::unparsableBody().toResponse();
    GivenString destinationId;
    GivenBool enabled;
    if (!GivenString::readString(document.object(), QStringLiteral("audit_log_destination_id"), destinationId)
        || !GivenBool::readBool(document.object(), QStringLiteral("enabled"), enabled))
        return BadRequest::unparsableBody().toResponse();

    EmulatedBinding binding = scope.binding();
    BadRequest bad;
    const QString field = QStringLiteral("audit_log_destination_id");
    if (destinationId.present) {
        if (!isUuid(destinationId.value))
            bad.add(field, QStringLiteral("must be a valid UUID"), QStringLiteral("Invalid audit_log_destination_id"));
        else if (!org.findDestination(destinationId.value))
            bad.add(field, QStringLiteral("does not exist"), QStringLiteral("Audit log destination not found"));
        binding.destinationId = destinationId.value;
    }
    if (enabled.present)
        binding.enabled = enabled.value;
    if (bad.invalidParameters.isEmpty() && binding.enabled && !binding.isBound())
        bad.add(field, QStringLiteral("is required to enable the webhook"), QStringLiteral("Required field missing"));
    if (!bad.invalidParameters.isEmpty())
        return bad.toResponse();
    scope.setBinding(binding, now());
    deliverIfConfigured(org, scope);
    return ok(binding.toJson());
}

HttpResponse KonnectEmulator::answerDestinations(const HttpRequest& request, EmulatedOrganization& org,
                                                 const ApiPath& path)
{
    const QString collection = QStringLiteral("/audit-log-destinations");
    if (path.resource == collection) {
        if (request.method == "GET")
            return DestinationListing::answer(org, request.query, path.version);
        if (request.method != "POST")
            return methodNotAllowed("GET, POST");
        // Validated on a scratch copy first, so that a refused POST leaves no half-made destination behind.
        EmulatedDestination scratch(QString(), 0, now());
        if (const auto bad = scratch.apply(request.body, true, now()))
            return bad->toResponse();
        EmulatedDestination& created = org.createDestination(now());
        created.apply(request.body, true, now());
        return ok(created.toJson(), 201);
    }
    const auto item = splitCollectionItem(path.resource, collection);
    EmulatedDestination* destination = item && item->second.isEmpty() ? org.findDestination(item->first) : nullptr;
    if (!item || !item->second.isEmpty())
        return notFound();
    if (!destination)
        return ProblemJson::response(404, QStringLiteral("Not Found"),
                                     QStringLiteral("Audit log destination not found"));
    if (request.method == "GET")
        return ok(destination->toJson());
    if (request.method == "PATCH") {
        bool deliveryChanged = false;
        if (const auto bad = destination->apply(request.body, false, now(), &deliveryChanged))
            return bad->toResponse();
        // Every webhook sending there now sends with the new settings, with its next batch.
        if (deliveryChanged) {
            const QList<EmulatedScope*> users = org.scopesBoundTo(destination->id());
            for (EmulatedScope* scope : users)
                deliverIfConfigured(org, *scope);
        }
        return ok(destination->toJson());
    }
    if (request.method == "DELETE") {
        const QList<EmulatedScope*> users = org.scopesBoundTo(destination->id());
        if (!users.isEmpty()) {
            QStringList names;
            for (const EmulatedScope* scope : users)
                names += scope->description();
            return conflict(QStringLiteral("Audit log destination is in use by: ") + names.join(QStringLiteral(", ")));
        }
        org.removeDestination(destination->id());
        return HttpResponse::empty(204);
    }
    return methodNotAllowed("GET, PATCH, DELETE");
}

void KonnectEmulator::setDeliversAfterChange(bool on)
{
    m_delivers = on;
    if (on)
        return;
    for (auto* deliveries : {&m_deliveries, &m_replayDeliveries}) {
        for (auto& [scope, delivery] : *deliveries) {
            delivery->cancel(); // a pending delivery must not go out after all
            delivery->disconnect(this);
            delivery->deleteLater(); // a delivery may be finishing right now
        }
        deliveries->clear();
    }
}

bool KonnectEmulator::isDelivering() const
{
    for (const auto* deliveries : {&m_deliveries, &m_replayDeliveries}) {
        for (const auto& [scope, delivery] : *deliveries) {
            if (delivery->isRunning())
                return true;
        }
    }
    return false;
}

std::optional<SiemDeliveryTest::Settings> KonnectEmulator::deliverySettings(const EmulatedOrganization& org,
                                                                            const EmulatedScope& scope) const
{
    SiemDeliveryTest::Settings settings;
    if (scope.binding().isBound()) {
        const EmulatedDestination* destination = org.findDestination(scope.binding().destinationId);
        if (!destination || !scope.binding().enabled)
            return std::nullopt;
        settings.endpoint = destination->endpoint();
        settings.authorization = destination->authorization();
        settings.logFormat = destination->logFormat();
        settings.skipSslVerification = destination->skipsSslVerification();
        settings.portalId = scope.portalId();
        return settings;
    }
    const auto* region = dynamic_cast<const EmulatedRegion*>(&scope);
    if (!region || !region->webhook().isEnabled() || region->webhook().endpoint().isEmpty())
        return std::nullopt;
    const EmulatedWebhook& webhook = region->webhook();
    settings.endpoint = webhook.endpoint();
    settings.authorization = webhook.authorization();
    settings.logFormat = webhook.logFormat();
    settings.skipSslVerification = webhook.skipsSslVerification();
    return settings;
}

EmulatedDelivery* KonnectEmulator::deliveryFor(std::map<const EmulatedScope*, EmulatedDelivery*>& deliveries,
                                               EmulatedScope& scope)
{
    EmulatedDelivery*& delivery = deliveries[&scope];
    if (!delivery) {
        delivery = new EmulatedDelivery(m_clock, this);
        EmulatedScope* target = &scope; // scopes live as long as the organization, i.e. as long as this emulator
        connect(delivery, &EmulatedDelivery::delivered, this,
                [target](const QJsonObject& fields) { target->setStatus(fields); });
    }
    return delivery;
}

void KonnectEmulator::deliverIfConfigured(const EmulatedOrganization& org, EmulatedScope& scope)
{
    if (!m_delivers)
        return;
    if (const auto settings = deliverySettings(org, scope))
        deliveryFor(m_deliveries, scope)->deliver(*settings, signingKey());
}

void KonnectEmulator::deliverReplay(const EmulatedOrganization& org, EmulatedScope& scope)
{
    if (!m_delivers)
        return;
    std::optional<SiemDeliveryTest::Settings> settings = deliverySettings(org, scope);
    if (!settings)
        return;
    const EmulatedReplayJob& job = scope.replayJob();
    settings->lines = auditLogHistory().webhookLines(job.startAt(), job.endAt(), scope.portalId(), settings->logFormat,
                                                     signingKey());
    if (settings->lines->isEmpty())
        return; // nothing in the window: nothing to re-send
    deliveryFor(m_replayDeliveries, scope)->deliver(*settings, signingKey());
}

HttpResponse KonnectEmulator::answerReplayJob(const HttpRequest& request, const EmulatedOrganization& org,
                                              EmulatedScope& scope)
{
    EmulatedReplayJob& job = scope.replayJob();
    if (request.method == "GET") {
        if (job.advance(now()))
            deliverReplay(org, scope);
        return ok(job.toJson());
    }
    if (request.method != "PUT")
        return methodNotAllowed("GET, PUT");
    if (job.isBusy())
        return ProblemJson::response(409, QStringLiteral("Resource Conflict"),
                                     QStringLiteral("A replay job is currently running"));
    if (const auto bad = job.start(request.body, now()))
        return bad->toResponse();
    return ok(job.toJson(), 202);
}

EmulatedScope* KonnectEmulator::scope(const QString& region, const QString& portalId)
{
    const QString regionName = region.isEmpty() ? m_defaultRegion : region;
    if (!Region::isValid(regionName))
        return nullptr;
    EmulatedRegion& model = m_organization.region(regionName);
    if (portalId.isEmpty())
        return &model;
    return region.isEmpty() ? m_organization.findPortal(portalId) : model.findPortal(portalId);
}

QString KonnectEmulator::addPortal(const QString& region, const QString& name, const QString& displayName)
{
    if (!Region::isValid(region))
        return {};
    return m_organization.region(region).addPortal(EmulatedOrganization::newId(), name, displayName, now()).id();
}

QString KonnectEmulator::addDestination(const QString& name, const QString& endpoint, const QString& authorization,
                                        LogFormat logFormat, bool skipSslVerification)
{
    EmulatedDestination& destination = m_organization.createDestination(now());
    destination.set(name, endpoint, authorization, logFormat, skipSslVerification);
    return destination.id();
}

bool KonnectEmulator::bind(const QString& region, const QString& portalId, const QString& destinationId, bool enabled)
{
    EmulatedScope* target = scope(region, portalId);
    if (!target || (!destinationId.isEmpty() && !m_organization.findDestination(destinationId)))
        return false;
    target->setBinding({destinationId, enabled && !destinationId.isEmpty()}, now());
    deliverIfConfigured(m_organization, *target);
    return true;
}

void KonnectEmulator::seedDemo(const QString& receiverEndpoint, const QString& authorization, bool skipSslVerification)
{
    const QString destination = addDestination(QStringLiteral("Demo SIEM"), receiverEndpoint, authorization,
                                               LogFormat::Cef, skipSslVerification);
    bind(m_defaultRegion, {}, destination, true);
    const QString partner = addPortal(m_defaultRegion, QStringLiteral("Partner Portal"), QStringLiteral("Partners"));
    bind(m_defaultRegion, partner, destination, true);
    addPortal(m_defaultRegion, QStringLiteral("Internal Portal"), QStringLiteral("Internal"));
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
        std::optional<LogFormat> format = logFormatFromString(
            m_organization.effectiveWebhookJson(defaultScopeRegion()).value(QStringLiteral("log_format")).toString());
        if (request.query.hasQueryItem(QStringLiteral("format")))
            format = logFormatFromString(request.query.queryItemValue(QStringLiteral("format")));
        if (!format)
            return controlError(QStringLiteral("format must be cef, json or cps"));
        return HttpResponse::text(200, sampleEvents(*format).join('\n'));
    }
    if (control == QStringLiteral("/status") || control == QStringLiteral("/replay-fail")) {
        const QString region = request.query.queryItemValue(QStringLiteral("region"), QUrl::FullyDecoded);
        const QString portal = request.query.queryItemValue(QStringLiteral("portal"), QUrl::FullyDecoded);
        EmulatedScope* target = scope(region, portal);
        if (!target)
            return controlError(QStringLiteral("no such region or portal"));
        if (control == QStringLiteral("/replay-fail")) {
            if (method != "POST")
                return methodNotAllowed("POST");
            target->replayJob().failNext();
            return HttpResponse::empty(204);
        }
        if (method == "GET")
            return ok(target->statusJson());
        if (method != "PUT")
            return methodNotAllowed("GET, PUT");
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return controlError(QStringLiteral("expected a JSON object of status fields"));
        if (const auto error = target->setStatus(document.object()))
            return controlError(*error);
        return ok(target->statusJson());
    }
    if (control == QStringLiteral("/portals")) {
        if (method != "POST")
            return methodNotAllowed("POST");
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString name = body.value(QStringLiteral("name")).toString();
        const QString region = body.value(QStringLiteral("region")).toString(m_defaultRegion);
        if (name.trimmed().isEmpty())
            return controlError(QStringLiteral("a portal needs a name"));
        if (!Region::isValid(region))
            return controlError(QStringLiteral("region must be one of ") + Region::all().join(QStringLiteral(", ")));
        const QString id = addPortal(region, name, body.value(QStringLiteral("display_name")).toString(name));
        QJsonObject answer = m_organization.findPortal(id)->toJson();
        answer.insert(QStringLiteral("region"), region);
        return ok(answer, 201);
    }
    if (control == QStringLiteral("/rotate-key")) {
        if (method != "POST")
            return methodNotAllowed("POST");
        rotateSigningKey();
        return ok(jwks());
    }
    return notFound();
}
