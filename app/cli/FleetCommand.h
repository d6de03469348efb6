#pragma once

#include "Command.h"
#include "FleetRow.h"
#include "Profile.h"

#include <QCommandLineOption>

class QNetworkAccessManager;

// `fleet`: every profile (or those named), every region it uses and every Dev Portal in them at a glance, judged
// OK / WARNING / CRITICAL / UNKNOWN (FleetScan, FleetVerdict). A table, JSON, the monitoring plugins' convention
// (--check) and node_exporter's textfile format (--prometheus). Tokens come from the keychain only: a profile
// without one is UNKNOWN, not an error.
class FleetCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static QString summary();
    static QList<QCommandLineOption> options();
    static const char* help();

protected:
    // Reads its own tokens, one per profile, from the keychain.
    bool talksToKonnect() const override { return false; }
    void run() override;

private:
    FieldErrors check();
    void scan();
    void report(QList<FleetRow> rows);
    QString tableText(const QList<FleetRow>& rows) const;
    QString checkText(const QList<FleetRow>& rows, FleetVerdict::Level worst) const;
    QJsonObject summaryJson(const QList<FleetRow>& rows, FleetVerdict::Level worst) const;

    QList<Profile> m_profiles;
    bool m_allRegions = false;
    bool m_check = false;
    QString m_prometheusPath;
    qint64 m_warnAfterSeconds = 0;
    QNetworkAccessManager* m_network = nullptr;
};
