#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

// The command line split into the command ("get", "token set", ...) and its options. Global options may stand
// before or after the command word. Parsing never fails loudly: error() says what is wrong, ready for the user.
class ParsedCommandLine
{
public:
    // `arguments` starts with the program name, as QCoreApplication::arguments() does.
    static ParsedCommandLine parse(const QStringList& arguments);
    // The first argument that is neither an option nor an option's value; empty when there is none. When an
    // unknown option stands right before it, *afterUnknownOption is set: the word may be that option's value.
    static QString firstWord(const QStringList& arguments, bool* afterUnknownOption = nullptr);

    QString command() const { return m_command; }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    QString error() const { return m_error; }

    // The words after the command, for commands that take some (CommandSpec::takesArguments).
    QStringList arguments() const { return m_arguments; }

    bool isSet(const QString& option) const;
    // Whether the command (or the global options) has this option at all.
    bool declares(const QString& option) const;
    QString value(const QString& option) const;
    // Every value of an option given several times (--type a --type b), in order.
    QStringList values(const QString& option) const;

private:
    QString m_command;
    bool m_help = false;
    bool m_version = false;
    QString m_error;
    QStringList m_arguments;
    std::shared_ptr<QCommandLineParser> m_parser;
};
