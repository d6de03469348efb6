#include "RequestLogEntry.h"

namespace {
QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

QString RequestLogEntry::curlCommand() const
{
    QString command
        = QStringLiteral("curl -X %1 %2 -H \"Authorization: Bearer $KONNECT_TOKEN\"").arg(method, shellQuote(url));
    if (!redactedBody.isEmpty())
        command += QStringLiteral(" -H 'Content-Type: application/json' --data %1")
                       .arg(shellQuote(QString::fromUtf8(redactedBody)));
    return command;
}
