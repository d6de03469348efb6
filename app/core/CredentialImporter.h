#pragma once

#include "ImportCandidate.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Finds Konnect tokens an admin already keeps for Kong's own tools, so the GUI can offer to import them:
//   - environment: KONNECT_TOKEN, KONNECT_SPAT, KONGCTL_<PROFILE>_KONNECT_PAT (+ _KONNECT_REGION,
//     _KONNECT_BASE_URL), DECK_KONNECT_TOKEN (+ DECK_KONNECT_ADDR);
//   - kongctl: $XDG_CONFIG_HOME/kongctl/config.yaml, else ~/.config/kongctl/config.yaml:
//     `<profile>: {konnect: {pat, region, base-url}}`;
//   - decK: ~/.deck.yaml: `konnect-token`, `konnect-addr`.
// Settings combine as Kong's tools do (environment over file), so a candidate gets the region its tool would use.
// It only ever READS: no file is created, changed or locked. Tokens are checked with TokenValidator; an invalid one
// becomes a candidate that is not importable, with the reason and without the value. Every token read is registered
// with SecretRedactor. scan() is synchronous and cheap (two small files at most), so it may run on the GUI thread.
class CredentialImporter
{
public:
    // Where to look. Tests pass a temporary home and a made-up environment; the app uses fromSystem().
    struct Inputs
    {
        QProcessEnvironment environment;
        QString homePath;

        static Inputs fromSystem();
    };

    struct Result
    {
        QList<ImportCandidate> candidates; // environment first, then kongctl, then decK
        // Files that exist but could not be used, one sentence each naming the file; never a secret.
        QStringList problems;
    };

    static Result scan(const Inputs& inputs);

    static QString kongctlConfigPath(const Inputs& inputs);
    static QString deckConfigPath(const Inputs& inputs);
};
