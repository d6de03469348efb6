#pragma once

#include "EmulatedOrganization.h"

#include <memory>
#include <vector>

// Several organizations in one emulator (`emulator --org NAME:TOKEN`, repeated): each token belongs to one
// organization, so a request's Bearer token decides whose destinations, webhooks and portals it sees.
class EmulatedOrganizations
{
public:
    // nullptr when the name or the token is taken already.
    EmulatedOrganization* add(const QString& name, const QString& token);
    EmulatedOrganization* byToken(const QString& token) const;
    EmulatedOrganization* byName(const QString& name) const;
    // In the order they were added.
    QList<EmulatedOrganization*> all() const;
    bool isEmpty() const { return m_organizations.empty(); }

private:
    struct Entry
    {
        QString token;
        std::unique_ptr<EmulatedOrganization> organization;
    };
    std::vector<Entry> m_organizations;
};
