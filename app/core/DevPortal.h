#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A Dev Portal of a region, as Konnect lists it: its webhook is a scope of its own (Scope::portal).
class DevPortal
{
public:
    QString id;
    QString name;
    QString displayName;

    // The name people see: the display name, else the name.
    QString shownName() const { return displayName.isEmpty() ? name : displayName; }

    static std::optional<DevPortal> fromJson(const QJsonObject& json, QString* error = nullptr);
    QJsonObject toJson() const;
};

using DevPortals = QList<DevPortal>;
