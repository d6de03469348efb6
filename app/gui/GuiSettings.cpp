#include "GuiSettings.h"

#include "FleetWatch.h"

#include <QSettings>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

QString draftPrefix(const QString& profile)
{
    return QStringLiteral("drafts/") + profile + QLatin1Char('/');
}

QString rememberKey(const QString& profile)
{
    return QStringLiteral("rememberSiemAuthorization/") + profile;
}
} // namespace

std::unique_ptr<GuiSettings> GuiSettings::forUser()
{
    // The same file as ProfileStore, so one file holds everything a user may want to inspect or delete.
    return std::unique_ptr<GuiSettings>(new GuiSettings(
        std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("konnect-audit-webhook"),
                                    QStringLiteral("konnect-audit-webhook"))));
}

std::unique_ptr<GuiSettings> GuiSettings::forFile(const QString& iniFileName)
{
    return std::unique_ptr<GuiSettings>(
        new GuiSettings(std::make_unique<QSettings>(iniFileName, QSettings::IniFormat)));
}

std::unique_ptr<GuiSettings> GuiSettings::inMemory()
{
    return std::unique_ptr<GuiSettings>(new GuiSettings(nullptr));
}

GuiSettings::GuiSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
}

GuiSettings::~GuiSettings() = default;

QVariant GuiSettings::value(const QString& key, const QVariant& fallback) const
{
    if (m_settings)
        return m_settings->value(key, fallback);
    return m_memory.value(key, fallback);
}

void GuiSettings::setValue(const QString& key, const QVariant& value)
{
    if (m_settings)
        m_settings->setValue(key, value);
    else
        m_memory.insert(key, value);
}

QHash<QString, QVariant> GuiSettings::group(const QString& prefix) const
{
    QHash<QString, QVariant> values;
    if (m_settings) {
        for (const QString& key : m_settings->allKeys()) {
            if (key.startsWith(prefix))
                values.insert(key, m_settings->value(key));
        }
    } else {
        for (auto it = m_memory.cbegin(); it != m_memory.cend(); ++it) {
            if (it.key().startsWith(prefix))
                values.insert(it.key(), it.value());
        }
    }
    return values;
}

void GuiSettings::removeGroup(const QString& prefix)
{
    const auto values = group(prefix);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (m_settings)
            m_settings->remove(it.key());
        else
            m_memory.remove(it.key());
    }
}

QByteArray GuiSettings::windowGeometry() const
{
    return value(kGeometry).toByteArray();
}

void GuiSettings::setWindowGeometry(const QByteArray& geometry)
{
    setValue(kGeometry, geometry);
}

QByteArray GuiSettings::windowState() const
{
    return value(kState).toByteArray();
}

void GuiSettings::setWindowState(const QByteArray& state)
{
    setValue(kState, state);
}

std::optional<WebhookDraft> GuiSettings::draft(const QString& profile) const
{
    const QString prefix = draftPrefix(profile);
    if (!value(prefix + QStringLiteral("saved")).toBool())
        return std::nullopt;
    WebhookDraft draft;
    const QVariant endpoint = value(prefix + QStringLiteral("endpoint"));
    if (endpoint.isValid())
        draft.endpoint = endpoint.toString();
    draft.enabled = value(prefix + QStringLiteral("enabled")).toBool();
    draft.logFormat
        = logFormatFromString(value(prefix + QStringLiteral("logFormat")).toString()).value_or(LogFormat::Cef);
    draft.skipSslVerification = value(prefix + QStringLiteral("skipSslVerification")).toBool();
    draft.authorizationScheme = value(prefix + QStringLiteral("authorizationScheme")).toString();
    draft.presetId = value(prefix + QStringLiteral("preset")).toString();
    return draft;
}

void GuiSettings::saveDraft(const QString& profile, const WebhookDraft& draft)
{
    const QString prefix = draftPrefix(profile);
    removeGroup(prefix);
    setValue(prefix + QStringLiteral("saved"), true);
    if (draft.endpoint)
        setValue(prefix + QStringLiteral("endpoint"), *draft.endpoint);
    setValue(prefix + QStringLiteral("enabled"), draft.enabled);
    setValue(prefix + QStringLiteral("logFormat"), toString(draft.logFormat));
    setValue(prefix + QStringLiteral("skipSslVerification"), draft.skipSslVerification);
    setValue(prefix + QStringLiteral("authorizationScheme"), draft.authorizationScheme);
    setValue(prefix + QStringLiteral("preset"), draft.presetId);
}

void GuiSettings::clearDraft(const QString& profile)
{
    removeGroup(draftPrefix(profile));
}

bool GuiSettings::watchesInBackground() const
{
    return value(QStringLiteral("watch/background"), false).toBool();
}

void GuiSettings::setWatchesInBackground(bool on)
{
    setValue(QStringLiteral("watch/background"), on);
}

bool GuiSettings::watchIsQuiet() const
{
    return value(QStringLiteral("watch/quiet"), false).toBool();
}

void GuiSettings::setWatchQuiet(bool quiet)
{
    setValue(QStringLiteral("watch/quiet"), quiet);
}

int GuiSettings::watchIntervalMinutes() const
{
    const int minutes
        = value(QStringLiteral("watch/intervalMinutes"), int(FleetWatch::defaultIntervalMs / 60000)).toInt();
    return qBound(1, minutes, 24 * 60);
}

void GuiSettings::setWatchIntervalMinutes(int minutes)
{
    setValue(QStringLiteral("watch/intervalMinutes"), qBound(1, minutes, 24 * 60));
}

bool GuiSettings::overviewAllRegions(bool fallback) const
{
    return value(QStringLiteral("overview/allRegions"), fallback).toBool();
}

void GuiSettings::setOverviewAllRegions(bool on)
{
    setValue(QStringLiteral("overview/allRegions"), on);
}

bool GuiSettings::closeKeepsWatchingExplained() const
{
    return value(QStringLiteral("watch/closeExplained"), false).toBool();
}

void GuiSettings::setCloseKeepsWatchingExplained(bool explained)
{
    setValue(QStringLiteral("watch/closeExplained"), explained);
}

bool GuiSettings::remembersAuthorization(const QString& profile) const
{
    return value(rememberKey(profile), false).toBool();
}

void GuiSettings::setRemembersAuthorization(const QString& profile, bool remember)
{
    if (remember)
        setValue(rememberKey(profile), true);
    else if (m_settings)
        m_settings->remove(rememberKey(profile));
    else
        m_memory.remove(rememberKey(profile));
}

void GuiSettings::renameProfile(const QString& from, const QString& to)
{
    if (const auto saved = draft(from)) {
        saveDraft(to, *saved);
        clearDraft(from);
    }
    setRemembersAuthorization(to, remembersAuthorization(from));
    setRemembersAuthorization(from, false);
}

void GuiSettings::removeProfile(const QString& name)
{
    clearDraft(name);
    setRemembersAuthorization(name, false);
}
