#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

// One HTTP answer. The connection adds Content-Length and Connection when it sends it.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Replaces any header of that name (case-insensitive).
    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(QByteArrayView name) const;
    // The status line and headers up to the blank line; the body is sent after it.
    QByteArray head(bool keepAlive) const;

    static HttpResponse json(int status, const QJsonDocument& document,
                             const QByteArray& contentType = "application/json");
    static HttpResponse text(int status, const QByteArray& body,
                             const QByteArray& contentType = "text/plain; charset=utf-8");
    static HttpResponse empty(int status);
    static QByteArray reasonPhrase(int status);
};
