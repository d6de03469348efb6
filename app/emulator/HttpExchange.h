#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <functional>

class HttpConnection;
class HttpExchange;

// Called once per request. The handler may answer at once or keep a QPointer<HttpExchange> and answer later;
// the exchange is deleted (and the pointer cleared) when its connection goes away.
using HttpHandler = std::function<void(const HttpRequest&, HttpExchange&)>;

// One request waiting for its answer, and every way of answering it, including the broken ones the emulator
// uses to inject faults at the socket level. Only the first answering call counts.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    const HttpRequest& request() const { return m_request; }
    bool isAnswered() const { return m_answered; }

    void respond(const HttpResponse& response);
    void respondAfter(int delayMs, const HttpResponse& response);
    // Sends the head at once, then the body in chunks of chunkBytes every intervalMs.
    void respondSlowly(const HttpResponse& response, int chunkBytes, int intervalMs);
    // Closes the connection without sending a byte.
    void drop();
    // Sends the head and half of the body, then resets the connection (TCP RST).
    void resetMidBody(const HttpResponse& response);
    // Answer, then close the connection even if the client wanted to keep it.
    void setCloseAfterResponse(bool close) { m_closeAfter = close; }

private:
    friend class HttpConnection;
    HttpExchange(HttpConnection* connection, HttpRequest request);
    bool claim();
    bool keepAlive() const { return m_request.keepAlive && !m_closeAfter; }
    void sendNextChunk(const QByteArray& body, qsizetype offset, int chunkBytes, int intervalMs);

    HttpConnection* m_connection;
    HttpRequest m_request;
    bool m_answered = false;
    bool m_closeAfter = false;
};
