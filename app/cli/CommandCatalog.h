#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

// What one headless command is called, which options it takes and how --help describes it.
struct CommandSpec
{
    QString name; // "get", "token set", ...
    QString summary; // one line for the global help
    QList<QCommandLineOption> options; // the command's own options; the global ones come on top
    QString help; // the full text of `COMMAND --help`
    bool takesArguments = false; // words after the command, e.g. the files of `verify FILE...`
};

// Every headless command and the options all of them share. The help texts live here too, next to the options
// they describe, so the two cannot drift apart.
class CommandCatalog
{
public:
    static QString programName(); // "konnect-audit-webhook"
    static const QList<CommandSpec>& commands();
    // Exact name ("token set"); nullptr when unknown.
    static const CommandSpec* find(const QString& name);
    // First words of the commands ("get", "token", ...): what makes a command line headless.
    static QStringList commandWords();
    // Words after a group word ("token" -> set, status, delete; "destinations" -> list, show, ...); empty for a
    // word that is no group.
    static QStringList subcommands(const QString& group);

    static QList<QCommandLineOption> globalOptions();
    // Every option, of any command, that takes a value: needed to find the command word among the arguments.
    static QStringList optionsWithValues();

    static QString globalHelp();
    static QString versionText();
};
