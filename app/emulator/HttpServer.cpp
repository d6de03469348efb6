#include "HttpServer.h"

#include "HttpConnection.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

HttpServer::HttpServer(QObject* parent)
    : QObject(parent)
{
}

HttpServer::~HttpServer() = default;

void HttpServer::setHandler(HttpHandler handler)
{
    m_handler = std::move(handler);
}

void HttpServer::setSslConfiguration(const QSslConfiguration& configuration)
{
    m_sslConfiguration = configuration;
}

bool HttpServer::listen(const QHostAddress& address, quint16 port)
{
    close();
    if (m_sslConfiguration) {
        auto* sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*m_sslConfiguration);
        connect(sslServer, &QSslServer::errorOccurred, this, [this](QSslSocket* socket, QAbstractSocket::SocketError) {
            emit tlsHandshakeFailed(socket->errorString());
        });
        connect(sslServer, &QSslServer::sslErrors, this, [this](QSslSocket*, const QList<QSslError>& errors) {
            emit tlsHandshakeFailed(errors.isEmpty() ? QString() : errors.first().errorString());
        });
        m_server = sslServer;
    } else {
        m_server = new QTcpServer(this);
    }
    // pendingConnectionAvailable, not newConnection: QSslServer only queues a socket once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    m_accepted = 0;
    if (!m_server->listen(address, port)) {
        m_errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_errorString.clear();
    return true;
}

void HttpServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    const QList<HttpConnection*> connections = findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly);
    for (HttpConnection* connection : connections)
        connection->abort();
    m_server->deleteLater();
    m_server = nullptr;
}

bool HttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString HttpServer::errorString() const
{
    return m_errorString;
}

void HttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            continue;
        ++m_accepted;
        ++m_open;
        auto* connection = new HttpConnection(socket, m_handler, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_open; });
    }
}
