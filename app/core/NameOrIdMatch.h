#pragma once

#include "FieldError.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

// Finds the one item a user named by id or by name. An id matches exactly; a name matches exactly, else without
// regard to case. No match, or more than one, is an input error on `field` that lists the candidates (name, id),
// so that the user can repeat the command with an id.
class NameOrIdMatch
{
public:
    struct Item
    {
        QString id;
        QStringList names; // e.g. name and display name
        QString detail; // shown with a candidate, e.g. the endpoint
    };

    // The index of the match in `items`, or nullopt with *error set.
    static std::optional<int> find(const QList<Item>& items, const QString& nameOrId, const QString& field,
                                   const QString& kind, FieldError* error);
};
