#include "ProblemDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
// Konnect's text ends up in error dialogs and terminals: keep it short and on one line.
QString tidy(const QString& text)
{
    QString simplified = text.simplified();
    if (simplified.size() > 300)
        simplified = simplified.left(299) + QChar(0x2026);
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
    for (const QJsonValue& value : parameters) {
        const QJsonObject parameter = value.toObject();
        const QString field = tidy(parameter.value(QLatin1String("field")).toString());
        const QString reason = tidy(parameter.value(QLatin1String("reason")).toString());
        if (!field.isEmpty() || !reason.isEmpty())
            problem.invalidParameters.append({field, reason});
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
    if (!fields.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" \u2014 ")) + fields.join(QStringLiteral("; "));
    return text;
}
