#pragma once

#include "HttpRequest.h"

#include <QJsonArray>
#include <QJsonObject>

// The API requests the emulator received, for tests and demos to inspect. Secrets never enter it: not the
// Authorization header (only whether it carried the valid token), not the `authorization` field of a body.
class EmulatorRequestLog
{
public:
    // Returns the index of the new entry.
    qsizetype record(const HttpRequest& request, bool bearerValid);
    void setFault(qsizetype index, const QJsonObject& fault);
    QJsonArray entries() const { return m_entries; }
    QJsonObject entry(qsizetype index) const { return m_entries.at(index).toObject(); }
    qsizetype size() const { return m_entries.size(); }
    void clear() { m_entries = QJsonArray(); }

    static constexpr auto redacted = "<redacted>";
    // Replaces the value of every "authorization" key (any case, at any depth) with "<redacted>", and masks the
    // credential query values of every "endpoint" as the client does (SecretRedactor::maskedEndpoint).
    static QJsonValue redact(const QJsonValue& value);

private:
    QJsonArray m_entries;
};
