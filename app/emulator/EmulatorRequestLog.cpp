#include "EmulatorRequestLog.h"

#include "SecretRedactor.h"

#include <QJsonDocument>
#include <QUrl>

qsizetype EmulatorRequestLog::record(const HttpRequest& request, bool bearerValid)
{
    QJsonObject entry {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                       {QStringLiteral("path"), request.path},
                       {QStringLiteral("content_type"), QString::fromLatin1(request.header("Content-Type"))},
                       {QStringLiteral("bearer_valid"), bearerValid},
                       {QStringLiteral("body_bytes"), request.body.size()}};
    if (!request.query.isEmpty())
        entry.insert(QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded));
    if (!request.body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        // A body that is not JSON is left out entirely: it might hold a secret we cannot find to redact.
        if (error.error == QJsonParseError::NoError)
            entry.insert(QStringLiteral("body"),
                         redact(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object())));
    }
    m_entries.append(entry);
    return m_entries.size() - 1;
}

void EmulatorRequestLog::setFault(qsizetype index, const QJsonObject& fault)
{
    QJsonObject entry = m_entries.at(index).toObject();
    entry.insert(QStringLiteral("fault"), fault);
    m_entries.replace(index, entry);
}

QJsonValue EmulatorRequestLog::redact(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, redact(array.at(i)));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(QStringLiteral("authorization"), Qt::CaseInsensitive) == 0)
            it.value() = QString::fromLatin1(redacted);
        else if (it.key().compare(QStringLiteral("endpoint"), Qt::CaseInsensitive) == 0 && it.value().isString())
            it.value() = SecretRedactor::maskedEndpoint(QUrl(it.value().toString())); // a SIEM token in its query
        else
            it.value() = redact(it.value());
    }
    return object;
}
