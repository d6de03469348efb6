#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "LogFormat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <optional>

class HttpExchange;
class HttpServer;

// A SIEM stand-in on loopback for the demo and the tests: accepts Konnect-style deliveries (a POST whose gzip body
// holds one audit event a line), checks the Authorization header when told which one to expect (401 otherwise),
// gunzips with either Content-Encoding value, splits the lines and verifies each event's Ed25519 signature against
// the keys it was given (the emulator's JWKS). Every delivery and event is kept and signalled, so a window can show
// them as they arrive. Answers can be scripted, and it can refuse "application/gzip" with 415 as Elastic does.
//
// It keeps each request as it came, Authorization header included: never print one.
class SiemReceiver : public QObject
{
    Q_OBJECT
public:
    enum class Signature {
        Valid,
        Invalid, // signed, but not by any known key, or the line was changed after signing
        Missing, // no sig field
        NoKey, // no key to verify with
    };

    struct Event
    {
        int delivery = 0; // Delivery::number
        QDateTime receivedAt;
        QByteArray line;
        std::optional<LogFormat> format; // as the line looks; nullopt when it is none of Konnect's
        QString name; // e.g. "AUTHENTICATION_OUTCOME_SUCCESS", when readable
        Signature signature = Signature::Missing;
    };

    struct Delivery
    {
        int number = 0; // 1-based, in arrival order
        QDateTime receivedAt;
        HttpRequest request; // as received
        int status = 0; // what the receiver answered
        QString problem; // why it was not accepted; empty when accepted
        QList<Event> events;
    };

    explicit SiemReceiver(QObject* parent = nullptr);
    ~SiemReceiver() override;

    // Before listen(): serve HTTPS with this configuration (see SelfSignedCertificate).
    void setSslConfiguration(const QSslConfiguration& configuration);
    // 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;
    // The endpoint to give Konnect (or the connection test): http(s)://127.0.0.1:<port><path>.
    QUrl url(const QString& path = QStringLiteral("/")) const;
    HttpServer* httpServer() const { return m_server; }

    // Only this path takes deliveries (others answer 404); empty: any path.
    void setPath(const QString& path) { m_path = path; }
    // The Authorization value a delivery must carry (401 otherwise); nullopt: none is checked.
    void setExpectedAuthorization(const std::optional<QString>& authorization)
    {
        m_expectedAuthorization = authorization;
    }
    // Raw 32-byte Ed25519 public keys to verify with.
    void setPublicKeys(const QList<QByteArray>& keys) { m_publicKeys = keys; }
    // The keys of a JWKS ({keys:[{kty:"OKP", crv:"Ed25519", x}]}); false when it holds none.
    bool setJwks(const QJsonObject& jwks);
    // Content-Encoding values taken (case-insensitive, exact). Empty (the default): any value containing "gzip", as
    // Kong's own listener does. {"gzip", "x-gzip"} behaves like Elastic.
    void setAcceptedEncodings(const QList<QByteArray>& encodings) { m_acceptedEncodings = encodings; }
    // The answer to a refused Content-Encoding: 415 by default (Elastic); some receivers say 400.
    void setEncodingRefusalStatus(int status) { m_encodingRefusalStatus = status; }
    // The answer to an accepted delivery: 200 {"message":"success"} by default.
    void setSuccessAnswer(const HttpResponse& response) { m_successAnswer = response; }
    // Answers for the next deliveries, one each in order, given instead of checking them (e.g. 503 with Retry-After).
    void queueAnswers(const QList<HttpResponse>& answers) { m_queuedAnswers += answers; }
    qsizetype queuedAnswers() const { return m_queuedAnswers.size(); }

    const QList<Delivery>& deliveries() const { return m_deliveries; }
    QList<Event> events() const;
    void clear();

    // How an event line is checked, for anyone holding lines: which format, the signed payload and the signature.
    static std::optional<LogFormat> formatOf(const QByteArray& line);
    static Signature verifyLine(const QByteArray& line, const QList<QByteArray>& publicKeys);
    // The gunzipped body, or nullopt when it is not gzip or would unpack past maxBytes.
    static std::optional<QByteArray> gunzip(const QByteArray& body, qsizetype maxBytes);

signals:
    void eventReceived(const SiemReceiver::Event& event);
    void deliveryReceived(const SiemReceiver::Delivery& delivery);

private:
    void handle(const HttpRequest& request, HttpExchange& exchange);
    HttpResponse check(const HttpRequest& request, Delivery& delivery) const;
    bool acceptsEncoding(const QByteArray& encoding) const;

    HttpServer* m_server;
    QString m_path;
    std::optional<QString> m_expectedAuthorization;
    QList<QByteArray> m_publicKeys;
    QList<QByteArray> m_acceptedEncodings;
    int m_encodingRefusalStatus = 415;
    HttpResponse m_successAnswer;
    QList<HttpResponse> m_queuedAnswers;
    QList<Delivery> m_deliveries;
};

Q_DECLARE_METATYPE(SiemReceiver::Event)
Q_DECLARE_METATYPE(SiemReceiver::Delivery)
