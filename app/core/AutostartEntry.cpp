#include "AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QString AutostartEntry::fileName()
{
    return QStringLiteral("konnect-audit-webhook.desktop");
}

QString AutostartEntry::path()
{
    // The XDG Base Directory Specification: a relative XDG_CONFIG_HOME is invalid and ignored.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + fileName();
}

bool AutostartEntry::isEnabled()
{
    return QFileInfo::exists(path());
}

QString AutostartEntry::quoteExecArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    bool plain = !argument.isEmpty();
    for (const QChar c : argument)
        plain = plain && !reserved.contains(c);
    if (plain)
        return argument;
    QString quoted;
    for (const QChar c : argument) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    // In a desktop file's string value a backslash is itself escaped once more, and a literal % is %%.
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    quoted.replace(QLatin1String("%"), QLatin1String("%%"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString AutostartEntry::contents(const QString& executable)
{
    const QString name = tr("Konnect Audit Webhook");
    const QString comment = tr("Watches the audit-log webhooks of your Konnect organizations from the system tray");
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=%1\n"
                          "Comment=%2\n"
                          "Exec=%3 --watch-minimized\n"
                          "Icon=io.github.konnect_audit_webhook.KonnectAuditWebhook\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(name, comment, quoteExecArgument(executable));
}

QString AutostartEntry::enable(const QString& executable)
{
    const QString file = path();
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return tr("Could not create the folder %1 for the start at login.").arg(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents(executable).toUtf8()) < 0 || !out.commit())
        return tr("Could not write %1: %2").arg(file, out.errorString());
    return {};
}

QString AutostartEntry::disable()
{
    QFile file(path());
    if (file.exists() && !file.remove())
        return tr("Could not remove %1: %2").arg(file.fileName(), file.errorString());
    return {};
}
