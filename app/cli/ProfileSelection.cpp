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
    const bool named = !names.isEmpty();
    if (!named)
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
        if (named && !store.contains(name) && name != store.currentProfile()) {
            errors->append({QStringLiteral("--profile"),
                            QStringLiteral("There is no profile \"%1\". The profiles are: %2.")
                                .arg(name, store.names().join(QStringLiteral(", ")))});
            continue;
        }
        Profile profile = store.profile(name);
        if (global.region)
            profile.region = *global.region;
        if (global.baseUrl)
            profile.baseUrl = Region::normalizedBaseUrl(QUrl(*global.baseUrl));
        profiles.append(profile);
    }
    return profiles;
}
