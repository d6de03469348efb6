#include "ConnectionTestResult.h"

#include <QJsonArray>

QJsonObject ConnectionTestResult::toJson() const
{
    QJsonArray lines;
    for (const ConnectionTestLine& line : konnectLines)
        lines.append(line.toJson());
    QJsonArray tries;
    for (const SiemDeliveryAttempt& attempt : attempts)
        tries.append(attempt.toJson());
    return {
        {QStringLiteral("konnect_checks"), lines},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("log_format"), toString(logFormat)},
        {QStringLiteral("skip_ssl_verification"), skipSslVerification},
        {QStringLiteral("sources"),
         QJsonObject {{QStringLiteral("endpoint"), sourceName(endpointSource)},
                      {QStringLiteral("log_format"), sourceName(logFormatSource)},
                      {QStringLiteral("skip_ssl_verification"), sourceName(skipSslVerificationSource)},
                      {QStringLiteral("authorization"), sourceName(authorizationSource)}}},
        {QStringLiteral("siem_delivery_ran"), siemDeliveryRan},
        {QStringLiteral("attempts"), tries},
        {QStringLiteral("verdict"), verdict.toJson()},
        {QStringLiteral("exit_code"), exitCode()},
    };
}
