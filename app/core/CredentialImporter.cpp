#include "CredentialImporter.h"

#include "ProfileStore.h"
#include "Region.h"
#include "SecretRedactor.h"
#include "YamlMapReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
const QString kKonnectToken = QStringLiteral("KONNECT_TOKEN");
const QString kKonnectSpat = QStringLiteral("KONNECT_SPAT");
const QString kDeckToken = QStringLiteral("DECK_KONNECT_TOKEN");
const QString kDeckAddr = QStringLiteral("DECK_KONNECT_ADDR");

// What Kong's tools fall back to when nothing names a region.
const QString kToolDefaultRegion = QStringLiteral("us");

// The settings a candidate's token comes with, before they are turned into region and base URL.
struct Location
{
    QString region; // as written, may be invalid
    QString regionOrigin; // e.g. "konnect.region in ~/.config/kongctl/config.yaml"
    QString address; // a URL such as https://eu.api.konghq.com, as written
    QString addressOrigin;
    QString toolDefaultNote; // said when neither is given and the tool has a default of its own
};

QString displayPath(const QString& path, const QString& home)
{
    const QString prefix = QDir::cleanPath(home) + QLatin1Char('/');
    if (!home.isEmpty() && path.startsWith(prefix))
        return QStringLiteral("~/") + path.mid(prefix.size());
    return path;
}

// A profile name from a file is not secret, but it is shown in one line of text.
QString printable(const QString& name)
{
    QString result;
    for (QChar c : name) {
        if (c.isPrint())
            result.append(c);
    }
    if (result.size() > ProfileStore::maxNameLength)
        result = result.left(ProfileStore::maxNameLength) + QStringLiteral("...");
    return result;
}

QString profileNameFrom(const QString& name, const QString& fallback)
{
    QString result;
    for (QChar c : name) {
        const bool plain = c.unicode() < 0x80
            && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'));
        result.append(plain ? c : QLatin1Char('-'));
    }
    result = result.left(ProfileStore::maxNameLength);
    return ProfileStore::checkName(result).isEmpty() ? result : fallback;
}

void applyAddress(ImportCandidate* candidate, const QString& address, const QString& origin)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        candidate->notes.append(QStringLiteral("%1 is not a URL, so it was not used.").arg(origin));
        return;
    }
    const QString host = url.host().toLower();
    static const QRegularExpression regional(QStringLiteral("^([a-z0-9-]+)\\.api\\.konghq\\.com$"));
    const QRegularExpressionMatch match = regional.match(host);
    if (match.hasMatch()) {
        const QString region = match.captured(1);
        if (Region::isValid(region)) {
            candidate->region = region;
            candidate->regionFromSource = true;
        } else {
            candidate->notes.append(QStringLiteral("%1 names a region this application does not know (it knows %2).")
                                        .arg(origin, Region::all().join(QStringLiteral(", "))));
        }
        return;
    }
    if (host == QLatin1String("konghq.com") || host.endsWith(QLatin1String(".konghq.com"))) {
        candidate->notes.append(QStringLiteral("%1 is not a regional API address (<region>.api.konghq.com), so it "
                                               "was not used.")
                                    .arg(origin));
        return;
    }
    // Another host: a proxy in front of Konnect, or the local emulator. Like Kong's tools, our base URL is the host
    // root; a version at its end is dropped, since each call brings its own.
    const QUrl root = Region::normalizedBaseUrl(url);
    if (!Region::checkBaseUrl(root).isEmpty()) {
        candidate->notes.append(QStringLiteral("%1 cannot be used as the API address (it must use https, or http on "
                                               "this machine, without a user name, password or query), so it was not "
                                               "used.")
                                    .arg(origin));
        return;
    }
    candidate->baseUrl = root;
}

void applyLocation(ImportCandidate* candidate, const Location& location)
{
    candidate->region = Region::defaultRegion();
    if (!location.address.trimmed().isEmpty()) {
        applyAddress(candidate, location.address, location.addressOrigin);
        const QString named = location.region.trimmed().toLower();
        if (candidate->regionFromSource && !named.isEmpty() && named != candidate->region)
            candidate->notes.append(QStringLiteral("%1 and %2 disagree; the address was used.")
                                        .arg(location.regionOrigin, location.addressOrigin));
        if (candidate->regionFromSource || !candidate->baseUrl.isEmpty())
            return;
    }
    const QString region = location.region.trimmed();
    if (!region.isEmpty()) {
        if (Region::isValid(region.toLower())) {
            candidate->region = region.toLower();
            candidate->regionFromSource = true;
            return;
        }
        candidate->notes.append(QStringLiteral("%1 is not one of %2, so it was not used.")
                                    .arg(location.regionOrigin, Region::all().join(QStringLiteral(", "))));
    }
    if (!location.toolDefaultNote.isEmpty())
        candidate->notes.append(location.toolDefaultNote);
    candidate->notes.append(QStringLiteral("No region was given: %1 is suggested; check it before you save, as each "
                                           "region has its own webhook.")
                                .arg(candidate->region));
}

ImportCandidate candidateFor(ImportCandidate::Source source, const QString& description, const QString& profileName,
                             const QString& rawToken, const Location& location)
{
    ImportCandidate candidate;
    candidate.source = source;
    candidate.sourceDescription = description;
    candidate.suggestedProfileName = profileName;
    SecretRedactor::registerSecret(rawToken.trimmed());
    const TokenValidator::Result checked = TokenValidator::check(rawToken);
    if (checked.ok) {
        candidate.importable = true;
        candidate.token = checked.token;
        candidate.tokenKind = checked.kind;
    } else {
        candidate.problem = checked.error;
    }
    applyLocation(&candidate, location);
    return candidate;
}

ImportCandidate unreadableToken(ImportCandidate::Source source, const QString& description, const QString& profileName,
                                const QString& problem)
{
    ImportCandidate candidate;
    candidate.source = source;
    candidate.sourceDescription = description;
    candidate.suggestedProfileName = profileName;
    candidate.region = Region::defaultRegion();
    candidate.problem = problem;
    return candidate;
}

// A scalar setting from a parsed file: empty when absent or null; *unsupported when present in a form not read.
QString setting(const YamlMapReader::Node& root, const QStringList& path, bool* unsupported = nullptr)
{
    const YamlMapReader::Node* node = root.at(path);
    if (!node || node->kind == YamlMapReader::Node::Kind::Null)
        return {};
    if (node->kind != YamlMapReader::Node::Kind::Scalar) {
        if (unsupported)
            *unsupported = true;
        return {};
    }
    return node->scalar;
}

// The parsed file, or nothing: absent (silently) or unusable (with a problem naming it).
std::optional<YamlMapReader::Node> readConfig(const QString& path, const QString& shownPath, QStringList* problems)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    if (!info.isFile()) {
        problems->append(QStringLiteral("%1 is not a regular file, so it was not read.").arg(shownPath));
        return std::nullopt;
    }
    if (info.size() > YamlMapReader::maxSize) {
        problems->append(QStringLiteral("%1 is larger than %2 bytes, so it was not read.")
                             .arg(shownPath)
                             .arg(YamlMapReader::maxSize));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(QStringLiteral("%1 could not be read: %2.").arg(shownPath, file.errorString()));
        return std::nullopt;
    }
    const QByteArray text = file.read(YamlMapReader::maxSize + 1);
    QString error;
    auto root = YamlMapReader::parse(text, &error);
    if (!root) {
        problems->append(QStringLiteral("%1 could not be read as a configuration file: %2.").arg(shownPath, error));
        return std::nullopt;
    }
    return root;
}

QString envProfileKey(const QString& profile)
{
    QString key = profile.toUpper();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    key.replace(QLatin1Char('.'), QLatin1Char('_'));
    return key;
}

class Scan
{
public:
    explicit Scan(const CredentialImporter::Inputs& inputs)
        : m_inputs(inputs)
        , m_env(inputs.environment)
    {
    }

    CredentialImporter::Result run()
    {
        environmentTokens();
        kongctl();
        deck();
        markSameTokens();
        return m_result;
    }

private:
    void environmentTokens()
    {
        addVariable(kKonnectToken, ImportCandidate::Source::KonnectTokenVariable, QStringLiteral("default"));
        addVariable(kKonnectSpat, ImportCandidate::Source::KonnectSpatVariable, QStringLiteral("system-account"));
    }

    void addVariable(const QString& name, ImportCandidate::Source source, const QString& profileName)
    {
        if (!m_env.contains(name))
            return;
        m_result.candidates.append(candidateFor(source, QStringLiteral("environment variable %1").arg(name),
                                                profileName, m_env.value(name), Location()));
    }

    void kongctl()
    {
        const QString path = CredentialImporter::kongctlConfigPath(m_inputs);
        const QString shown = displayPath(path, m_inputs.homePath);
        const auto config = readConfig(path, shown, &m_result.problems);

        // Variables first, as they take precedence in kongctl.
        static const QRegularExpression patVariable(QStringLiteral("^KONGCTL_(.+)_KONNECT_PAT$"));
        QStringList variables = m_env.keys();
        variables.sort();
        for (const QString& variable : variables) {
            const QRegularExpressionMatch match = patVariable.match(variable);
            if (!match.hasMatch())
                continue;
            const QString envKey = match.captured(1);
            QString profile = envKey.toLower();
            if (config) {
                for (const QString& key : config->keys) {
                    if (envProfileKey(key) == envKey)
                        profile = key;
                }
            }
            const QString description
                = QStringLiteral("environment variable %1 (kongctl profile '%2')").arg(variable, printable(profile));
            m_result.candidates.append(candidateFor(ImportCandidate::Source::KongctlVariable, description,
                                                    profileNameFrom(profile, QStringLiteral("kongctl")),
                                                    m_env.value(variable), kongctlLocation(config, profile, shown)));
        }

        if (!config)
            return;
        for (size_t i = 0; i < config->values.size(); ++i) {
            const QString& profile = config->keys.at(int(i));
            if (config->values[i].kind != YamlMapReader::Node::Kind::Map)
                continue; // not a profile
            const QString description = QStringLiteral("kongctl profile '%1' (%2)").arg(printable(profile), shown);
            const QString name = profileNameFrom(profile, QStringLiteral("kongctl"));
            bool unsupported = false;
            const QString pat
                = setting(*config, {profile, QStringLiteral("konnect"), QStringLiteral("pat")}, &unsupported);
            if (unsupported) {
                m_result.candidates.append(unreadableToken(
                    ImportCandidate::Source::KongctlConfig, description, name,
                    QStringLiteral("konnect.pat is written in a YAML form this importer does not read: give it as "
                                   "one quoted or plain value.")));
                continue;
            }
            if (pat.isEmpty())
                continue; // e.g. a profile that signs in with `kongctl login`
            m_result.candidates.append(candidateFor(ImportCandidate::Source::KongctlConfig, description, name, pat,
                                                    kongctlLocation(config, profile, shown)));
        }
    }

    Location kongctlLocation(const std::optional<YamlMapReader::Node>& config, const QString& profile,
                             const QString& shownPath) const
    {
        Location location;
        const QString prefix = QStringLiteral("KONGCTL_%1_KONNECT_").arg(envProfileKey(profile));
        const QString regionVariable = prefix + QStringLiteral("REGION");
        const QString baseUrlVariable = prefix + QStringLiteral("BASE_URL");
        if (m_env.contains(regionVariable)) {
            location.region = m_env.value(regionVariable);
            location.regionOrigin = QStringLiteral("The environment variable %1").arg(regionVariable);
        } else if (config) {
            location.region = setting(*config, {profile, QStringLiteral("konnect"), QStringLiteral("region")});
            location.regionOrigin = QStringLiteral("konnect.region in %1").arg(shownPath);
        }
        if (m_env.contains(baseUrlVariable)) {
            location.address = m_env.value(baseUrlVariable);
            location.addressOrigin = QStringLiteral("The environment variable %1").arg(baseUrlVariable);
        } else if (config) {
            location.address = setting(*config, {profile, QStringLiteral("konnect"), QStringLiteral("base-url")});
            location.addressOrigin = QStringLiteral("konnect.base-url in %1").arg(shownPath);
        }
        location.toolDefaultNote
            = QStringLiteral("kongctl itself uses the %1 region when none is set.").arg(kToolDefaultRegion);
        return location;
    }

    void deck()
    {
        const QString path = CredentialImporter::deckConfigPath(m_inputs);
        const QString shown = displayPath(path, m_inputs.homePath);
        const auto config = readConfig(path, shown, &m_result.problems);

        Location location;
        if (m_env.contains(kDeckAddr)) {
            location.address = m_env.value(kDeckAddr);
            location.addressOrigin = QStringLiteral("The environment variable %1").arg(kDeckAddr);
        } else if (config) {
            location.address = setting(*config, {QStringLiteral("konnect-addr")});
            location.addressOrigin = QStringLiteral("konnect-addr in %1").arg(shown);
        }
        location.toolDefaultNote = QStringLiteral("decK itself uses https://%1.api.konghq.com when no address is set.")
                                       .arg(kToolDefaultRegion);

        if (m_env.contains(kDeckToken)) {
            m_result.candidates.append(candidateFor(ImportCandidate::Source::DeckVariable,
                                                    QStringLiteral("environment variable %1 (decK)").arg(kDeckToken),
                                                    QStringLiteral("deck"), m_env.value(kDeckToken), location));
        }
        if (!config)
            return;
        const QString description = QStringLiteral("decK configuration (%1)").arg(shown);
        bool unsupported = false;
        const QString token = setting(*config, {QStringLiteral("konnect-token")}, &unsupported);
        if (unsupported) {
            m_result.candidates.append(unreadableToken(
                ImportCandidate::Source::DeckConfig, description, QStringLiteral("deck"),
                QStringLiteral("konnect-token is written in a YAML form this importer does not read: give it as one "
                               "quoted or plain value.")));
        } else if (!token.isEmpty()) {
            m_result.candidates.append(candidateFor(ImportCandidate::Source::DeckConfig, description,
                                                    QStringLiteral("deck"), token, location));
        } else if (!setting(*config, {QStringLiteral("konnect-token-file")}).isEmpty()) {
            m_result.problems.append(QStringLiteral("%1 points to a token file (konnect-token-file), which is not "
                                                    "imported: paste that token instead.")
                                         .arg(shown));
        }
    }

    void markSameTokens()
    {
        auto& candidates = m_result.candidates;
        for (int i = 0; i < candidates.size(); ++i) {
            if (!candidates[i].importable)
                continue;
            for (int j = 0; j < i; ++j) {
                if (candidates[j].importable && candidates[j].token == candidates[i].token) {
                    candidates[i].sameTokenAs = j;
                    break;
                }
            }
        }
    }

    const CredentialImporter::Inputs& m_inputs;
    const QProcessEnvironment& m_env;
    CredentialImporter::Result m_result;
};
} // namespace

CredentialImporter::Inputs CredentialImporter::Inputs::fromSystem()
{
    return {QProcessEnvironment::systemEnvironment(), QDir::homePath()};
}

QString CredentialImporter::kongctlConfigPath(const Inputs& inputs)
{
    // The XDG rule: a relative XDG_CONFIG_HOME is ignored.
    const QString xdg = inputs.environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    const QString base
        = !xdg.isEmpty() && QDir::isAbsolutePath(xdg) ? xdg : QDir(inputs.homePath).filePath(QStringLiteral(".config"));
    return QDir::cleanPath(base + QStringLiteral("/kongctl/config.yaml"));
}

QString CredentialImporter::deckConfigPath(const Inputs& inputs)
{
    return QDir::cleanPath(QDir(inputs.homePath).filePath(QStringLiteral(".deck.yaml")));
}

CredentialImporter::Result CredentialImporter::scan(const Inputs& inputs)
{
    return Scan(inputs).run();
}
