#pragma once

#include "HttpRequest.h"

// Reads HTTP/1.1 requests with Content-Length bodies out of a connection's byte stream, one at a time.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    static constexpr qsizetype maxBodyBytes = 8 * 1024 * 1024;
    static constexpr qsizetype maxHeadBytes = 64 * 1024;

    // Consumes the bytes of at most one request from the front of buffer; leaves the rest for the next call.
    State parse(QByteArray& buffer);
    // Valid after Complete; resets the parser for the next request.
    HttpRequest takeRequest();
    // After Error: the status to answer with before closing (400, 413, 431 or 501).
    int errorStatus() const { return m_errorStatus; }
    // True once per request whose head asked for "Expect: 100-continue" and whose body has not arrived yet.
    bool takeContinueRequest();

private:
    State fail(int status);
    bool parseHead(const QByteArray& head);

    HttpRequest m_request;
    bool m_headDone = false;
    qsizetype m_contentLength = 0;
    bool m_continuePending = false;
    int m_errorStatus = 0;
};
