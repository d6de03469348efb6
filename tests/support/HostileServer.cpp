#include "HostileServer.h"

#include <QSslSocket>
#include <QTimer>

HostileServer::HostileServer(QObject* parent)
    : QTcpServer(parent)
{
}

HostileServer::~HostileServer()
{
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
}

QUrl HostileServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(serverPort())
                    .arg(path));
}

QByteArray HostileServer::response(int status, const QByteArray& contentType, const QByteArray& body,
                                   const QByteArray& extraHeaders)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\n";
    if (!contentType.isEmpty())
        text += "Content-Type: " + contentType + "\r\n";
    text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    return text + body;
}

void HostileServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = nullptr;
    if (tls) {
        auto* secure = new QSslSocket(this);
        if (!secure->setSocketDescriptor(descriptor)) {
            delete secure;
            return;
        }
        secure->setSslConfiguration(*tls);
        secure->startServerEncryption();
        socket = secure;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    m_sockets.append(socket);
    serve(socket);
}

void HostileServer::serve(QTcpSocket* socket)
{
    auto buffer = std::make_shared<QByteArray>();
    auto answered = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (answerOnConnect) {
        ++m_requests;
        socket->write(answer);
        socket->disconnectFromHost();
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered]() {
        *buffer += socket->readAll();
        if (*answered)
            return;
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer->left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return;
        *answered = true;
        ++m_requests;
        m_heads.append(head);
        socket->write(answer);
        if (drip.isEmpty()) {
            socket->disconnectFromHost();
            return;
        }
        auto* timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, position]() {
            if (*position >= drip.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(drip.mid((*position)++, 1));
        });
        timer->start(dripIntervalMs);
    });
}
