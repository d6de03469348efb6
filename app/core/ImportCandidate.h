#pragma once

#include "TokenValidator.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// One Konnect token CredentialImporter found where an admin already keeps it, with the profile settings that go
// with it. Only `token` is secret: it lives in memory until the GUI hands it to TokenStore, and it is empty unless
// the candidate is importable. Every text here is safe to show.
struct ImportCandidate
{
    enum class Source {
        KonnectTokenVariable, // KONNECT_TOKEN
        KonnectSpatVariable, // KONNECT_SPAT
        KongctlVariable, // KONGCTL_<PROFILE>_KONNECT_PAT
        KongctlConfig, // <profile>.konnect.pat in kongctl's config.yaml
        DeckVariable, // DECK_KONNECT_TOKEN
        DeckConfig, // konnect-token in ~/.deck.yaml
    };

    Source source = Source::KonnectTokenVariable;
    // E.g. "kongctl profile 'prod' (~/.config/kongctl/config.yaml)" or "environment variable KONNECT_TOKEN".
    QString sourceDescription;
    // Passes ProfileStore::checkName; may equal another candidate's or an existing profile's name: the GUI asks.
    QString suggestedProfileName;
    QString region; // always one of Region::all()
    bool regionFromSource = false; // false: the source names no usable region and `region` is Region::defaultRegion()
    QUrl baseUrl; // empty unless the source points at a non-Konnect host (a proxy, the emulator); the host root

    bool importable = false;
    QString token; // the trimmed token when importable; empty otherwise
    TokenValidator::Kind tokenKind = TokenValidator::Kind::PersonalAccessToken;
    QString problem; // why it is not importable; never contains the token
    QStringList notes; // worth showing either way, e.g. that the region was not given

    int sameTokenAs = -1; // index of an earlier candidate holding the same token, or -1
};
