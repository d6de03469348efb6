#pragma once

#include <QJsonObject>
#include <QString>

// A field of a request body, decoded as Go's encoding/json would into a pointer: absent or null means "not given",
// a value of the wrong JSON type makes the whole body unparsable (the read functions return false).
template<typename T> struct GivenField
{
    bool present = false;
    T value {};

    static bool readString(const QJsonObject& object, const QString& key, GivenField<QString>& out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return false;
        out = {true, value.toString()};
        return true;
    }

    static bool readBool(const QJsonObject& object, const QString& key, GivenField<bool>& out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isBool())
            return false;
        out = {true, value.toBool()};
        return true;
    }
};

using GivenString = GivenField<QString>;
using GivenBool = GivenField<bool>;
