#include "AuthorizationHeader.h"

#include "WebhookConfig.h"

#include <QStringDecoder>

namespace {
const QString kField = QStringLiteral("authorization");

FieldError error(const QString& message)
{
    return FieldError {kField, message};
}

bool containsSpace(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// A token scheme's credential: one word after "<Scheme> ".
std::optional<QString> tokenAfter(const QString& header, const QString& scheme)
{
    const QString prefix = scheme + QLatin1Char(' ');
    if (!header.startsWith(prefix))
        return std::nullopt;
    const QString token = header.mid(prefix.size());
    if (token.isEmpty() || containsSpace(token))
        return std::nullopt;
    return token;
}

std::optional<QString> basicCredential(const QString& header)
{
    const QString prefix = QStringLiteral("Basic ");
    if (!header.startsWith(prefix))
        return std::nullopt;
    const QString rest = header.mid(prefix.size());
    if (rest.isEmpty() || std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.unicode() > 0x7e; }))
        return std::nullopt;
    const QByteArray encoded = rest.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    // Only the canonical encoding, so that composing the credential again gives the same header.
    if (!decoded || decoded.decoded.toBase64() != encoded)
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString credential = utf8(decoded.decoded);
    if (utf8.hasError() || !credential.contains(QLatin1Char(':')))
        return std::nullopt;
    return credential;
}
} // namespace

QList<AuthorizationHeader::Scheme> AuthorizationHeader::schemes()
{
    return {Scheme::Bearer, Scheme::Splunk, Scheme::Basic, Scheme::Custom};
}

QString AuthorizationHeader::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Bearer:
        return QStringLiteral("Bearer");
    case Scheme::Splunk:
        return QStringLiteral("Splunk");
    case Scheme::Basic:
        return QStringLiteral("Basic");
    case Scheme::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

std::optional<AuthorizationHeader::Scheme> AuthorizationHeader::schemeFromName(const QString& name)
{
    for (Scheme scheme : schemes()) {
        if (schemeName(scheme) == name)
            return scheme;
    }
    return std::nullopt;
}

QString AuthorizationHeader::compose(Scheme scheme, const QString& credential)
{
    switch (scheme) {
    case Scheme::Bearer:
    case Scheme::Splunk:
        return schemeName(scheme) + QLatin1Char(' ') + credential.trimmed();
    case Scheme::Basic:
        return QStringLiteral("Basic ") + QString::fromLatin1(credential.toUtf8().toBase64());
    case Scheme::Custom:
        return credential;
    }
    return credential;
}

std::pair<AuthorizationHeader::Scheme, QString> AuthorizationHeader::split(const QString& header)
{
    for (Scheme scheme : {Scheme::Bearer, Scheme::Splunk}) {
        if (auto token = tokenAfter(header, schemeName(scheme)))
            return {scheme, *token};
    }
    if (auto credential = basicCredential(header))
        return {Scheme::Basic, *credential};
    return {Scheme::Custom, header};
}

std::optional<FieldError> AuthorizationHeader::check(Scheme scheme, const QString& credential)
{
    switch (scheme) {
    case Scheme::Bearer:
    case Scheme::Splunk: {
        const QString name = schemeName(scheme);
        const QString token = credential.trimmed();
        if (token.isEmpty())
            return error(QStringLiteral("The token is empty: paste the token your SIEM gave you."));
        if (token.startsWith(name + QLatin1Char(' '), Qt::CaseInsensitive)
            || token.compare(name, Qt::CaseInsensitive) == 0)
            return error(QStringLiteral("Give only the token: \"%1 \" is put in front of it for you.").arg(name));
        if (containsSpace(token))
            return error(QStringLiteral("The token contains a space or line break: paste it again as one word, or "
                                        "choose \"custom\" to enter the whole header value."));
        break;
    }
    case Scheme::Basic: {
        if (credential.isEmpty())
            return error(QStringLiteral("The credential is empty: give the user name and password as "
                                        "user:password."));
        if (!credential.contains(QLatin1Char(':')))
            return error(QStringLiteral("Give the user name and password as user:password (they are Base64-encoded "
                                        "for you)."));
        const bool control = std::any_of(credential.cbegin(), credential.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        });
        if (control)
            return error(QStringLiteral("The user name or password contains a control character or line break: "
                                        "type them again as plain text."));
        break;
    }
    case Scheme::Custom:
        break;
    }
    if (auto problem = WebhookConfig::checkAuthorization(compose(scheme, credential)))
        return error(problem->message);
    return std::nullopt;
}
