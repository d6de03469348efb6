#include "EmulatorCommand.h"

#include "CommandContext.h"
#include "KonnectEmulator.h"
#include "SecretRedactor.h"
#include "TerminationSignals.h"
#include "TokenValidator.h"

#include <QJsonObject>

namespace {
const QString kPort = QStringLiteral("port");
const QString kToken = QStringLiteral("token");
const QString kForbiddenToken = QStringLiteral("forbidden-token");
const QString kPatchOnly = QStringLiteral("patch-only");
const QString kDeliver = QStringLiteral("deliver");
const QString kV2Only = QStringLiteral("v2-only");
const QString kLogHistory = QStringLiteral("log-history");
const QString kOrg = QStringLiteral("org");
const QString kRegionFault = QStringLiteral("region-fault");
const QString kDemo = QStringLiteral("demo");
// Where the demo fleet's destinations point: nothing listens there, and the demo never delivers.
const QString kDemoEndpoint = QStringLiteral("https://siem.example.com:8088/services/collector/raw");
constexpr int maxLogHistory = 1000000;
} // namespace

FieldErrors EmulatorCommand::checkOptions()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors;
    if (m_context.options().tokenStdin)
        errors.append({QStringLiteral("--token-stdin"),
                       QStringLiteral("The emulator takes its throwaway test token with --token TOKEN.")});

    if (commandLine.isSet(kPort)) {
        bool ok = false;
        const uint port = commandLine.value(kPort).toUInt(&ok);
        if (!ok || port > 65535)
            errors.append({QStringLiteral("--port"),
                           QStringLiteral("Must be a number from 1 to 65535 (or 0 for any "
                                          "free port).")});
        else
            m_port = quint16(port);
    }

    if (commandLine.isSet(kLogHistory)) {
        bool ok = false;
        const int size = commandLine.value(kLogHistory).toInt(&ok);
        if (!ok || size < 0 || size > maxLogHistory)
            errors.append({QStringLiteral("--log-history"),
                           QStringLiteral("Must be a number of records from 0 to %1.").arg(maxLogHistory)});
        else
            m_logHistory = size;
    }

    // A throwaway token, yet still kept out of everything printed: people do paste real tokens.
    m_token = commandLine.value(kToken);
    SecretRedactor::registerSecret(m_token);
    const QStringList organizations = commandLine.values(kOrg);
    for (const QString& given : organizations) {
        const qsizetype colon = given.indexOf(QLatin1Char(':'));
        const QString name = given.left(colon).trimmed();
        const QString token = colon < 0 ? QString() : given.mid(colon + 1);
        SecretRedactor::registerSecret(token);
        if (colon <= 0 || name.isEmpty()) {
            errors.append({QStringLiteral("--org"),
                           QStringLiteral("Give NAME:TOKEN, e.g. --org production:kpat_"
                                          "throwaway_production_token.")});
        } else if (const TokenValidator::Result checked = TokenValidator::check(token); !checked.ok) {
            errors.append({QStringLiteral("--org"), checked.error});
        } else {
            for (const auto& [otherName, otherToken] : std::as_const(m_organizations)) {
                if (otherName == name || otherToken == token || token == m_token)
                    errors.append({QStringLiteral("--org"),
                                   QStringLiteral("Each organization needs its own name and its own token.")});
            }
            m_organizations.append({name, token});
        }
    }
    const QStringList faults = commandLine.values(kRegionFault);
    for (const QString& given : faults) {
        QString problem;
        if (const std::optional<EmulatedRegionFault> fault = EmulatedRegionFault::parse(given, &problem))
            m_regionFaults.append(*fault);
        else
            errors.append({QStringLiteral("--region-fault"), problem});
    }
    m_demo = commandLine.isSet(kDemo);
    if (m_demo && organizations.size() < 2)
        errors.append({QStringLiteral("--demo"),
                       QStringLiteral("The demo fleet needs two organizations: give --org NAME:TOKEN twice.")});

    if (!commandLine.isSet(kToken) && !organizations.isEmpty()) {
        // Only the organizations of --org.
    } else if (!commandLine.isSet(kToken)) {
        errors.append({QStringLiteral("--token"),
                       QStringLiteral("Give the throwaway test token the emulator accepts, "
                                      "e.g. --token kpat_throwaway_test_token.")});
    } else if (const TokenValidator::Result checked = TokenValidator::check(m_token); !checked.ok) {
        errors.append({QStringLiteral("--token"), checked.error});
    }

    if (commandLine.isSet(kForbiddenToken)) {
        m_forbiddenToken = commandLine.value(kForbiddenToken);
        SecretRedactor::registerSecret(m_forbiddenToken);
        if (const TokenValidator::Result checked = TokenValidator::check(m_forbiddenToken); !checked.ok)
            errors.append({QStringLiteral("--forbidden-token"), checked.error});
        else if (m_forbiddenToken == m_token)
            errors.append({QStringLiteral("--forbidden-token"),
                           QStringLiteral("Must differ from --token: one token is accepted, the other refused.")});
    }
    return errors;
}

void EmulatorCommand::run()
{
    m_signals = new TerminationSignals(this);
    connect(m_signals, &TerminationSignals::terminationRequested, this, [this]() {
        m_emulator->close();
        finish(0);
    });

    m_emulator = new KonnectEmulator(this);
    m_emulator->setToken(m_token);
    if (!m_forbiddenToken.isEmpty())
        m_emulator->setForbiddenToken(m_forbiddenToken);
    m_emulator->setPutAllowed(!m_context.commandLine().isSet(kPatchOnly));
    m_emulator->setDeliversAfterChange(m_context.commandLine().isSet(kDeliver));
    m_emulator->setV3Available(!m_context.commandLine().isSet(kV2Only));
    m_emulator->setLogHistorySize(m_logHistory);
    for (const auto& [name, token] : std::as_const(m_organizations))
        m_emulator->addOrganization(name, token);
    for (const EmulatedRegionFault& fault : std::as_const(m_regionFaults))
        m_emulator->setRegionFault(fault);
    if (m_demo)
        m_emulator->seedFleetDemo(kDemoEndpoint);
    if (m_context.options().verbose) {
        connect(m_emulator, &KonnectEmulator::requestReceived, this, [this](const QJsonObject& entry) {
            m_context.out().verbose(
                QStringLiteral("> %1 %2 (token %3)")
                    .arg(entry.value(QLatin1String("method")).toString(), entry.value(QLatin1String("path")).toString(),
                         entry.value(QLatin1String("bearer_valid")).toBool() ? QStringLiteral("accepted")
                                                                             : QStringLiteral("not accepted")));
        });
    }

    if (!m_emulator->listen(m_port)) {
        m_context.out().error(QStringLiteral("The emulator could not listen on 127.0.0.1 port %1: %2")
                                  .arg(m_port)
                                  .arg(m_emulator->errorString()),
                              {}, 4);
        return finish(4);
    }
    const QString baseUrl = m_emulator->baseUrl().toString();
    if (m_context.out().isJson())
        m_context.out().json(
            QJsonObject {{QStringLiteral("base_url"), baseUrl}, {QStringLiteral("port"), m_emulator->port()}});
    else
        m_context.out().line(QStringLiteral("Konnect emulator listening on %1").arg(baseUrl));
}
