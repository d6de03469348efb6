#include "HttpConnection.h"

#include <QScopedValueRollback>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

HttpConnection::HttpConnection(QTcpSocket* socket, HttpHandler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    // Data may have arrived with the connection (and for TLS, during the handshake).
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::write(const QByteArray& bytes)
{
    m_socket->write(bytes);
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_processing)
        return;
    QScopedValueRollback<bool> guard(m_processing, true);
    while (!m_exchange && !m_closing) {
        const HttpRequestParser::State state = m_parser.parse(m_buffer);
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.takeContinueRequest())
                write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        }
        if (state == HttpRequestParser::State::Error) {
            answerUnparsable(m_parser.errorStatus());
            return;
        }
        HttpRequest request = m_parser.takeRequest();
        request.peerAddress = m_socket->peerAddress();
        m_exchange = new HttpExchange(this, std::move(request));
        m_handler(m_exchange->request(), *m_exchange);
    }
}

void HttpConnection::finishExchange(HttpExchange* exchange, bool close)
{
    if (exchange == m_exchange)
        m_exchange = nullptr;
    exchange->deleteLater();
    if (close) {
        closeGracefully();
        return;
    }
    // Not re-entrantly: the handler that answered may still be on the stack.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::answerUnparsable(int status)
{
    HttpResponse response = HttpResponse::text(status, HttpResponse::reasonPhrase(status) + '\n');
    write(response.head(false) + response.body);
    closeGracefully();
}

void HttpConnection::closeGracefully()
{
    m_closing = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::resetSoon()
{
    m_closing = true;
    resetWhenFlushed();
}

void HttpConnection::resetWhenFlushed()
{
    auto* ssl = qobject_cast<QSslSocket*>(m_socket);
    const qint64 pending = m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    QTimer::singleShot(pending > 0 ? 10 : 50, this, [this, pending] {
        if (pending > 0)
            resetWhenFlushed();
        else
            abort();
    });
}

void HttpConnection::abort()
{
    m_closing = true;
    // Linger 0 makes close() send RST instead of FIN: the client sees "connection reset", as from a crashed server.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger hard {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    emit closed();
    deleteLater();
}
