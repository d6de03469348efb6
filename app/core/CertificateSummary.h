#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

// What a person needs to fix a refused TLS certificate: whose it is, who issued it, when it expires and exactly why
// it was refused. Built from what RetryingRequest recorded during the failed handshake.
class CertificateSummary
{
public:
    QString subject; // e.g. "CN=siem.example.com, O=Example"
    QString issuer;
    QDateTime notBefore;
    QDateTime expiry;
    QStringList alternativeNames; // DNS names and IP addresses the certificate is valid for
    QStringList reasons; // Qt's words for each verification error, e.g. "The certificate has expired"

    bool isNull() const { return subject.isEmpty() && issuer.isEmpty() && reasons.isEmpty(); }

    // The leaf certificate (first of the chain) describes the endpoint; the reasons come from every error.
    static CertificateSummary from(const QList<QSslCertificate>& peerChain, const QList<QSslError>& errors);
    static QString distinguishedName(const QSslCertificate& certificate, bool issuer);

    // "subject CN=..., issuer CN=..., expires 2026-11-24 08:00 UTC (expired)" without the reasons.
    QString describe(const QDateTime& now) const;
    QJsonObject toJson() const;
};
