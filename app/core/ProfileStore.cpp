#include "ProfileStore.h"

#include "Region.h"
#include "SecretRedactor.h"
#include "TokenValidator.h"

#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace {
const QString organization = QStringLiteral("konnect-audit-webhook");
const QString application = QStringLiteral("konnect-audit-webhook");
const QString profilesGroup = QStringLiteral("profiles");
const QString currentKey = QStringLiteral("currentProfile");
const QString regionKey = QStringLiteral("region");
const QString baseUrlKey = QStringLiteral("baseUrl");
const QString updateMethodKey = QStringLiteral("updateMethod");
} // namespace

QString ProfileStore::defaultProfileName()
{
    return QStringLiteral("default");
}

QString ProfileStore::checkName(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("The profile name is empty: give a name such as \"default\" or \"prod-eu\".");
    // A token given as the profile's name (`--profile kpat_...`, a slip of the shell) would land in the settings
    // file, in keychain key names and in every "Profile:" line: refuse it without repeating it, and mask it in
    // whatever else might echo it.
    if (name.startsWith(QLatin1String("kpat_"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("spat_"), Qt::CaseInsensitive) || TokenValidator::check(name).ok) {
        SecretRedactor::registerSecret(name);
        return QStringLiteral("The profile name looks like a Konnect token: give --profile a plain name such as "
                              "\"prod-eu\", and the token with `konnect-audit-webhook token set` (it reads standard "
                              "input).");
    }
    if (name.size() > maxNameLength)
        return QStringLiteral("The profile name is longer than %1 characters: choose a shorter one.")
            .arg(maxNameLength);
    // The name becomes part of keychain keys and of settings groups, so it stays plain.
    static const QRegularExpression allowed(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]+")));
    if (!allowed.match(name).hasMatch())
        return QStringLiteral("The profile name may contain only ASCII letters, digits, \"-\", \"_\" and \".\": "
                              "choose a name such as \"prod-eu\".");
    return {};
}

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, organization, application))
{
}

ProfileStore::ProfileStore(const QString& iniFileName, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFileName, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QString ProfileStore::groupFor(const QString& name) const
{
    return profilesGroup + QLatin1Char('/') + name;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(profilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    // A hand-edited file may hold groups we would refuse to create; leave them out rather than trip over them.
    names.erase(std::remove_if(names.begin(), names.end(), [](const QString& n) { return !checkName(n).isEmpty(); }),
                names.end());
    names.sort();
    return names;
}

bool ProfileStore::contains(const QString& name) const
{
    return checkName(name).isEmpty() && names().contains(name);
}

Profile ProfileStore::profile(const QString& name) const
{
    Profile profile;
    profile.name = name;
    profile.region = Region::defaultRegion();
    if (!contains(name))
        return profile;
    m_settings->beginGroup(groupFor(name));
    profile.region = m_settings->value(regionKey, Region::defaultRegion()).toString();
    const QString baseUrl = m_settings->value(baseUrlKey).toString();
    if (!baseUrl.isEmpty())
        profile.baseUrl = QUrl(baseUrl);
    Profile::parseUpdateMethod(m_settings->value(updateMethodKey).toString(), &profile.updateMethod);
    m_settings->endGroup();
    return profile;
}

ProfileStore::EnsureResult ProfileStore::ensure(const QString& name)
{
    EnsureResult result;
    result.error = checkName(name);
    if (!result.error.isEmpty() || contains(name))
        return result;
    result.error = save(profile(name));
    result.created = result.error.isEmpty();
    return result;
}

QString ProfileStore::save(const Profile& profile)
{
    if (const QString error = checkName(profile.name); !error.isEmpty())
        return error;
    if (const QString error = Region::checkRegion(profile.region); !error.isEmpty())
        return error;
    if (!profile.baseUrl.isEmpty()) {
        if (const QString error = Region::checkBaseUrl(profile.baseUrl); !error.isEmpty())
            return error;
    }
    m_settings->beginGroup(groupFor(profile.name));
    m_settings->setValue(regionKey, profile.region);
    if (profile.baseUrl.isEmpty())
        m_settings->remove(baseUrlKey);
    else
        m_settings->setValue(baseUrlKey, Region::normalizedBaseUrl(profile.baseUrl).toString());
    m_settings->setValue(updateMethodKey, Profile::updateMethodName(profile.updateMethod));
    m_settings->endGroup();
    return commit();
}

QString ProfileStore::setRegion(const QString& name, const QString& region)
{
    Profile changed = profile(name);
    changed.region = region;
    return save(changed);
}

QString ProfileStore::setBaseUrl(const QString& name, const QUrl& baseUrl)
{
    Profile changed = profile(name);
    changed.baseUrl = baseUrl;
    return save(changed);
}

QString ProfileStore::setUpdateMethod(const QString& name, Profile::UpdateMethod method)
{
    Profile changed = profile(name);
    changed.updateMethod = method;
    return save(changed);
}

QString ProfileStore::rename(const QString& from, const QString& to)
{
    if (const QString error = checkName(from); !error.isEmpty())
        return error;
    if (const QString error = checkName(to); !error.isEmpty())
        return error;
    if (!contains(from))
        return notFound();
    if (from == to)
        return {};
    if (contains(to))
        return QStringLiteral("A profile with the new name already exists: remove it first or choose another name.");
    Profile moved = profile(from);
    moved.name = to;
    if (const QString error = save(moved); !error.isEmpty())
        return error;
    m_settings->remove(groupFor(from));
    if (currentProfile() == from)
        m_settings->setValue(currentKey, to);
    return commit();
}

QString ProfileStore::remove(const QString& name)
{
    if (const QString error = checkName(name); !error.isEmpty())
        return error;
    if (!contains(name))
        return notFound();
    m_settings->remove(groupFor(name));
    if (currentProfile() == name)
        m_settings->remove(currentKey);
    return commit();
}

QString ProfileStore::currentProfile() const
{
    const QString current = m_settings->value(currentKey).toString();
    return checkName(current).isEmpty() ? current : defaultProfileName();
}

QString ProfileStore::setCurrentProfile(const QString& name)
{
    const EnsureResult ensured = ensure(name);
    if (!ensured.error.isEmpty())
        return ensured.error;
    m_settings->setValue(currentKey, name);
    return commit();
}

QString ProfileStore::commit()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return QStringLiteral("Could not save the profiles to %1: check that the file and its folder are writable.")
            .arg(m_settings->fileName());
    Q_EMIT profilesChanged();
    return {};
}

QString ProfileStore::notFound() const
{
    return QStringLiteral("There is no profile with that name: list the profiles to see which exist.");
}
