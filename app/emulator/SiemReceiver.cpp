#include "SiemReceiver.h"

#include "AuditLine.h"
#include "HttpExchange.h"
#include "HttpServer.h"
#include "Jwks.h"
#include "JwksVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <zlib.h>

namespace {
constexpr qsizetype kMaxUnpackedBytes = 64 * 1024 * 1024;
const QByteArray kCpsPrefix = QByteArrayLiteral("{\"event\":");

QString eventName(const QByteArray& line, LogFormat format)
{
    if (format == LogFormat::Cef) {
        const QList<QByteArray> header = line.split('|');
        return header.size() > 6 ? QString::fromUtf8(header.at(5)) : QString();
    }
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    const QJsonObject event = format == LogFormat::Cps ? object.value(QLatin1String("event")).toObject() : object;
    return event.value(QLatin1String("name")).toString();
}

HttpResponse refusal(int status, const QString& message)
{
    return HttpResponse::json(status, QJsonDocument(QJsonObject {{QStringLiteral("message"), message}}));
}
} // namespace

SiemReceiver::SiemReceiver(QObject* parent)
    : QObject(parent)
    , m_server(new HttpServer(this))
    , m_successAnswer(
          HttpResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("message"), QStringLiteral("success")}})))
{
    m_server->setHandler([this](const HttpRequest& request, HttpExchange& exchange) { handle(request, exchange); });
}

SiemReceiver::~SiemReceiver() = default;

void SiemReceiver::setSslConfiguration(const QSslConfiguration& configuration)
{
    m_server->setSslConfiguration(configuration);
}

bool SiemReceiver::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void SiemReceiver::close()
{
    m_server->close();
}

bool SiemReceiver::isListening() const
{
    return m_server->isListening();
}

quint16 SiemReceiver::port() const
{
    return m_server->serverPort();
}

QString SiemReceiver::errorString() const
{
    return m_server->errorString();
}

QUrl SiemReceiver::url(const QString& path) const
{
    QUrl url;
    url.setScheme(m_server->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    return url;
}

bool SiemReceiver::setJwks(const QJsonObject& jwks)
{
    QString problem;
    m_publicKeys = Jwks::fromObject(jwks, &problem).publicKeys();
    return !m_publicKeys.isEmpty();
}

QList<SiemReceiver::Event> SiemReceiver::events() const
{
    QList<Event> all;
    for (const Delivery& delivery : m_deliveries)
        all += delivery.events;
    return all;
}

void SiemReceiver::clear()
{
    m_deliveries.clear();
}

std::optional<LogFormat> SiemReceiver::formatOf(const QByteArray& line)
{
    if (line.startsWith(kCpsPrefix) && line.endsWith('}'))
        return LogFormat::Cps;
    if (line.startsWith('{') && line.endsWith('}'))
        return LogFormat::Json;
    if (line.contains("CEF:"))
        return LogFormat::Cef;
    return std::nullopt;
}

SiemReceiver::Signature SiemReceiver::verifyLine(const QByteArray& line, const QList<QByteArray>& publicKeys)
{
    // The same reading of Konnect's signing rule as `verify` uses (AuditLine), so the demo and the tool agree.
    const AuditLine parsed(line);
    if (parsed.kind() == AuditLine::Kind::Blank || parsed.kind() == AuditLine::Kind::Unsigned)
        return Signature::Missing;
    if (publicKeys.isEmpty())
        return Signature::NoKey;
    if (parsed.kind() == AuditLine::Kind::Malformed)
        return Signature::Invalid;
    const JwksVerifier verifier(publicKeys);
    JwksVerifier::Session session(verifier);
    QByteArray scratch;
    for (int i = 0; i < parsed.candidateCount(); ++i) {
        const AuditLine::Candidate& candidate = parsed.candidate(i);
        const QByteArrayView payload = AuditLine::payload(candidate, scratch);
        const QByteArrayView inner = AuditLine::cpsInner(payload);
        if ((!inner.isEmpty() && session.verify(inner, candidate.signature.data()) >= 0)
            || session.verify(payload, candidate.signature.data()) >= 0)
            return Signature::Valid;
    }
    return Signature::Invalid;
}

std::optional<QByteArray> SiemReceiver::gunzip(const QByteArray& body, qsizetype maxBytes)
{
    z_stream stream {};
    // 16 + MAX_WBITS: a gzip wrapper only (header and CRC trailer), as Konnect sends.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.constData()));
    stream.avail_in = uInt(body.size());
    QByteArray out;
    char chunk[64 * 1024];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof(chunk);
        result = inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END)
            break;
        out.append(chunk, qsizetype(sizeof(chunk) - stream.avail_out));
        if (out.size() > maxBytes) {
            result = Z_MEM_ERROR;
            break;
        }
        if (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            result = Z_DATA_ERROR; // truncated: the input ended before the gzip trailer
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END)
        return std::nullopt;
    return out;
}

bool SiemReceiver::acceptsEncoding(const QByteArray& encoding) const
{
    if (m_acceptedEncodings.isEmpty())
        return encoding.toLower().contains("gzip");
    for (const QByteArray& accepted : m_acceptedEncodings) {
        if (accepted.compare(encoding.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void SiemReceiver::handle(const HttpRequest& request, HttpExchange& exchange)
{
    Delivery delivery;
    delivery.number = int(m_deliveries.size()) + 1;
    delivery.receivedAt = QDateTime::currentDateTimeUtc();
    delivery.request = request;

    HttpResponse answer;
    if (!m_queuedAnswers.isEmpty()) {
        answer = m_queuedAnswers.takeFirst();
        delivery.problem = QStringLiteral("scripted answer %1").arg(answer.status);
    } else {
        answer = check(request, delivery);
    }
    delivery.status = answer.status;
    m_deliveries.append(delivery);
    exchange.respond(answer);

    for (const Event& event : std::as_const(delivery.events))
        emit eventReceived(event);
    emit deliveryReceived(delivery);
}

HttpResponse SiemReceiver::check(const HttpRequest& request, Delivery& delivery) const
{
    if (request.method != "POST") {
        delivery.problem = QStringLiteral("not a POST");
        HttpResponse answer = refusal(405, QStringLiteral("Deliveries are POST requests."));
        answer.setHeader("Allow", "POST");
        return answer;
    }
    if (!m_path.isEmpty() && request.path != m_path) {
        delivery.problem = QStringLiteral("wrong path");
        return refusal(404, QStringLiteral("Nothing receives events at this path."));
    }
    if (m_expectedAuthorization) {
        if (!request.hasHeader("Authorization")) {
            delivery.problem = QStringLiteral("no Authorization header");
            return refusal(401, QStringLiteral("Missing Authorization header."));
        }
        if (request.header("Authorization") != m_expectedAuthorization->toUtf8()) {
            delivery.problem = QStringLiteral("wrong Authorization header");
            return refusal(401, QStringLiteral("Invalid authorization."));
        }
    }
    const QByteArray encoding = request.header("Content-Encoding").trimmed();
    QByteArray text = request.body;
    if (!encoding.isEmpty()) {
        if (!acceptsEncoding(encoding)) {
            delivery.problem = QStringLiteral("Content-Encoding %1 refused").arg(QString::fromLatin1(encoding));
            return refusal(m_encodingRefusalStatus,
                           QStringLiteral("Unsupported Content-Encoding: %1").arg(QString::fromLatin1(encoding)));
        }
        const std::optional<QByteArray> unpacked = gunzip(request.body, kMaxUnpackedBytes);
        if (!unpacked) {
            delivery.problem = QStringLiteral("the body is not valid gzip");
            return refusal(400, QStringLiteral("The body is not valid gzip."));
        }
        text = *unpacked;
    }

    const QList<QByteArray> lines = text.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        Event event;
        event.delivery = delivery.number;
        event.receivedAt = delivery.receivedAt;
        event.line = line;
        event.format = formatOf(line);
        if (event.format)
            event.name = eventName(line, *event.format);
        event.signature = verifyLine(line, m_publicKeys);
        delivery.events.append(event);
    }
    if (delivery.events.isEmpty()) {
        delivery.problem = QStringLiteral("no events");
        return refusal(400, QStringLiteral("No events in the body."));
    }
    return m_successAnswer;
}
