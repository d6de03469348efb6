#include "ProblemJson.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <atomic>

HttpResponse ProblemJson::response(int status, const QString& title, const QString& detail,
                                   const QJsonArray& invalidParameters)
{
    QJsonObject body {{QStringLiteral("status"), status},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("detail"), detail},
                      {QStringLiteral("instance"), nextInstance()}};
    if (!invalidParameters.isEmpty())
        body.insert(QStringLiteral("invalid_parameters"), invalidParameters);
    return HttpResponse::json(status, QJsonDocument(body), "application/problem+json");
}

QJsonObject ProblemJson::invalidParameter(const QString& field, const QString& reason)
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("reason"), reason}};
}

QString ProblemJson::nextInstance()
{
    static std::atomic<quint64> next {1000000000000000000ULL + QRandomGenerator::global()->bounded(1000000000U)};
    return QStringLiteral("konnect:trace:") + QString::number(next++);
}
