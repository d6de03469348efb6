#include "EmulatorFault.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool readFlag(const QJsonValue& value, bool* out)
{
    if (!value.isBool())
        return false;
    *out = value.toBool();
    return true;
}

bool readInteger(const QJsonValue& value, qint64 min, qint64 max, qint64* out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < double(min) || number > double(max))
        return false;
    *out = qint64(number);
    return true;
}

} // namespace

std::optional<EmulatorFault> EmulatorFault::fromJson(const QJsonObject& object, QString* error)
{
    EmulatorFault fault;
    const auto fail = [&](const QString& key) -> std::optional<EmulatorFault> {
        if (error)
            *error = QStringLiteral("invalid fault field: ") + key;
        return std::nullopt;
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        qint64 number = 0;
        if (key == QStringLiteral("status")) {
            if (!readInteger(value, 100, 599, &number))
                return fail(key);
            fault.status = int(number);
        } else if (key == QStringLiteral("retry_after")) {
            if (value.isString())
                fault.retryAfter = value.toString().toUtf8();
            else if (readInteger(value, 0, 86400 * 365, &number))
                fault.retryAfter = QByteArray::number(number);
            else
                return fail(key);
        } else if (key == QStringLiteral("delay_ms")) {
            if (!readInteger(value, 0, maxDelayMs, &number))
                return fail(key);
            fault.delayMs = int(number);
        } else if (key == QStringLiteral("huge_body_bytes")) {
            if (!readInteger(value, 1, maxHugeBodyBytes, &number))
                return fail(key);
            fault.hugeBodyBytes = number;
        } else if (key == QStringLiteral("drop")) {
            if (!readFlag(value, &fault.drop))
                return fail(key);
        } else if (key == QStringLiteral("reset")) {
            if (!readFlag(value, &fault.reset))
                return fail(key);
        } else if (key == QStringLiteral("malformed_json")) {
            if (!readFlag(value, &fault.malformedJson))
                return fail(key);
        } else {
            return fail(key);
        }
    }
    if (fault.retryAfter && fault.status == 0)
        return fail(QStringLiteral("retry_after (needs a status)"));
    return fault;
}

std::optional<QList<EmulatorFault>> EmulatorFault::listFromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("not JSON: ") + parseError.errorString();
        return std::nullopt;
    }
    const QJsonArray array = document.isArray() ? document.array() : QJsonArray {document.object()};
    if (!document.isArray() && !document.isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON array of faults");
        return std::nullopt;
    }
    QList<EmulatorFault> faults;
    for (const QJsonValue& value : array) {
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("each fault must be a JSON object");
            return std::nullopt;
        }
        const auto fault = fromJson(value.toObject(), error);
        if (!fault)
            return std::nullopt;
        faults += *fault;
    }
    return faults;
}

QJsonObject EmulatorFault::toJson() const
{
    QJsonObject object;
    if (delayMs > 0)
        object.insert(QStringLiteral("delay_ms"), delayMs);
    if (drop)
        object.insert(QStringLiteral("drop"), true);
    if (reset)
        object.insert(QStringLiteral("reset"), true);
    if (status != 0)
        object.insert(QStringLiteral("status"), status);
    if (retryAfter)
        object.insert(QStringLiteral("retry_after"), QString::fromUtf8(*retryAfter));
    if (malformedJson)
        object.insert(QStringLiteral("malformed_json"), true);
    if (hugeBodyBytes > 0)
        object.insert(QStringLiteral("huge_body_bytes"), hugeBodyBytes);
    return object;
}
