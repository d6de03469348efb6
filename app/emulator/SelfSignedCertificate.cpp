#include "SelfSignedCertificate.h"

#include <QRandomGenerator>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {
template<typename T, void (*Free)(T*)>
using OpenSslPtr = std::unique_ptr<T, std::integral_constant<decltype(Free), Free>>;
using PKeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using ExtensionPtr = OpenSslPtr<X509_EXTENSION, X509_EXTENSION_free>;

QByteArray readAll(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509* certificate, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addName(X509_NAME* name, const char* field, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()), int(utf8.size()), -1, 0)
        == 1;
}
} // namespace

SelfSignedCertificate SelfSignedCertificate::create()
{
    return create(Options());
}

SelfSignedCertificate SelfSignedCertificate::create(const Options& options)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = options.notBefore.isValid() ? options.notBefore : now.addSecs(-3600);
    const QDateTime notAfter = options.notAfter.isValid() ? options.notAfter : now.addDays(30);

    const PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const X509Ptr certificate(X509_new());
    if (!key || !certificate)
        return SelfSignedCertificate();
    X509* x509 = certificate.get();
    X509_set_version(x509, X509_VERSION_3);
    ASN1_INTEGER_set_int64(X509_get_serialNumber(x509), qint64(QRandomGenerator::global()->bounded(1, 1 << 30)));
    ASN1_TIME_set(X509_getm_notBefore(x509), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x509), time_t(notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(x509, key.get());

    X509_NAME* name = X509_get_subject_name(x509);
    if (!addName(name, "O", QStringLiteral("konnect-audit-webhook demo SIEM receiver"))
        || !addName(name, "CN", options.commonName))
        return SelfSignedCertificate();
    X509_set_issuer_name(x509, name);

    QStringList alternatives;
    for (const QString& dns : options.dnsNames)
        alternatives.append(QStringLiteral("DNS:") + dns);
    for (const QHostAddress& address : options.addresses)
        alternatives.append(QStringLiteral("IP:") + address.toString());
    if (!alternatives.isEmpty()
        && !addExtension(x509, NID_subject_alt_name, alternatives.join(QLatin1Char(',')).toLatin1()))
        return SelfSignedCertificate();
    if (!addExtension(x509, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(x509, NID_ext_key_usage, "serverAuth"))
        return SelfSignedCertificate();
    if (X509_sign(x509, key.get(), EVP_sha256()) <= 0)
        return SelfSignedCertificate();

    const BioPtr certificatePem(BIO_new(BIO_s_mem()));
    const BioPtr keyPem(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certificatePem.get(), x509) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return SelfSignedCertificate();

    SelfSignedCertificate result;
    result.certificate = QSslCertificate(readAll(certificatePem.get()), QSsl::Pem);
    result.privateKey = QSslKey(readAll(keyPem.get()), QSsl::Ec, QSsl::Pem);
    return result;
}

QSslConfiguration SelfSignedCertificate::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
