#include "MultiScopeTarget.h"

#include "Region.h"

QString MultiScopeTarget::key() const
{
    QString text = profile + QLatin1Char('/') + scope.region();
    if (scope.isPortal())
        text += QLatin1Char('/') + scope.portalId();
    return text;
}

QString MultiScopeTarget::text() const
{
    QString text = profile + QLatin1Char('/') + scope.region();
    if (scope.isPortal())
        text += QLatin1Char('/') + scope.portalName();
    return text;
}

std::optional<MultiScopeTarget> MultiScopeTarget::parse(const QString& text, QString* error)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    auto fail = [error](const QString& message) -> std::optional<MultiScopeTarget> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()
        || (parts.size() == 3 && parts.at(2).isEmpty()))
        return fail(QStringLiteral("\"%1\" is not PROFILE/REGION or PROFILE/REGION/PORTAL, e.g. prod/eu.").arg(text));
    if (!Region::isValid(parts.at(1)))
        return fail(QStringLiteral("\"%1\": the region must be one of %2.")
                        .arg(text, Region::all().join(QStringLiteral(", "))));
    MultiScopeTarget target;
    target.profile = parts.at(0);
    target.scope = parts.size() == 3 ? Scope::portal(parts.at(1), parts.at(2)) : Scope::organization(parts.at(1));
    return target;
}
