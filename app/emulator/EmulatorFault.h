#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

// What the emulator does to one API request instead of (or before) answering it normally. Several effects may be
// combined; delay first, then the first of: drop, reset, status, malformed JSON, huge body.
struct EmulatorFault
{
    int delayMs = 0;
    bool drop = false; // close the connection without answering
    bool reset = false; // answer normally but cut the body in half with a TCP reset
    int status = 0; // answer this status with a problem+json body instead of handling the request
    std::optional<QByteArray> retryAfter; // Retry-After header for the status answer
    bool malformedJson = false; // 200 with a truncated JSON body
    qint64 hugeBodyBytes = 0; // 200 with a valid JSON body of this many bytes

    static constexpr int maxDelayMs = 10 * 60 * 1000;
    static constexpr qint64 maxHugeBodyBytes = 256LL * 1024 * 1024;

    // The JSON shape of POST /_emulator/faults: {"status":503,"retry_after":"0"}, {"drop":true}, ...
    static std::optional<EmulatorFault> fromJson(const QJsonObject& object, QString* error);
    // A JSON array of faults, or a single fault object.
    static std::optional<QList<EmulatorFault>> listFromJson(const QByteArray& json, QString* error);
    QJsonObject toJson() const;
};
