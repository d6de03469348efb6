#pragma once

#include "AuthorizationHeader.h"
#include "LogFormat.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// What the webhook form needs to know about one SIEM receiver: how its endpoint looks, what goes into the
// authorization, which log format it reads, and what its answers mean. Loaded from vendors.json by
// VendorPresetCatalog, so adding a vendor needs no code. All texts are short English sentences meant for the user.
//
// Endpoint templates mark what the user must fill in with angle brackets, e.g.
// "https://<host>:8088/services/collector/raw?sourcetype=<sourcetype>&index=<index>"; the form highlights what
// placeholderRanges() finds and refuses to apply while hasUnfilledPlaceholders() is true.
class VendorPreset
{
public:
    // Explains one kind of answer from the receiver (used by the connection test through hintFor()).
    struct AnswerHint
    {
        int status = 0; // the HTTP status it applies to
        std::optional<int> code; // when set: only for a JSON answer whose "code" member is this (Splunk HEC)
        QString text;
    };

    // The webhook form's fields as text. An empty field means "the user has not typed or chosen anything here".
    struct FormValues
    {
        QString endpoint;
        QString authorizationScheme; // AuthorizationHeader::schemeName(): "Bearer", "Splunk", "Basic", "custom"
        QString credential; // a secret: never shown in messages
        QString logFormat; // toString(LogFormat): "cef", "json", "cps"
    };
    // The names fieldsThatWouldOverwrite() returns, one per FormValues member.
    static QString endpointField(); // "endpoint"
    static QString authorizationSchemeField(); // "authorizationScheme"
    static QString credentialField(); // "credential"
    static QString logFormatField(); // "logFormat"

    QString id; // stable, lower-case, e.g. "splunk-hec"
    QString name; // shown in the vendor selector
    QString endpointTemplate;
    // For a "placeholder" vendor (token in the URL, or no header authentication) this is Custom and
    // authorizationPlaceholder holds the harmless value to send, because Konnect refuses a blank authorization.
    AuthorizationHeader::Scheme authorizationScheme = AuthorizationHeader::Scheme::Custom;
    QString authorizationPlaceholder; // non-empty only for "placeholder" vendors; not a secret
    QString credentialHint; // what the credential field should hold, e.g. "HEC token"; may be empty
    LogFormat logFormat = LogFormat::Cef;
    bool endpointIsSecret = false; // the URL carries the receiver's token: mask it like a secret
    QString successLooksLike; // e.g. "200 {\"text\":\"Success\",\"code\":0}"
    QString note; // where to find the values in the vendor's console; says what is unverified
    QStringList pitfalls;
    QList<AnswerHint> answerHints; // the vendor's own first, then the catalog's common ones

    bool usesPlaceholderAuthorization() const { return !authorizationPlaceholder.isEmpty(); }

    // What choosing this preset puts into the form: the endpoint template, the scheme name, the placeholder as
    // credential for placeholder vendors (empty otherwise: the user types their token) and the log format.
    FormValues formValues() const;
    // `typed` after choosing this preset: every field the preset has a value for is replaced, the others (usually the
    // credential) are kept. Ask first when fieldsThatWouldOverwrite(typed, preset) is not empty.
    FormValues applyTo(const FormValues& typed) const;
    // The names of the fields the user has filled in (non-empty) that choosing `preset` would change. The GUI asks
    // before overwriting any of them. Never contains values.
    static QStringList fieldsThatWouldOverwrite(const FormValues& typed, const VendorPreset& preset);

    // The <...> placeholders still in `endpoint`: each pair is (index of '<', length including both brackets).
    // A placeholder is '<', one or more characters other than '<', '>' and whitespace, then '>'.
    static QList<QPair<int, int>> placeholderRanges(const QString& endpoint);
    static bool hasUnfilledPlaceholders(const QString& endpoint);
    // The placeholder names without brackets, in order, e.g. {"host", "sourcetype", "index"}.
    static QStringList placeholderNames(const QString& endpoint);

    // The most specific explanation for this answer, or an empty string: a hint whose status and code both match
    // beats one for the status alone; among equals the first in answerHints wins. `answerBody` may be anything;
    // only a JSON object's integer "code" member is looked at.
    QString hintFor(int httpStatus, const QByteArray& answerBody) const;
};
