#pragma once

#include "FieldError.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

// The webhook's `authorization` field as the form shows it: a scheme selector plus the credential. Konnect sends the
// composed value verbatim as the Authorization header of its deliveries, so this class only builds and takes apart
// that one string; it never stores or logs it.
//
// Credential per scheme:
//   Bearer  the token alone            -> "Bearer <token>"
//   Splunk  the HEC token alone        -> "Splunk <token>"
//   Basic   "user:password" in clear   -> "Basic <base64(UTF-8 of user:password)>" (encoded here, RFC 7617)
//   custom  the whole header value     -> the credential unchanged
// Bearer and Splunk credentials are trimmed (a pasted token often brings a newline); Basic and custom are used
// exactly as given.
class AuthorizationHeader
{
public:
    enum class Scheme { Bearer, Splunk, Basic, Custom };

    static QList<Scheme> schemes(); // in the order the form offers them
    // "Bearer", "Splunk", "Basic", "custom": the names used in vendors.json and VendorPreset::FormValues.
    static QString schemeName(Scheme scheme);
    // Exact match of schemeName(); nothing else (e.g. "placeholder" is a preset notion, not a scheme).
    static std::optional<Scheme> schemeFromName(const QString& name);

    // The header value to send. Does not validate: call check() first (or WebhookConfig::checkAuthorization on the
    // result).
    static QString compose(Scheme scheme, const QString& credential);

    // The form's view of a stored header value. Recognises exactly "Bearer <token>", "Splunk <token>" (one space,
    // this capitalisation, a token without spaces) and "Basic <canonical base64 of UTF-8 user:password>"; anything
    // else is {Custom, header}. So compose(split(h)) == h for every h.
    static std::pair<Scheme, QString> split(const QString& header);

    // Why this credential cannot be used with this scheme, or nothing when it can: the scheme's own rules, then
    // WebhookConfig::checkAuthorization on the composed value. The error's field is "authorization"; its message
    // never contains the credential.
    static std::optional<FieldError> check(Scheme scheme, const QString& credential);
};
