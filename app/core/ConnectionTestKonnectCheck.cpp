#include "ConnectionTestKonnectCheck.h"

#include "ApiCall.h"
#include "KonnectClient.h"
#include "RetryingRequest.h"

ConnectionTestKonnectCheck::ConnectionTestKonnectCheck(KonnectClient* client, const QString& regionLabel,
                                                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_regionLabel(regionLabel)
{
}

void ConnectionTestKonnectCheck::start()
{
    if (m_call)
        return;
    m_lines.clear();
    m_current.reset();
    m_call = m_client->getWebhook();
    connect(m_call, &ApiCall::finished, this, &ConnectionTestKonnectCheck::onFinished);
}

void ConnectionTestKonnectCheck::cancel()
{
    if (m_call)
        m_call->cancel();
}

bool ConnectionTestKonnectCheck::passed() const
{
    if (m_lines.isEmpty())
        return false;
    for (const ConnectionTestLine& line : m_lines) {
        if (!line.passed())
            return false;
    }
    return true;
}

QList<ConnectionTestLine> ConnectionTestKonnectCheck::linesFor(const ApiResult& result, const QString& where)
{
    using C = ConnectionTestLine::Check;
    using O = ConnectionTestLine::Outcome;
    using K = ApiResult::Kind;
    ConnectionTestLine region {C::Region, O::Passed, QStringLiteral("Konnect's API for %1 answers.").arg(where)};
    ConnectionTestLine token {C::Token, O::Passed, QStringLiteral("The Konnect token is valid.")};
    ConnectionTestLine permission {C::Permission, O::Passed,
                                   QStringLiteral("The token's owner may change audit-log settings.")};
    const QString notChecked = QStringLiteral("Not checked: %1");
    switch (result.kind) {
    case K::Ok:
        break;
    case K::Forbidden:
        permission = {C::Permission, O::Failed, result.message};
        break;
    case K::Unauthorized:
        token = {C::Token, O::Failed, result.message};
        permission = {C::Permission, O::NotChecked, notChecked.arg(QStringLiteral("the token was refused."))};
        break;
    case K::Cancelled:
    case K::InvalidInput:
        region = {C::Region, O::NotChecked, result.message};
        token = {C::Token, O::NotChecked, result.message};
        permission = {C::Permission, O::NotChecked, result.message};
        break;
    case K::NetworkError:
    case K::BadRequest:
    case K::HttpError:
    case K::BadAnswer: {
        region = {C::Region, O::Failed, result.message};
        const QString why = notChecked.arg(QStringLiteral("Konnect's API did not answer as expected."));
        token = {C::Token, O::NotChecked, why};
        permission = {C::Permission, O::NotChecked, why};
        break;
    }
    }
    return {region, token, permission};
}

void ConnectionTestKonnectCheck::onFinished(const ApiResult& result)
{
    m_call = nullptr;
    m_result = result;
    const QString root = m_client->apiRoot().toString();
    const QString where = m_regionLabel.isEmpty() ? root : QStringLiteral("region %1 (%2)").arg(m_regionLabel, root);
    ApiResult judged = result;
    if (result.ok()) {
        QString problem;
        m_current = WebhookConfig::fromJson(result.json.object(), &problem);
        if (!m_current) {
            judged.kind = ApiResult::Kind::BadAnswer;
            judged.message = problem;
        }
    }
    m_lines = linesFor(judged, where);
    for (const ConnectionTestLine& line : std::as_const(m_lines))
        emit lineReady(line);
    emit finished(passed());
}
