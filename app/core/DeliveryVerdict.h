#pragma once

#include "CertificateSummary.h"
#include "HttpAttempt.h"
#include "LogFormat.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The connection test's answer to "will Konnect be able to deliver to this SIEM?": either yes, or the one reason it
// will not, in words an admin can act on. judge() reads it from what the test batch got back; everything a person
// sees is in message (plus the optional vendor hint and note).
class DeliveryVerdict
{
public:
    enum class Reason {
        Delivered,
        AuthorizationRefused, // 401/403 to the authorization that was sent
        AuthorizationNotTested, // 401/403, but no authorization was sent (Konnect never shows the stored one)
        WrongPath, // 404
        PayloadTooLarge, // 413
        FormatRefused, // 415 or 400: the format, text/plain or gzip is not accepted
        EncodingRefused, // "application/gzip" refused, the same batch with "gzip" accepted
        ReceiverUnavailable, // 429 or 5xx (not 501) after all of Konnect's retries
        NotRetriedStatus, // any other answer Konnect does not retry (501, 405, 422, ...)
        Redirected, // 3xx: Konnect's delivery should not depend on a redirect
        DnsFailure,
        ConnectionFailed,
        TimedOut,
        TlsCertificate, // final, as for Konnect
        OtherFailure, // answer too large, unsupported scheme, ...
        InvalidInput, // nothing was sent
        Cancelled,
    };

    // What the test saw of its last attempt (and of the whole exchange), for judge().
    struct Observation
    {
        HttpAttempt last;
        int attempts = 0;
        QByteArray answerBody;
        QByteArray location; // of a 3xx answer
        QString host;
        int port = 0;
        LogFormat logFormat = LogFormat::Cef;
        int events = 0;
        bool authorizationSent = false;
        bool hostNotFound = false; // a connection failure whose host name does not resolve
        int transferTimeoutMs = 0;
        CertificateSummary certificate;
        QDateTime now;
    };

    Reason reason = Reason::InvalidInput;
    int httpStatus = 0;
    int attempts = 0;
    QString message; // one or two sentences; never holds a secret the test was given
    QString hint; // a vendor preset's explanation of this answer, if any
    QString note; // what the verdict cannot tell, e.g. that the test ran from this computer, not from Konnect
    QString answerExcerpt; // the start of the SIEM's answer, printable text only
    QByteArray acceptedEncoding; // after the encoding fallback: the Content-Encoding the SIEM accepted, if any
    CertificateSummary certificate; // for TlsCertificate

    bool willDeliver() const { return reason == Reason::Delivered; }
    // 0 Konnect will be able to deliver, 2 invalid input (nothing was sent), 4 otherwise.
    int exitCode() const;
    // message, then the hint and the SIEM's own words; the note stays separate.
    QString text() const;
    QJsonObject toJson() const;

    static DeliveryVerdict judge(const Observation& observation);
    static DeliveryVerdict invalidInput(const QString& message);
    static DeliveryVerdict cancelled();
    // The first verdict refused "application/gzip" (415/400); `withGzip` is the same batch sent with "gzip".
    static DeliveryVerdict afterEncodingFallback(const DeliveryVerdict& withApplicationGzip,
                                                 const DeliveryVerdict& withGzip);

    static QString reasonName(Reason reason); // "delivered", "authorization_refused", ...
    static QString statusText(int status); // "415 Unsupported Media Type"
    static QString excerpt(const QByteArray& answerBody);
};
