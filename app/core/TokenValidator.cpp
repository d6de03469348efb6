#include "TokenValidator.h"

namespace {
const QLatin1String personalPrefix("kpat_");
const QLatin1String systemPrefix("spat_");

TokenValidator::Result refuse(const QString& error)
{
    TokenValidator::Result result;
    result.error = error;
    return result;
}
} // namespace

TokenValidator::Result TokenValidator::check(const QString& raw)
{
    const QString token = raw.trimmed();
    if (token.isEmpty())
        return refuse(QStringLiteral("The Konnect token is empty: give a personal access token (kpat_...) or a "
                                     "system account token (spat_...)."));
    if (token.size() > maxLength)
        return refuse(QStringLiteral("The Konnect token is longer than %1 characters, so it is not a Konnect token: "
                                     "give only the token, not a file or a whole message.")
                          .arg(maxLength));

    Kind kind;
    if (token.startsWith(personalPrefix))
        kind = Kind::PersonalAccessToken;
    else if (token.startsWith(systemPrefix))
        kind = Kind::SystemAccountToken;
    else
        return refuse(QStringLiteral("The Konnect token must start with kpat_ (personal access token) or spat_ "
                                     "(system account token): copy the whole token from Konnect, including its "
                                     "prefix."));
    if (token.size() == personalPrefix.size())
        return refuse(QStringLiteral("The Konnect token has nothing after its prefix: copy the whole token from "
                                     "Konnect."));

    for (const QChar c : token) {
        if (c.isSpace())
            return refuse(QStringLiteral("The Konnect token contains a space or line break: give it as one word, "
                                         "without spaces or line breaks inside."));
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return refuse(QStringLiteral("The Konnect token contains a control character: copy it again as plain "
                                         "text."));
        // It goes into an HTTP header as is, so only visible ASCII can be part of it.
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return refuse(QStringLiteral("The Konnect token contains a character that is not plain ASCII: copy it "
                                         "again from Konnect as plain text."));
    }

    Result result;
    result.ok = true;
    result.token = token;
    result.kind = kind;
    return result;
}
