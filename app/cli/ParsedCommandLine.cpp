#include "ParsedCommandLine.h"

#include "CommandCatalog.h"

#include <QRegularExpression>

namespace {
struct Words
{
    QStringList words;
    bool firstAfterUnknownOption = false;
};

// Non-option arguments in order. Values of options known to take one are skipped, whichever command they
// belong to, so that `get --endpoint x` reports the misplaced option rather than an unknown command "x".
Words splitWords(const QStringList& arguments)
{
    const QStringList withValues = CommandCatalog::optionsWithValues();
    QStringList knownOptions;
    for (const QCommandLineOption& option : CommandCatalog::globalOptions()) {
        for (const QString& name : option.names())
            knownOptions.append(name.size() == 1 ? QLatin1Char('-') + name : QStringLiteral("--") + name);
    }
    for (const CommandSpec& spec : CommandCatalog::commands()) {
        for (const QCommandLineOption& option : spec.options)
            knownOptions.append(QStringLiteral("--") + option.names().constFirst());
    }

    Words result;
    bool previousUnknown = false;
    bool optionsEnded = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            const QString name = argument.section(QLatin1Char('='), 0, 0);
            if (withValues.contains(name) && !argument.contains(QLatin1Char('='))) {
                ++i;
                previousUnknown = false;
            } else {
                previousUnknown = !knownOptions.contains(name);
            }
            continue;
        }
        if (result.words.isEmpty())
            result.firstAfterUnknownOption = previousUnknown;
        result.words.append(argument);
        previousUnknown = false;
    }
    return result;
}

QString helpHint(const QString& command)
{
    return command.isEmpty()
        ? QStringLiteral("Run `%1 --help` to see the commands.").arg(CommandCatalog::programName())
        : QStringLiteral("Run `%1 %2 --help` for its options.").arg(CommandCatalog::programName(), command);
}

// A word we may repeat in a message: something that looks like a command name, never a pasted secret.
bool safeToEcho(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z-]{0,19}$"));
    return plain.match(word).hasMatch();
}
} // namespace

QString ParsedCommandLine::firstWord(const QStringList& arguments, bool* afterUnknownOption)
{
    const Words split = splitWords(arguments);
    if (afterUnknownOption)
        *afterUnknownOption = split.firstAfterUnknownOption;
    return split.words.value(0);
}

ParsedCommandLine ParsedCommandLine::parse(const QStringList& arguments)
{
    ParsedCommandLine parsed;
    QStringList words = splitWords(arguments).words;
    // `help apply` is the same as `apply --help`.
    if (words.value(0) == QLatin1String("help")) {
        parsed.m_help = true;
        words.removeFirst();
    }

    int commandWordCount = 0;
    if (!words.isEmpty()) {
        const QString first = words.constFirst();
        const QStringList subcommands = CommandCatalog::subcommands(first);
        if (!subcommands.isEmpty()) {
            const QString sub = words.value(1);
            if (subcommands.contains(sub)) {
                parsed.m_command = first + QLatin1Char(' ') + sub;
                commandWordCount = 2;
            } else {
                parsed.m_command = first;
                commandWordCount = 1;
                if (!parsed.m_help)
                    parsed.m_help = sub.isEmpty(); // `token` alone: show what it can do
                if (!sub.isEmpty())
                    parsed.m_error = QStringLiteral("`%1` takes %2. %3")
                                         .arg(first, subcommands.join(QStringLiteral(", ")), helpHint(first));
            }
        } else if (CommandCatalog::find(first)) {
            parsed.m_command = first;
            commandWordCount = 1;
        } else {
            parsed.m_error = safeToEcho(first) ? QStringLiteral("Unknown command \"%1\". %2").arg(first, helpHint({}))
                                               : QStringLiteral("Unknown command. %1").arg(helpHint({}));
            return parsed;
        }
    }

    parsed.m_parser = std::make_shared<QCommandLineParser>();
    QCommandLineParser& parser = *parsed.m_parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.addOptions(CommandCatalog::globalOptions());
    const CommandSpec* spec = CommandCatalog::find(parsed.m_command);
    if (spec)
        parser.addOptions(spec->options);
    if (!parser.parse(arguments)) {
        if (parsed.m_error.isEmpty())
            parsed.m_error = QStringLiteral("%1 %2").arg(parser.errorText(), helpHint(parsed.m_command));
        return parsed;
    }
    parsed.m_help = parsed.m_help || parser.isSet(QStringLiteral("help"));
    parsed.m_version = parser.isSet(QStringLiteral("version"));

    QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("help"))
        positional.removeFirst();
    positional = positional.mid(commandWordCount);
    if (spec && spec->takesArguments) {
        parsed.m_arguments = positional;
    } else if (parsed.m_error.isEmpty() && !positional.isEmpty()) {
        // The extra word is not repeated: it may be a secret typed in the wrong place.
        parsed.m_error = QStringLiteral("`%1` takes no further arguments: give values with their option, e.g. "
                                        "--endpoint URL. Secrets are read from standard input or the environment, "
                                        "never from arguments. %2")
                             .arg(parsed.m_command, helpHint(parsed.m_command));
    }
    return parsed;
}

bool ParsedCommandLine::isSet(const QString& option) const
{
    return m_parser && m_parser->isSet(option);
}

QString ParsedCommandLine::value(const QString& option) const
{
    return m_parser ? m_parser->value(option) : QString();
}

QStringList ParsedCommandLine::values(const QString& option) const
{
    return m_parser ? m_parser->values(option) : QStringList();
}

bool ParsedCommandLine::declares(const QString& option) const
{
    auto has = [&option](const QList<QCommandLineOption>& options) {
        return std::any_of(options.cbegin(), options.cend(),
                           [&option](const QCommandLineOption& o) { return o.names().contains(option); });
    };
    const CommandSpec* spec = CommandCatalog::find(m_command);
    return has(CommandCatalog::globalOptions()) || (spec && has(spec->options));
}
