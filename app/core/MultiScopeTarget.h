#pragma once

#include "Scope.h"

#include <QList>
#include <QString>
#include <optional>

// One scope of a many-target change: a profile (an organization) and one of its scopes, the region's organization
// webhook or a Dev Portal's. Before it is read, a portal may be named by its name, or "*" for every portal of the
// region; reading resolves it to one portal id each.
class MultiScopeTarget
{
public:
    QString profile;
    Scope scope;

    static inline const QString allPortals = QStringLiteral("*");

    // "prod/eu" or "prod/eu/<portal id>": what `apply --target` takes back, so that a retry names exactly this scope.
    QString key() const;
    // "prod/eu" or "prod/eu/Partner Portal": for people.
    QString text() const;
    // PROFILE/REGION[/PORTAL] where PORTAL is an id, a name or "*"; nullopt with *error saying what is wrong.
    static std::optional<MultiScopeTarget> parse(const QString& text, QString* error);

    bool operator==(const MultiScopeTarget& other) const { return profile == other.profile && scope == other.scope; }
};

using MultiScopeTargets = QList<MultiScopeTarget>;
