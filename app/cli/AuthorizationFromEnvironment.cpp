#include "AuthorizationFromEnvironment.h"

#include "SecretRedactor.h"
#include "WebhookConfig.h"

#include <QRegularExpression>

std::optional<FieldError> AuthorizationFromEnvironment::read(const QString& variableName, QString* value)
{
    const QString option = QStringLiteral("--authorization-env");
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    // Never echo something that is not a variable name: it may be the secret itself, typed in the wrong place.
    if (!validName.match(variableName).hasMatch())
        return FieldError {option,
                           QStringLiteral("Give the NAME of an environment variable that holds the "
                                          "authorization (letters, digits and _), not the authorization itself.")};
    const QByteArray name = variableName.toLatin1();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return FieldError {option,
                           QStringLiteral("The environment variable %1 is not set: export it first, e.g. "
                                          "`read -rs %1 && export %1`.")
                               .arg(variableName)};
    const QString read = qEnvironmentVariable(name.constData());
    SecretRedactor::registerSecret(read);
    if (const auto problem = WebhookConfig::checkAuthorization(read))
        return FieldError {option, QStringLiteral("%1 (from %2)").arg(problem->message, variableName)};
    *value = read;
    return std::nullopt;
}
