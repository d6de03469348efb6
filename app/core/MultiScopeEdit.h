#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What a many-target change does to every target: point it at an audit log destination (by name or id, looked up
// in each profile's organization), rotate the SIEM authorization (on the destination a bound scope uses, on the
// inline webhook otherwise), and/or start or stop deliveries. The authorization is a secret: it is never shown.
class MultiScopeEdit
{
    Q_DECLARE_TR_FUNCTIONS(MultiScopeEdit)
public:
    std::optional<QString> destination;
    std::optional<QString> authorization;
    std::optional<bool> enabled;

    bool isEmpty() const { return !destination && !authorization && !enabled; }
    // Why this cannot be a change, or empty: nothing asked, or a destination together with an authorization (a
    // destination's authorization changes with the destination itself).
    QString problem() const;
    // "point at destination "X", enable", for a headline; never the authorization's value.
    QString describe() const;
};
