#pragma once

#include "ConnectionTestLine.h"
#include "DeliveryVerdict.h"
#include "LogFormat.h"
#include "SiemDeliveryAttempt.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// Everything one connection test found: the Konnect lines, the settings the SIEM half used and where each came from,
// every delivery attempt and the verdict. Holds no secret: the endpoint is masked for display and the authorization
// is only described by its source.
struct ConnectionTestResult
{
    enum class Source {
        Given, // by the admin for this test
        Konnect, // Konnect's current configuration
        Preset, // the vendor preset (a placeholder authorization, a log format)
        Default, // Konnect's own default
        None, // nothing: no Authorization header was sent
    };

    QList<ConnectionTestLine> konnectLines;
    QString endpoint; // SiemDeliveryTest::displayEndpoint()
    Source endpointSource = Source::None;
    LogFormat logFormat = LogFormat::Cef;
    Source logFormatSource = Source::Default;
    bool skipSslVerification = false;
    Source skipSslVerificationSource = Source::Default;
    Source authorizationSource = Source::None;
    bool siemDeliveryRan = false; // at least one POST reached the network
    QList<SiemDeliveryAttempt> attempts;
    DeliveryVerdict verdict;
    // When the SIEM half needed Konnect's configuration and Konnect could not give it: ApiResult::exitCode().
    std::optional<int> konnectFailureExitCode;

    bool konnectPassed() const
    {
        if (konnectLines.isEmpty())
            return false;
        for (const ConnectionTestLine& line : konnectLines) {
            if (!line.passed())
                return false;
        }
        return true;
    }

    // When the Konnect half was checked and failed, whatever the SIEM said: 3 the token was refused (401/403), 4
    // Konnect's API did not answer as expected.
    std::optional<int> konnectCheckExitCode;

    // 0 Konnect will be able to deliver (both halves passed, or the Konnect half could not be checked); 2 invalid
    // input; 3 Konnect refused the token; 4 Konnect did not answer or the SIEM would not take the delivery.
    int exitCode() const
    {
        if (konnectFailureExitCode)
            return *konnectFailureExitCode;
        const int siem = verdict.exitCode();
        if (konnectCheckExitCode && siem != 2)
            return *konnectCheckExitCode;
        return siem;
    }

    static QString sourceName(Source source)
    {
        switch (source) {
        case Source::Given:
            return QStringLiteral("given");
        case Source::Konnect:
            return QStringLiteral("konnect");
        case Source::Preset:
            return QStringLiteral("preset");
        case Source::Default:
            return QStringLiteral("default");
        case Source::None:
            return QStringLiteral("none");
        }
        return {};
    }

    QJsonObject toJson() const;
};
