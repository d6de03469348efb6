#pragma once

#include "ApiResult.h"
#include "ConnectionTestLine.h"
#include "WebhookConfig.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class ApiCall;
class KonnectClient;

// The Konnect half of the connection test: one read of the webhook tells whether the region's API answers, whether
// the token is valid and whether its owner may change audit-log settings (403 otherwise). Each becomes a line, in
// that order; a check that an earlier failure made impossible is "not checked". The configuration Konnect stores
// comes along, so the SIEM half can use it where the admin gave nothing.
class ConnectionTestKonnectCheck : public QObject
{
    Q_OBJECT
public:
    // `client` must have a token; `regionLabel` (e.g. "eu") makes the lines name the region.
    explicit ConnectionTestKonnectCheck(KonnectClient* client, const QString& regionLabel = {},
                                        QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_call; }

    bool passed() const;
    const QList<ConnectionTestLine>& lines() const { return m_lines; }
    const ApiResult& result() const { return m_result; }
    // Konnect's stored configuration, when it could be read.
    const std::optional<WebhookConfig>& currentConfig() const { return m_current; }

    // The lines one result of GET /audit-log-webhook gives; `where` names the API ("region eu (https://...)").
    static QList<ConnectionTestLine> linesFor(const ApiResult& result, const QString& where);

signals:
    void lineReady(const ConnectionTestLine& line);
    void finished(bool passed);

private:
    void onFinished(const ApiResult& result);

    KonnectClient* m_client;
    QString m_regionLabel;
    QPointer<ApiCall> m_call;
    ApiResult m_result;
    QList<ConnectionTestLine> m_lines;
    std::optional<WebhookConfig> m_current;
};
