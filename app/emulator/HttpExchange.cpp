#include "HttpExchange.h"

#include "HttpConnection.h"

#include <QTimer>

HttpExchange::HttpExchange(HttpConnection* connection, HttpRequest request)
    : QObject(connection)
    , m_connection(connection)
    , m_request(std::move(request))
{
}

bool HttpExchange::claim()
{
    if (m_answered)
        return false;
    m_answered = true;
    return true;
}

void HttpExchange::respond(const HttpResponse& response)
{
    if (!claim())
        return;
    m_connection->write(response.head(keepAlive()) + response.body);
    m_connection->finishExchange(this, !keepAlive());
}

void HttpExchange::respondAfter(int delayMs, const HttpResponse& response)
{
    if (!claim())
        return;
    QTimer::singleShot(delayMs, this, [this, response] {
        m_answered = false;
        respond(response);
    });
}

void HttpExchange::respondSlowly(const HttpResponse& response, int chunkBytes, int intervalMs)
{
    if (!claim())
        return;
    m_connection->write(response.head(keepAlive()));
    sendNextChunk(response.body, 0, qMax(1, chunkBytes), intervalMs);
}

void HttpExchange::sendNextChunk(const QByteArray& body, qsizetype offset, int chunkBytes, int intervalMs)
{
    if (offset >= body.size()) {
        m_connection->finishExchange(this, !keepAlive());
        return;
    }
    m_connection->write(body.mid(offset, chunkBytes));
    QTimer::singleShot(intervalMs, this, [this, body, offset, chunkBytes, intervalMs] {
        sendNextChunk(body, offset + chunkBytes, chunkBytes, intervalMs);
    });
}

void HttpExchange::drop()
{
    if (!claim())
        return;
    m_connection->closeGracefully();
}

void HttpExchange::resetMidBody(const HttpResponse& response)
{
    if (!claim())
        return;
    m_connection->write(response.head(true) + response.body.left(response.body.size() / 2));
    m_connection->resetSoon();
}
