#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One parsed HTTP/1.1 request as the emulator's handlers see it.
struct HttpRequest
{
    QByteArray method; // as sent, e.g. "GET"
    QByteArray target; // the raw request target, e.g. "/v2/audit-log-webhook?x=1"
    QString path; // percent-decoded path without the query
    QUrlQuery query;
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // in arrival order, names as sent
    QByteArray body;
    QHostAddress peerAddress;
    bool keepAlive = true;

    // Case-insensitive, as HTTP header names are; the first match, or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};
