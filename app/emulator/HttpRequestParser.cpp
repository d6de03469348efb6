#include "HttpRequestParser.h"

#include <QUrl>

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::parse(QByteArray& buffer)
{
    if (m_errorStatus != 0)
        return State::Error;
    if (!m_headDone) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return buffer.size() > maxHeadBytes ? fail(431) : State::NeedMore;
        if (end > maxHeadBytes)
            return fail(431);
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        if (!parseHead(head))
            return State::Error;
        m_headDone = true;
    }
    if (buffer.size() < m_contentLength)
        return State::NeedMore;
    m_request.body = buffer.left(m_contentLength);
    buffer.remove(0, m_contentLength);
    m_continuePending = false;
    return State::Complete;
}

bool HttpRequestParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || !requestLine.at(1).startsWith('/')
        || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400);
        return false;
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.version = requestLine.at(2);
    const qsizetype question = m_request.target.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(question < 0 ? m_request.target : m_request.target.left(question));
    if (question >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(question + 1)));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400);
            return false;
        }
        m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    if (m_request.hasHeader("Transfer-Encoding")) {
        fail(501); // chunked request bodies are not needed by any client we serve
        return false;
    }
    if (m_request.hasHeader("Content-Length")) {
        bool ok = false;
        const qlonglong length = m_request.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0) {
            fail(400);
            return false;
        }
        if (length > maxBodyBytes) {
            fail(413);
            return false;
        }
        m_contentLength = qsizetype(length);
    }
    const QByteArray connection = m_request.header("Connection").toLower();
    m_request.keepAlive
        = m_request.version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    m_continuePending = m_contentLength > 0 && m_request.header("Expect").toLower() == "100-continue";
    return true;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_headDone = false;
    m_contentLength = 0;
    m_continuePending = false;
    return request;
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool pending = m_continuePending;
    m_continuePending = false;
    return pending;
}
