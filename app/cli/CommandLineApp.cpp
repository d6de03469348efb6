#include "CommandLineApp.h"

#include "ApplyCommand.h"
#include "CommandCatalog.h"
#include "CommandContext.h"
#include "DestinationDeleteCommand.h"
#include "DestinationListCommand.h"
#include "DestinationWriteCommand.h"
#include "EmulatorCommand.h"
#include "FleetCommand.h"
#include "MultiApplyCommand.h"
#include "GetCommand.h"
#include "JwksCommand.h"
#include "LogsCommand.h"
#include "LogsCompareCommand.h"
#include "MoveToDestinationCommand.h"
#include "ParsedCommandLine.h"
#include "ReplayCommand.h"
#include "StatusCommand.h"
#include "TestEndpointCommand.h"
#include "TokenCommand.h"
#include "VerifyCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {
QStringList argumentList(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString helpFor(const QString& command)
{
    if (const CommandSpec* spec = CommandCatalog::find(command))
        return spec->help;
    const QStringList subcommands = CommandCatalog::subcommands(command);
    if (!subcommands.isEmpty()) {
        QString text = QStringLiteral("Usage: %1 %2 %3 [OPTIONS]\n\n")
                           .arg(CommandCatalog::programName(), command, subcommands.join(QLatin1Char('|')));
        for (const CommandSpec& spec : CommandCatalog::commands()) {
            if (spec.name.startsWith(command + QLatin1Char(' ')))
                text += QStringLiteral("  %1%2\n").arg(spec.name.leftJustified(22), spec.summary);
        }
        return text
            + QStringLiteral("\nRun `%1 %2 %3 --help` (and so on) for details.\n")
                  .arg(CommandCatalog::programName(), command, subcommands.constFirst());
    }
    return CommandCatalog::globalHelp();
}

Command* createCommand(const QString& name, CommandContext& context)
{
    if (name == QLatin1String("get"))
        return new GetCommand(context, &context);
    if (name == QLatin1String("apply") && MultiApplyCommand::wanted(context.commandLine()))
        return new MultiApplyCommand(context, &context);
    if (name == QLatin1String("apply"))
        return new ApplyCommand(context, &context);
    if (name == QLatin1String("status"))
        return new StatusCommand(context, &context);
    if (name == QLatin1String("replay"))
        return new ReplayCommand(context, &context);
    if (name == QLatin1String("logs") && context.commandLine().isSet(QStringLiteral("compare")))
        return new LogsCompareCommand(context, &context);
    if (name == QLatin1String("logs"))
        return new LogsCommand(context, &context);
    if (name == QLatin1String("fleet"))
        return new FleetCommand(context, &context);
    if (name == QLatin1String("jwks"))
        return new JwksCommand(context, &context);
    if (name == QLatin1String("token set"))
        return new TokenCommand(TokenCommand::Action::Set, context, &context);
    if (name == QLatin1String("token status"))
        return new TokenCommand(TokenCommand::Action::Status, context, &context);
    if (name == QLatin1String("token delete"))
        return new TokenCommand(TokenCommand::Action::Delete, context, &context);
    if (name == QLatin1String("destinations list"))
        return new DestinationListCommand(DestinationListCommand::Mode::List, context, &context);
    if (name == QLatin1String("destinations show"))
        return new DestinationListCommand(DestinationListCommand::Mode::Show, context, &context);
    if (name == QLatin1String("destinations create"))
        return new DestinationWriteCommand(DestinationWriteCommand::Mode::Create, context, &context);
    if (name == QLatin1String("destinations update"))
        return new DestinationWriteCommand(DestinationWriteCommand::Mode::Update, context, &context);
    if (name == QLatin1String("destinations delete"))
        return new DestinationDeleteCommand(context, &context);
    if (name == QLatin1String("move-to-destination"))
        return new MoveToDestinationCommand(context, &context);
    if (name == QLatin1String("emulator"))
        return new EmulatorCommand(context, &context);
    if (name == QLatin1String("test-endpoint"))
        return new TestEndpointCommand(context, &context);
    if (name == QLatin1String("verify"))
        return new VerifyCommand(context, context.commandLine().arguments(), &context);
    return nullptr;
}
} // namespace

bool CommandLineApp::wantsHeadless(int argc, char* argv[])
{
    const QStringList arguments = argumentList(argc, argv);
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version"))
            return true;
    }
    bool afterUnknownOption = false;
    const QString word = ParsedCommandLine::firstWord(arguments, &afterUnknownOption);
    if (word.isEmpty())
        return false;
    // A word right after an option we do not know may be that option's value (e.g. Qt's `-platform offscreen`):
    // leave such command lines to the window unless the word is one of our commands.
    return CommandCatalog::commandWords().contains(word) || !afterUnknownOption;
}

int CommandLineApp::run(int argc, char* argv[])
{
    // The libraries' debug and info logging is for developers; --verbose is the user's view. QT_LOGGING_RULES
    // still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("kaw.*.debug=false\nkaw.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("konnect-audit-webhook"));
    QCoreApplication::setOrganizationName(QStringLiteral("konnect-audit-webhook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAW_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const ParsedCommandLine commandLine = ParsedCommandLine::parse(arguments);
    if (commandLine.versionRequested()) {
        print(stdout, CommandCatalog::versionText());
        return 0;
    }
    if (commandLine.helpRequested()
        && (commandLine.error().isEmpty() || !CommandCatalog::subcommands(commandLine.command()).isEmpty())) {
        print(stdout, helpFor(commandLine.command()));
        return 0;
    }

    const bool json = arguments.contains(QStringLiteral("--json"));
    const OutputPrinter printer(json);
    if (!commandLine.error().isEmpty()) {
        printer.error(commandLine.error(), {}, 2);
        return 2;
    }
    if (commandLine.command().isEmpty()) {
        printer.error(
            QStringLiteral("No command given. Run `%1 --help` to see the commands.").arg(CommandCatalog::programName()),
            {}, 2);
        return 2;
    }

    auto* context = new CommandContext(commandLine, &app);
    Command* command = createCommand(commandLine.command(), *context);
    QObject::connect(command, &Command::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    // From the event loop, so that a command that ends at once still reaches exit() while exec() runs.
    QTimer::singleShot(0, command, &Command::start);
    const int exitCode = app.exec();
    delete context;
    return exitCode;
}
