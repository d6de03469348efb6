#include "ProblemDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
// Konnect's text ends up in error dialogs and terminals: keep it short and on one line.
QString tidy(const QString& text, qsizetype maxChars = 300)
{
    QString simplified = text.simplified();
    if (simplified.size() > maxChars)
        simplified = simplified.left(maxChars - 1) + QChar(0x2026);
    return simplified;
}
} // namespace

ProblemDetails ProblemDetails::parse(const QByteArray& body)
{
    ProblemDetails problem;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return problem;
    const QJsonObject json = document.object();
    problem.status = json.value(QLatin1String("status")).toInt();
    problem.title = tidy(json.value(QLatin1String("title")).toString());
    problem.detail = tidy(json.value(QLatin1String("detail")).toString());
    problem.instance = tidy(json.value(QLatin1String("instance")).toString());
    const QJsonArray parameters = json.value(QLatin1String("invalid_parameters")).toArray();
    // A hostile or broken server could send thousands: the first few say what is wrong, the count says the rest.
    for (const QJsonValue& value : parameters) {
        const QJsonObject parameter = value.toObject();
        const QString field = tidy(parameter.value(QLatin1String("field")).toString(), maxParameterChars);
        const QString reason = tidy(parameter.value(QLatin1String("reason")).toString(), maxParameterChars);
        if (field.isEmpty() && reason.isEmpty())
            continue;
        if (problem.invalidParameters.size() < maxParameters)
            problem.invalidParameters.append({field, reason});
        else
            ++problem.moreParameters;
    }
    return problem;
}

QString ProblemDetails::summary() const
{
    QString text = detail.isEmpty() ? title : detail;
    QStringList fields;
    for (const FieldError& parameter : invalidParameters)
        fields.append(parameter.field.isEmpty() ? parameter.message
                                                : QStringLiteral("%1: %2").arg(parameter.field, parameter.message));
    if (moreParameters > 0)
        fields.append(QStringLiteral("and %1 more").arg(moreParameters));
    if (!fields.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" \u2014 ")) + fields.join(QStringLiteral("; "));
    return text;
}
