#include "RequestLogEntry.h"

#include "SecretRedactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString variableFor(const QString& key)
{
    QString name = key.toUpper();
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() || c.unicode() > 0x7f)
            c = QLatin1Char('_');
    }
    return QStringLiteral("SIEM_") + name;
}

QString marker(const QString& variable)
{
    return QStringLiteral("@@KAW_SHELL_VARIABLE_%1@@").arg(variable);
}
} // namespace

// A masked value sent as it is would overwrite the stored setting with mask characters: each one becomes a shell
// variable that the user sets first, and a body that would still hold a mask is not offered at all.
QString RequestLogEntry::curlCommand() const
{
    QStringList comments;
    QString command
        = QStringLiteral("curl -X %1 %2 -H \"Authorization: Bearer $KONNECT_TOKEN\"").arg(method, shellQuote(url));
    if (redactedBody.isEmpty())
        return command;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(redactedBody, &error);
    QString data = QString::fromUtf8(redactedBody);
    QStringList variables;
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        QJsonObject body = document.object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!it.value().isString() || !it.value().toString().contains(SecretRedactor::mask()))
                continue;
            const QString variable = variableFor(it.key());
            variables.append(variable);
            it.value() = marker(variable);
        }
        data = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    if (data.contains(SecretRedactor::mask())) {
        comments.append(QStringLiteral("# The request body held a hidden value and is left out: give the body "
                                       "yourself with --data."));
        return comments.join(QLatin1Char('\n')) + QLatin1Char('\n') + command;
    }
    QString quoted = shellQuote(data);
    for (const QString& variable : std::as_const(variables)) {
        // Out of the single quotes for the variable, in double quotes so that it stays one word.
        quoted.replace(marker(variable), QStringLiteral("'\"$%1\"'").arg(variable));
        comments.append(
            QStringLiteral("# Set %1 first (it is not shown here), e.g.: read -rs %1 && export %1").arg(variable));
    }
    command += QStringLiteral(" -H 'Content-Type: application/json' --data %1").arg(quoted);
    return comments.isEmpty() ? command : comments.join(QLatin1Char('\n')) + QLatin1Char('\n') + command;
}
