#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>
#include <optional>

class QTcpSocket;

// A loopback HTTP(S) server that answers every request with what a test scripts, byte for byte: a raw answer at
// once, then optionally more bytes dripped one at a time. It stands for a broken or hostile Konnect or SIEM.
class HostileServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit HostileServer(QObject* parent = nullptr);
    ~HostileServer() override;

    QByteArray answer; // written once the request (headers and Content-Length body) has arrived
    QByteArray drip; // then written one byte every dripIntervalMs
    int dripIntervalMs = 100;
    bool answerOnConnect = false; // write the answer as soon as a client connects, before it says anything
    std::optional<QSslConfiguration> tls; // serve HTTPS with this configuration

    int requests() const { return m_requests; }
    QList<QByteArray> requestHeads() const { return m_heads; }
    QUrl url(const QString& path = QString()) const;

    // A complete answer with this status, content type and body (Content-Length set, connection closed after).
    static QByteArray response(int status, const QByteArray& contentType, const QByteArray& body,
                               const QByteArray& extraHeaders = {});

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket* socket);

    int m_requests = 0;
    QList<QByteArray> m_heads;
    QList<QPointer<QTcpSocket>> m_sockets;
};
