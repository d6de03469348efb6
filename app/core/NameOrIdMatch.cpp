#include "NameOrIdMatch.h"

#include <QStringList>

std::optional<int> NameOrIdMatch::find(const QList<Item>& items, const QString& nameOrId, const QString& field,
                                       const QString& kind, FieldError* error)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == nameOrId)
            return i;
    }
    auto matching = [&](Qt::CaseSensitivity sensitivity) {
        QList<int> found;
        for (int i = 0; i < items.size(); ++i) {
            for (const QString& name : items.at(i).names) {
                if (!name.isEmpty() && name.compare(nameOrId, sensitivity) == 0) {
                    found.append(i);
                    break;
                }
            }
        }
        return found;
    };
    QList<int> found = matching(Qt::CaseSensitive);
    if (found.isEmpty())
        found = matching(Qt::CaseInsensitive);
    if (found.size() == 1)
        return found.constFirst();

    QStringList candidates;
    const QList<int> shown = found.isEmpty() ? QList<int>() : found;
    for (int index : shown) {
        const Item& item = items.at(index);
        candidates.append(QStringLiteral("  %1  %2%3")
                              .arg(item.id, item.names.value(0),
                                   item.detail.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(item.detail)));
    }
    if (found.isEmpty()) {
        *error = {field,
                  QStringLiteral("No %1 has the id or name \"%2\" (%3 %1s were looked at): check the spelling, "
                                 "or list them first.")
                      .arg(kind, nameOrId)
                      .arg(items.size())};
    } else {
        *error = {field,
                  QStringLiteral("%1 %2s are named \"%3\": give the id of the one you mean:\n%4")
                      .arg(found.size())
                      .arg(kind, nameOrId, candidates.join(QLatin1Char('\n')))};
    }
    return std::nullopt;
}
