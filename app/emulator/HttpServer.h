#pragma once

#include "HttpExchange.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <optional>

class QTcpServer;

// A small HTTP/1.1 server of our own (rather than QHttpServer) so that faults can be injected at the socket level:
// answers can be late, slow, missing or cut off by a reset. HTTPS when given a TLS configuration.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    void setHandler(HttpHandler handler);
    // Before listen(): serve HTTPS with this configuration (certificate and private key).
    void setSslConfiguration(const QSslConfiguration& configuration);
    bool isTls() const { return m_sslConfiguration.has_value(); }

    // Port 0 picks a free port; see serverPort().
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QString errorString() const;

    // Connections accepted since listen(): with keep-alive, several requests share one.
    int acceptedConnections() const { return m_accepted; }
    int openConnections() const { return m_open; }

signals:
    // A client gave up during the TLS handshake, typically because it does not trust our certificate.
    void tlsHandshakeFailed(const QString& reason);

private:
    void acceptPending();

    HttpHandler m_handler;
    std::optional<QSslConfiguration> m_sslConfiguration;
    QTcpServer* m_server = nullptr;
    QString m_errorString;
    int m_accepted = 0;
    int m_open = 0;
};
