#include "FleetPrometheusText.h"

#include <QSaveFile>

namespace {
const QString kPrefix = QStringLiteral("konnect_audit_webhook_");

QString labels(const FleetRow& row)
{
    return QStringLiteral("{profile=\"%1\",region=\"%2\",portal=\"%3\"}")
        .arg(FleetPrometheusText::escapeLabel(row.profile), FleetPrometheusText::escapeLabel(row.scope.region()),
             FleetPrometheusText::escapeLabel(row.scope.isPortal() ? row.scope.portalName() : QString()));
}

void family(QString& text, const QString& name, const QString& help)
{
    text += QStringLiteral("# HELP %1%2 %3\n# TYPE %1%2 gauge\n").arg(kPrefix, name, help);
}
} // namespace

QString FleetPrometheusText::escapeLabel(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return escaped;
}

QByteArray FleetPrometheusText::render(const QList<FleetRow>& rows)
{
    QString text;
    family(text, QStringLiteral("status"),
           QStringLiteral("Verdict on the scope's audit-log webhook: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."));
    for (const FleetRow& row : rows)
        text += kPrefix + QStringLiteral("status") + labels(row) + QLatin1Char(' ')
            + QString::number(FleetVerdict::exitCode(row.verdict.level)) + QLatin1Char('\n');
    family(text, QStringLiteral("last_attempt_age_seconds"),
           QStringLiteral("Seconds since Konnect's last delivery attempt (no sample: none known)."));
    for (const FleetRow& row : rows) {
        if (row.lastAttemptAgeSeconds() >= 0)
            text += kPrefix + QStringLiteral("last_attempt_age_seconds") + labels(row) + QLatin1Char(' ')
                + QString::number(row.lastAttemptAgeSeconds()) + QLatin1Char('\n');
    }
    family(text, QStringLiteral("last_response_code"),
           QStringLiteral("HTTP status of the SIEM's answer to the last delivery (0: none)."));
    for (const FleetRow& row : rows) {
        if (row.observation.status)
            text += kPrefix + QStringLiteral("last_response_code") + labels(row) + QLatin1Char(' ')
                + QString::number(row.observation.status->lastResponseCode) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QString FleetPrometheusText::write(const QString& path, const QList<FleetRow>& rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(render(rows));
    if (!file.commit())
        return file.errorString();
    return {};
}
