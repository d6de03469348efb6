#include "ProfileSelection.h"

#include "CommandContext.h"
#include "ProfileStore.h"
#include "Region.h"

QList<Profile> ProfileSelection::resolve(CommandContext& context, QStringList names, FieldErrors* errors)
{
    const GlobalOptions& global = context.options();
    if (global.region) {
        if (const QString problem = Region::checkRegion(*global.region); !problem.isEmpty())
            errors->append({QStringLiteral("--region"), problem});
    }
    if (global.baseUrl) {
        if (const QString problem = Region::checkBaseUrl(QUrl(*global.baseUrl)); !problem.isEmpty())
            errors->append({QStringLiteral("--base-url"), problem});
    }

    ProfileStore& store = context.profiles();
    if (names.isEmpty())
        names = store.names();
    if (names.isEmpty())
        names = {store.currentProfile()};
    names.removeDuplicates();
    QList<Profile> profiles;
    for (const QString& name : std::as_const(names)) {
        if (const QString problem = ProfileStore::checkName(name); !problem.isEmpty()) {
            errors->append({QStringLiteral("--profile"), problem});
            continue;
        }
        // A name not saved yet reads with the defaults, as every command creates profiles on first use: its
        // keychain entry decides (no token: UNKNOWN for fleet, not read for apply).
        Profile profile = store.profile(name);
        if (global.region)
            profile.region = *global.region;
        if (global.baseUrl)
            profile.baseUrl = Region::normalizedBaseUrl(QUrl(*global.baseUrl));
        profiles.append(profile);
    }
    return profiles;
}
