#include "EmulatedOrganizations.h"

EmulatedOrganization* EmulatedOrganizations::add(const QString& name, const QString& token)
{
    if (byName(name) || byToken(token))
        return nullptr;
    auto organization = std::make_unique<EmulatedOrganization>();
    organization->setName(name);
    m_organizations.push_back({token, std::move(organization)});
    return m_organizations.back().organization.get();
}

EmulatedOrganization* EmulatedOrganizations::byToken(const QString& token) const
{
    for (const Entry& entry : m_organizations) {
        if (entry.token == token)
            return entry.organization.get();
    }
    return nullptr;
}

EmulatedOrganization* EmulatedOrganizations::byName(const QString& name) const
{
    for (const Entry& entry : m_organizations) {
        if (entry.organization->name() == name)
            return entry.organization.get();
    }
    return nullptr;
}

QList<EmulatedOrganization*> EmulatedOrganizations::all() const
{
    QList<EmulatedOrganization*> result;
    for (const Entry& entry : m_organizations)
        result.append(entry.organization.get());
    return result;
}
