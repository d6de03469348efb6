#include "CertificateSummary.h"

#include <QJsonArray>

namespace {
QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}
} // namespace

CertificateSummary CertificateSummary::from(const QList<QSslCertificate>& peerChain, const QList<QSslError>& errors)
{
    CertificateSummary summary;
    QSslCertificate leaf = peerChain.value(0);
    if (leaf.isNull()) {
        for (const QSslError& error : errors) {
            if (!error.certificate().isNull()) {
                leaf = error.certificate();
                break;
            }
        }
    }
    if (!leaf.isNull()) {
        summary.subject = distinguishedName(leaf, false);
        summary.issuer = distinguishedName(leaf, true);
        summary.notBefore = leaf.effectiveDate().toUTC();
        summary.expiry = leaf.expiryDate().toUTC();
        const auto names = leaf.subjectAlternativeNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
                summary.alternativeNames.append(it.value());
        }
    }
    for (const QSslError& error : errors) {
        const QString reason = error.errorString();
        if (!summary.reasons.contains(reason))
            summary.reasons.append(reason);
    }
    return summary;
}

QString CertificateSummary::distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    // Most significant part last, as people read it in browsers: "CN=host, O=Org, C=DE".
    static const QList<QPair<QSslCertificate::SubjectInfo, QString>> parts = {
        {QSslCertificate::CommonName, QStringLiteral("CN")},
        {QSslCertificate::OrganizationalUnitName, QStringLiteral("OU")},
        {QSslCertificate::Organization, QStringLiteral("O")},
        {QSslCertificate::LocalityName, QStringLiteral("L")},
        {QSslCertificate::StateOrProvinceName, QStringLiteral("ST")},
        {QSslCertificate::CountryName, QStringLiteral("C")},
    };
    QStringList text;
    for (const auto& part : parts) {
        const QStringList values = issuer ? certificate.issuerInfo(part.first) : certificate.subjectInfo(part.first);
        for (const QString& value : values)
            text.append(part.second + QLatin1Char('=') + value);
    }
    return text.join(QStringLiteral(", "));
}

QString CertificateSummary::describe(const QDateTime& now) const
{
    QStringList parts;
    parts.append(QStringLiteral("subject %1").arg(subject.isEmpty() ? QStringLiteral("(none)") : subject));
    parts.append(QStringLiteral("issuer %1").arg(issuer.isEmpty() ? QStringLiteral("(none)") : issuer));
    if (expiry.isValid()) {
        QString expires
            = (expiry < now ? QStringLiteral("expired %1") : QStringLiteral("expires %1")).arg(utcText(expiry));
        if (notBefore.isValid() && notBefore > now)
            expires += QStringLiteral(", not valid before %1").arg(utcText(notBefore));
        parts.append(expires);
    }
    if (!alternativeNames.isEmpty())
        parts.append(QStringLiteral("valid for %1").arg(alternativeNames.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

QJsonObject CertificateSummary::toJson() const
{
    return {
        {QStringLiteral("subject"), subject},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("not_before"), notBefore.isValid() ? notBefore.toString(Qt::ISODate) : QString()},
        {QStringLiteral("expires"), expiry.isValid() ? expiry.toString(Qt::ISODate) : QString()},
        {QStringLiteral("alternative_names"), QJsonArray::fromStringList(alternativeNames)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
    };
}
