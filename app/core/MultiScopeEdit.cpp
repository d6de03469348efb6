#include "MultiScopeEdit.h"

#include <QStringList>

QString MultiScopeEdit::problem() const
{
    if (isEmpty())
        return tr("Nothing to change: choose a destination, a new authorization, or enabling or disabling.");
    if (destination && authorization)
        return tr("Give either a destination or a new authorization, not both: a destination's authorization "
                  "changes with the destination itself.");
    if (destination && destination->trimmed().isEmpty())
        return tr("The destination is empty: give the name or id of an audit log destination.");
    if (authorization && authorization->isEmpty())
        return tr("The new authorization is empty.");
    return {};
}

QString MultiScopeEdit::describe() const
{
    QStringList parts;
    if (destination)
        parts.append(tr("point at destination \"%1\"").arg(*destination));
    if (authorization)
        parts.append(tr("rotate the SIEM authorization"));
    if (enabled)
        parts.append(*enabled ? tr("enable deliveries") : tr("disable deliveries"));
    return parts.join(QStringLiteral(", "));
}
