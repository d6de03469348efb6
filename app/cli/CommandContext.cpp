#include "CommandContext.h"

#include "FastForwardClock.h"
#include "KonnectClient.h"
#include "ProfileStore.h"
#include "Region.h"
#include "RetryingRequest.h"
#include "SecretRedactor.h"
#include "TokenStore.h"
#include "VerboseLog.h"

namespace {
// Test-only: process-level tests set KAW_TEST_FAST_FORWARD_WAITS=1 so that the real retry rule runs (and --verbose
// still shows every planned wait) without sleeping through the waits. Not documented in --help on purpose.
Clock* chooseClock(QObject* owner)
{
    if (qEnvironmentVariable("KAW_TEST_FAST_FORWARD_WAITS") == QLatin1String("1"))
        return new FastForwardClock(owner);
    return Clock::system();
}

QUrl parseBaseUrl(const QString& text)
{
    return QUrl(text, QUrl::StrictMode);
}
} // namespace

CommandContext::CommandContext(const ParsedCommandLine& commandLine, QObject* parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_options(GlobalOptions::from(commandLine))
    , m_printer(m_options.json)
    , m_clock(chooseClock(this))
    , m_profiles(new ProfileStore(this))
{
}

CommandContext::~CommandContext() = default;

QString CommandContext::profileName() const
{
    if (m_options.profile)
        return *m_options.profile;
    return m_profiles->currentProfile();
}

FieldErrors CommandContext::checkConnectionOptions() const
{
    FieldErrors errors;
    if (m_options.profile) {
        const QString problem = ProfileStore::checkName(*m_options.profile);
        if (!problem.isEmpty())
            errors.append({QStringLiteral("--profile"), problem});
    }
    if (m_options.region) {
        const QString problem = Region::checkRegion(*m_options.region);
        if (!problem.isEmpty())
            errors.append({QStringLiteral("--region"), problem});
    }
    if (m_options.baseUrl) {
        const QString problem = Region::checkBaseUrl(parseBaseUrl(*m_options.baseUrl));
        if (!problem.isEmpty())
            errors.append({QStringLiteral("--base-url"), problem});
    }
    return errors;
}

QString CommandContext::ensureProfile()
{
    return profiles().ensure(profileName()).error;
}

Profile CommandContext::profile() const
{
    return m_profiles->profile(profileName());
}

QString CommandContext::region() const
{
    if (m_options.region)
        return *m_options.region;
    const QString stored = profile().region;
    return Region::isValid(stored) ? stored : Region::defaultRegion();
}

QUrl CommandContext::apiRoot() const
{
    if (m_options.baseUrl)
        return Region::normalizedBaseUrl(parseBaseUrl(*m_options.baseUrl));
    const Profile stored = profile();
    if (!stored.baseUrl.isEmpty())
        return Region::normalizedBaseUrl(stored.baseUrl);
    return Region::apiRoot(region());
}

ProfileStore& CommandContext::profiles()
{
    return *m_profiles;
}

TokenStore& CommandContext::tokenStore()
{
    if (!m_tokenStore)
        m_tokenStore = new TokenStore(this);
    return *m_tokenStore;
}

void CommandContext::resolveToken(const std::optional<QString>& tokenFromStdin,
                                  std::function<void(const TokenResolver::Resolution&)> done)
{
    if (!m_tokenResolver)
        m_tokenResolver = new TokenResolver(&tokenStore(), this);
    const TokenResolver::RequestId id = m_tokenResolver->resolve(profileName(), tokenFromStdin);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokenResolver, &TokenResolver::resolved, this,
                          [id, connection, done = std::move(done)](const TokenResolver::Resolution& resolution) {
                              if (resolution.requestId != id)
                                  return;
                              QObject::disconnect(*connection);
                              if (resolution.ok)
                                  SecretRedactor::registerSecret(resolution.token);
                              done(resolution);
                          });
}

KonnectClient& CommandContext::client()
{
    if (!m_client) {
        m_client = new KonnectClient(m_clock, this);
        m_client->setApiRoot(apiRoot());
        if (m_options.verbose)
            m_verboseLog = new VerboseLog(m_client, m_printer, this);
    }
    return *m_client;
}

QString CommandContext::repeatOptions() const
{
    QString options;
    if (m_options.profile)
        options += QStringLiteral(" --profile %1").arg(*m_options.profile);
    if (m_options.region)
        options += QStringLiteral(" --region %1").arg(*m_options.region);
    if (m_options.baseUrl)
        options += QStringLiteral(" --base-url %1").arg(apiRoot().toString());
    if (m_commandLine.declares(QStringLiteral("portal")) && m_commandLine.isSet(QStringLiteral("portal")))
        options += QStringLiteral(" --portal '%1'").arg(m_commandLine.value(QStringLiteral("portal")));
    return options;
}

Fields CommandContext::connectionFields() const
{
    Fields fields {{QStringLiteral("Profile"), profileName()}, {QStringLiteral("Region"), region()}};
    const QUrl root = apiRoot();
    if (root != Region::apiRoot(region()))
        fields.append({QStringLiteral("API root"), root.toString()});
    return fields;
}

Fields CommandContext::connectionFields(const Scope& scope) const
{
    Fields fields = connectionFields();
    fields.append({QStringLiteral("Scope"),
                   scope.isPortal() ? QStringLiteral("Dev Portal \"%1\" (%2)").arg(scope.portalName(), scope.portalId())
                                    : QStringLiteral("organization")});
    return fields;
}
