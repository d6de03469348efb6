#pragma once

#include <QJsonObject>
#include <QString>

// One line of the Konnect half of the connection test: a check and its outcome, in words.
struct ConnectionTestLine
{
    enum class Check {
        Region, // Konnect's API for the region answers
        Token, // the Konnect token is valid
        Permission, // its owner may change audit-log settings (an Organization Admin)
    };
    enum class Outcome { Passed, Failed, NotChecked };

    Check check = Check::Region;
    Outcome outcome = Outcome::NotChecked;
    QString text;

    bool passed() const { return outcome == Outcome::Passed; }

    static QString checkName(Check check)
    {
        switch (check) {
        case Check::Region:
            return QStringLiteral("region");
        case Check::Token:
            return QStringLiteral("token");
        case Check::Permission:
            return QStringLiteral("permission");
        }
        return {};
    }

    static QString outcomeName(Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Passed:
            return QStringLiteral("passed");
        case Outcome::Failed:
            return QStringLiteral("failed");
        case Outcome::NotChecked:
            return QStringLiteral("not_checked");
        }
        return {};
    }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("check"), checkName(check)},
                {QStringLiteral("outcome"), outcomeName(outcome)},
                {QStringLiteral("message"), text}};
    }
};
