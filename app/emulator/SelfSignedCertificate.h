#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStringList>

// A certificate and key made on the spot (EC P-256, signed by its own key), so the demo's SIEM receiver can serve
// HTTPS without any file, and show what Konnect does with a certificate nobody vouches for, one that has expired or
// one made for another host name.
class SelfSignedCertificate
{
public:
    struct Options
    {
        QString commonName = QStringLiteral("localhost");
        QStringList dnsNames = {QStringLiteral("localhost")};
        QList<QHostAddress> addresses
            = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
        QDateTime notBefore; // invalid: an hour ago
        QDateTime notAfter; // invalid: 30 days from now
    };

    QSslCertificate certificate;
    QSslKey privateKey;

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }

    static SelfSignedCertificate create(); // for localhost, 127.0.0.1 and ::1, valid for 30 days
    static SelfSignedCertificate create(const Options& options);
    // Ready for HttpServer::setSslConfiguration.
    QSslConfiguration serverConfiguration() const;
};
