#pragma once

#include "HttpExchange.h"
#include "HttpRequestParser.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

// One client connection: parses requests one after another (keep-alive, no pipelining) and hands each to the
// handler as an HttpExchange. Deletes itself when the socket closes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, HttpHandler handler, QObject* parent);
    ~HttpConnection() override;

    // For HttpExchange.
    void write(const QByteArray& bytes);
    void finishExchange(HttpExchange* exchange, bool close);
    void closeGracefully();
    // Resets the connection once what was written has left, a moment later so that the client reads it first.
    void resetSoon();
    void abort();

signals:
    void closed();

private:
    void onReadyRead();
    void onDisconnected();
    void processBuffer();
    void answerUnparsable(int status);
    void resetWhenFlushed();

    QTcpSocket* m_socket;
    HttpHandler m_handler;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QPointer<HttpExchange> m_exchange;
    bool m_processing = false;
    bool m_closing = false;
    bool m_gone = false;
};
