#include "MultiApplyCommand.h"

#include "CommandCatalog.h"
#include "CommandContext.h"
#include "FleetScan.h"
#include "MultiScopeChange.h"
#include "ProfileSelection.h"
#include "ProfileStore.h"
#include "SecretRedactor.h"
#include "TerminalText.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace {
const QString kProfile = QStringLiteral("profile");
const QString kAllRegions = QStringLiteral("all-regions");
const QString kAllPortals = QStringLiteral("all-portals");
const QString kPortal = QStringLiteral("portal");
const QString kTarget = QStringLiteral("target");
const QString kDryRun = QStringLiteral("dry-run");
const QString kDestination = QStringLiteral("destination");
const QString kEnable = QStringLiteral("enable");
const QString kDisable = QStringLiteral("disable");

QString shellQuoted(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@=+-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Columns padded to their widest cell, for a terminal.
QString table(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths.at(i), int(row.at(i).size()));
        }
    }
    QStringList lines;
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        lines.append(line.trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

QString stateKey(MultiScopeOutcome::State state)
{
    switch (state) {
    case MultiScopeOutcome::State::Pending:
        return QStringLiteral("pending");
    case MultiScopeOutcome::State::Changed:
        return QStringLiteral("changed");
    case MultiScopeOutcome::State::Unchanged:
        return QStringLiteral("unchanged");
    case MultiScopeOutcome::State::Failed:
        return QStringLiteral("failed");
    case MultiScopeOutcome::State::HalfDone:
        return QStringLiteral("half_done");
    }
    return {};
}
} // namespace

bool MultiApplyCommand::wanted(const ParsedCommandLine& commandLine)
{
    return commandLine.values(kProfile).size() > 1 || commandLine.values(kPortal).size() > 1
        || commandLine.isSet(kAllRegions) || commandLine.isSet(kAllPortals) || commandLine.isSet(kTarget)
        || commandLine.isSet(kDryRun);
}

FieldErrors MultiApplyCommand::check()
{
    const ParsedCommandLine& commandLine = m_context.commandLine();
    FieldErrors errors;
    m_dryRun = commandLine.isSet(kDryRun);

    m_siem = SiemOptions::check(commandLine, m_context.options().tokenStdin, &errors);
    if (m_siem.authorizationFromEnv)
        m_edit.authorization = *m_siem.authorizationFromEnv;
    for (const QString& inlineOnly :
         {SiemOptions::endpointOption, SiemOptions::logFormatOption, SiemOptions::skipSslOption}) {
        if (commandLine.isSet(inlineOnly))
            errors.append({QStringLiteral("--") + inlineOnly,
                           QStringLiteral("Not for many targets: a change over many scopes points them at a "
                                          "destination (--destination), rotates the authorization, or enables or "
                                          "disables them. Change one scope's inline webhook with a single "
                                          "`apply`, or a destination's settings with `destinations update`.")});
    }
    if (commandLine.isSet(QStringLiteral("unbind")))
        errors.append({QStringLiteral("--unbind"),
                       QStringLiteral("Not for many targets: unbind one scope at a time with a single `apply "
                                      "--unbind`.")});
    if (m_context.options().tokenStdin)
        errors.append({QStringLiteral("--token-stdin"),
                       QStringLiteral("A change over many targets reads each profile's token from the keychain: "
                                      "store them with `token set --profile P`.")});
    if (commandLine.isSet(kEnable) && commandLine.isSet(kDisable))
        errors.append({QStringLiteral("--enable"), QStringLiteral("Give either --enable or --disable, not both.")});
    else if (commandLine.isSet(kEnable) || commandLine.isSet(kDisable))
        m_edit.enabled = commandLine.isSet(kEnable);
    if (commandLine.isSet(kDestination))
        m_edit.destination = commandLine.value(kDestination).trimmed();
    if (m_edit.destination && m_siem.givesAuthorization())
        errors.append({QStringLiteral("--destination"),
                       QStringLiteral("Give either --destination or a new authorization, not both: a destination's "
                                      "authorization changes with the destination itself.")});
    else if (m_edit.destination && m_edit.destination->isEmpty())
        errors.append({QStringLiteral("--destination"),
                       QStringLiteral("Is empty: give the name or id of an audit log destination (see "
                                      "`destinations list`).")});
    if (!m_edit.destination && !m_siem.givesAuthorization() && !m_edit.enabled && errors.isEmpty())
        errors.append({QStringLiteral("apply"),
                       QStringLiteral("Nothing to apply: give --destination NAME|ID, a new authorization "
                                      "(--authorization-env VAR or --authorization-stdin), --enable or --disable.")});

    const QStringList portals = commandLine.values(kPortal);
    const bool allPortals = commandLine.isSet(kAllPortals);
    if (allPortals && !portals.isEmpty())
        errors.append({QStringLiteral("--portal"),
                       QStringLiteral("Give either --portal NAME|ID (those Dev Portals) or --all-portals (the "
                                      "organization and every Dev Portal), not both.")});

    const QStringList targetTexts = commandLine.values(kTarget);
    QStringList profileNames = commandLine.values(kProfile);
    MultiScopeTargets explicitTargets;
    for (const QString& text : targetTexts) {
        QString problem;
        if (const auto target = MultiScopeTarget::parse(text, &problem)) {
            explicitTargets.append(*target);
            if (!profileNames.contains(target->profile))
                profileNames.append(target->profile);
        } else {
            errors.append({QStringLiteral("--target"), problem});
        }
    }
    if (!targetTexts.isEmpty() && (commandLine.isSet(kAllRegions) || allPortals || !portals.isEmpty()))
        errors.append({QStringLiteral("--target"),
                       QStringLiteral("--target names each scope itself: leave out --all-regions, --portal and "
                                      "--all-portals.")});

    m_profiles = ProfileSelection::resolve(m_context, profileNames, &errors);
    if (!explicitTargets.isEmpty()) {
        m_targets = explicitTargets;
        return errors;
    }
    for (const Profile& profile : std::as_const(m_profiles)) {
        for (const QString& region : FleetScan::regionsOf(profile, commandLine.isSet(kAllRegions))) {
            if (portals.isEmpty())
                m_targets.append({profile.name, Scope::organization(region)});
            if (allPortals)
                m_targets.append({profile.name, Scope::portal(region, MultiScopeTarget::allPortals)});
            for (const QString& portal : portals)
                m_targets.append({profile.name, Scope::portal(region, portal)});
        }
    }
    return errors;
}

void MultiApplyCommand::run()
{
    const FieldErrors errors = check();
    if (!errors.isEmpty())
        return failInput(errors);
    std::optional<QString> fromStdin;
    if (const FieldErrors secretErrors = m_siem.readStdinAuthorization(&fromStdin); !secretErrors.isEmpty())
        return failInput(secretErrors);
    if (fromStdin)
        m_edit.authorization = fromStdin;

    m_network = new QNetworkAccessManager(this);
    // The Bearer token must never follow a redirect to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_change = new MultiScopeChange(m_network, m_context.clock(), &m_context.tokenStore(), this);
    connect(m_change, &MultiScopeChange::planReady, this, &MultiApplyCommand::onPlan);
    connect(m_change, &MultiScopeChange::applied, this, &MultiApplyCommand::onApplied);
    connect(m_change, &MultiScopeChange::updateMethodLearned, this,
            [this](const QString& profile, KonnectClient::UpdateMethod method) {
                m_context.profiles().setUpdateMethod(profile,
                                                     method == KonnectClient::UpdateMethod::Patch
                                                         ? Profile::UpdateMethod::Patch
                                                         : Profile::UpdateMethod::Put);
            });
    if (!m_context.out().isJson()) {
        connect(m_change, &MultiScopeChange::targetFinished, this, [this](const MultiScopeOutcome& outcome) {
            if (outcome.state == MultiScopeOutcome::State::Unchanged)
                return;
            m_context.out().line(
                QStringLiteral("  %1: %2")
                    .arg(outcome.target.text(), SecretRedactor::redact(TerminalText::escapeControls(outcome.message))));
        });
    }
    m_change->plan(m_profiles, m_targets, m_edit);
}

void MultiApplyCommand::onPlan()
{
    bool unread = false;
    for (const MultiScopePlanItem& item : m_change->items())
        unread = unread || item.state == MultiScopePlanItem::State::Unread;
    if (m_context.out().isJson() && (m_dryRun || m_change->changeCount() == 0)) {
        m_context.out().json(planJson());
        return finish(unread ? someFailedExitCode : 0);
    }
    printPlan();
    if (m_dryRun) {
        m_context.out().line(QStringLiteral("Dry run: nothing was sent but reads."));
        return finish(unread ? someFailedExitCode : 0);
    }
    if (m_change->changeCount() == 0) {
        m_context.out().line(QStringLiteral("Nothing to change on any target."));
        if (unread)
            m_context.out().line(QStringLiteral("Retry the ones not read:\n  %1").arg(retryCommand()));
        return finish(unread ? someFailedExitCode : 0);
    }
    confirm(QStringLiteral("Apply this to %1 target(s)?").arg(m_change->changeCount()), [this] {
        if (!m_context.out().isJson())
            m_context.out().line(
                QStringLiteral("\nApplying to %1 target(s) at the same time:").arg(m_change->changeCount()));
        m_change->apply();
    });
}

void MultiApplyCommand::printPlan()
{
    const OutputPrinter& out = m_context.out();
    out.line(QStringLiteral("Plan: %1 (%2 target(s) read)").arg(m_edit.describe()).arg(m_change->items().size()));
    const QList<MultiScopeDiffLine> diff = m_change->diff();
    if (!diff.isEmpty()) {
        QList<QStringList> rows {
            {QStringLiteral("SCOPE"), QStringLiteral("FIELD"), QStringLiteral("CURRENT"), QStringLiteral("NEW")}};
        for (const MultiScopeDiffLine& line : diff)
            rows.append({TerminalText::escapeControls(line.scope), line.field,
                         TerminalText::escapeControls(line.current), TerminalText::escapeControls(line.desired)});
        out.line(SecretRedactor::redact(table(rows)));
        for (const MultiScopeDiffLine& line : diff) {
            if (!line.note.isEmpty())
                out.line(SecretRedactor::redact(
                    TerminalText::escapeControls(line.scope + QStringLiteral(": ") + line.note)));
        }
    }
    QStringList skipped;
    for (const MultiScopePlanItem& item : m_change->items()) {
        if (item.state != MultiScopePlanItem::State::Change)
            skipped.append(QStringLiteral("  %1: %2").arg(item.target.text(), item.reason));
    }
    if (!skipped.isEmpty())
        out.line(SecretRedactor::redact(TerminalText::escapeControlsKeepingLines(
            QStringLiteral("Not part of the change:\n") + skipped.join('\n'))));
}

void MultiApplyCommand::onApplied()
{
    const QList<MultiScopeOutcome>& outcomes = m_change->outcomes();
    const bool failed = !m_change->retryTargets().isEmpty();
    if (m_context.out().isJson()) {
        QJsonObject out = planJson();
        QJsonArray results;
        for (const MultiScopeOutcome& outcome : outcomes)
            results.append(QJsonObject {{QStringLiteral("target"), outcome.target.key()},
                                        {QStringLiteral("scope"), outcome.target.text()},
                                        {QStringLiteral("result"), stateKey(outcome.state)},
                                        {QStringLiteral("message"), SecretRedactor::redact(outcome.message)},
                                        {QStringLiteral("outcome_unknown"), outcome.outcomeUnknown}});
        out.insert(QStringLiteral("results"), results);
        if (failed)
            out.insert(QStringLiteral("retry"), retryCommand());
        m_context.out().json(out);
        return finish(failed ? someFailedExitCode : 0);
    }
    QStringList changed;
    QStringList notDone; // failed or half done: what the retry takes
    QStringList notChanged; // nothing to change, or the change does not fit the scope
    for (const MultiScopeOutcome& outcome : outcomes) {
        const QString line
            = QStringLiteral("  %1 (%2): %3")
                  .arg(outcome.target.text(), stateKey(outcome.state).replace('_', ' '), outcome.message);
        if (outcome.state == MultiScopeOutcome::State::Changed)
            changed.append(outcome.target.text());
        else if (outcome.needsRetry())
            notDone.append(line);
        else
            notChanged.append(line);
    }
    QStringList lines {QStringLiteral("\nSummary: %1 changed, %2 failed, %3 not changed.")
                           .arg(changed.size())
                           .arg(notDone.size())
                           .arg(notChanged.size())};
    if (!changed.isEmpty())
        lines.append(QStringLiteral("Changed:\n  %1").arg(changed.join(QStringLiteral("\n  "))));
    if (!notDone.isEmpty())
        lines.append(QStringLiteral("Failed:\n") + notDone.join(QLatin1Char('\n')));
    if (!notChanged.isEmpty())
        lines.append(QStringLiteral("Not changed (nothing to change, or the change does not fit):\n")
                     + notChanged.join(QLatin1Char('\n')));
    if (failed)
        lines.append(QStringLiteral("Retry only the failed ones:\n  %1").arg(retryCommand()));
    m_context.out().line(SecretRedactor::redact(TerminalText::escapeControlsKeepingLines(lines.join('\n'))));
    finish(failed ? someFailedExitCode : 0);
}

QString MultiApplyCommand::retryCommand() const
{
    QStringList words {CommandCatalog::programName(), QStringLiteral("apply")};
    for (const MultiScopeTarget& target : m_change->retryTargets())
        words << QStringLiteral("--target") << shellQuoted(target.key());
    if (m_edit.destination)
        words << QStringLiteral("--destination") << shellQuoted(*m_edit.destination);
    if (m_siem.authorizationFromEnv)
        words << QStringLiteral("--authorization-env") << shellQuoted(m_siem.authorizationEnvName);
    if (m_siem.authorizationFromStdin)
        words << QStringLiteral("--authorization-stdin");
    if (m_edit.enabled)
        words << (*m_edit.enabled ? QStringLiteral("--enable") : QStringLiteral("--disable"));
    if (const auto& region = m_context.options().region)
        words << QStringLiteral("--region") << shellQuoted(*region);
    if (const auto& baseUrl = m_context.options().baseUrl)
        words << QStringLiteral("--base-url") << shellQuoted(*baseUrl);
    words << QStringLiteral("--yes");
    return words.join(QLatin1Char(' '));
}

QJsonObject MultiApplyCommand::planJson() const
{
    QJsonArray diff;
    for (const MultiScopeDiffLine& line : m_change->diff())
        diff.append(QJsonObject {{QStringLiteral("scope"), line.scope},
                                 {QStringLiteral("field"), line.field},
                                 {QStringLiteral("current"), line.current},
                                 {QStringLiteral("new"), line.desired},
                                 {QStringLiteral("note"), line.note}});
    QJsonArray skipped;
    for (const MultiScopePlanItem& item : m_change->items()) {
        if (item.state != MultiScopePlanItem::State::Change)
            skipped.append(QJsonObject {{QStringLiteral("target"), item.target.key()},
                                        {QStringLiteral("scope"), item.target.text()},
                                        {QStringLiteral("read"), item.state != MultiScopePlanItem::State::Unread},
                                        {QStringLiteral("reason"), item.reason}});
    }
    return {{QStringLiteral("dry_run"), m_dryRun},
            {QStringLiteral("targets"), int(m_change->items().size())},
            {QStringLiteral("changes"), m_change->changeCount()},
            {QStringLiteral("plan"), diff},
            {QStringLiteral("not_part_of_the_change"), skipped}};
}
