#include "MultiScopeChangeDialog.h"

#include "FleetScan.h"
#include "MessageBox.h"
#include "MultiScopeChange.h"
#include "SecretRedactor.h"
#include "WrappingItemDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kTargetRole = Qt::UserRole;

QTableWidget* wrappingTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    // Every value shows in full: long cells wrap inside their column, rows grow, nothing scrolls sideways.
    table->setItemDelegate(new WrappingItemDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    return table;
}

QString resultText(const MultiScopeOutcome& outcome)
{
    switch (outcome.state) {
    case MultiScopeOutcome::State::Pending:
        return MultiScopeChangeDialog::tr("Sending…");
    case MultiScopeOutcome::State::Changed:
        return MultiScopeChangeDialog::tr("Changed");
    case MultiScopeOutcome::State::Unchanged:
        return MultiScopeChangeDialog::tr("Not changed");
    case MultiScopeOutcome::State::Failed:
        return MultiScopeChangeDialog::tr("Failed");
    case MultiScopeOutcome::State::HalfDone:
        return MultiScopeChangeDialog::tr("Half done");
    }
    return {};
}
} // namespace

MultiScopeChangeDialog::MultiScopeChangeDialog(QNetworkAccessManager* network, Clock* clock, TokenStore* tokens,
                                               const QList<Profile>& profiles, QWidget* parent)
    : QDialog(parent)
    , m_network(network)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("MultiScopeChangeDialog"));
    setWindowTitle(tr("Change many scopes"));
    auto* layout = new QVBoxLayout(this);

    layout->addWidget(new QLabel(tr("Scopes to change (every profile's regions and Dev Portals):"), this));
    m_targetList = new QListWidget(this);
    m_targetList->setObjectName(QStringLiteral("targetList"));
    layout->addWidget(m_targetList);

    auto* form = new QFormLayout;
    m_changeCombo = new QComboBox(this);
    m_changeCombo->setObjectName(QStringLiteral("changeCombo"));
    m_changeCombo->addItem(tr("Point at another destination"), int(Change::Destination));
    m_changeCombo->addItem(tr("Rotate the SIEM authorization"), int(Change::Authorization));
    m_changeCombo->addItem(tr("Enable deliveries"), int(Change::Enable));
    m_changeCombo->addItem(tr("Disable deliveries"), int(Change::Disable));
    form->addRow(tr("C&hange:"), m_changeCombo);
    m_destinationEdit = new QLineEdit(this);
    m_destinationEdit->setObjectName(QStringLiteral("destinationEdit"));
    m_destinationEdit->setPlaceholderText(tr("name or id, looked up in each profile's organization"));
    form->addRow(tr("&Destination:"), m_destinationEdit);
    m_authorizationEdit = new QLineEdit(this);
    m_authorizationEdit->setObjectName(QStringLiteral("authorizationEdit"));
    m_authorizationEdit->setEchoMode(QLineEdit::Password);
    m_authorizationEdit->setPlaceholderText(tr("e.g. Splunk <HEC token>; never shown"));
    form->addRow(tr("New &authorization:"), m_authorizationEdit);
    m_alsoEnableCheck = new QCheckBox(tr("Also &enable deliveries"), this);
    m_alsoEnableCheck->setObjectName(QStringLiteral("alsoEnableCheck"));
    form->addRow(QString(), m_alsoEnableCheck);
    layout->addLayout(form);

    m_planButton = new QPushButton(tr("Show the &plan"), this);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    layout->addWidget(m_planButton);
    m_planTable
        = wrappingTable({tr("Scope"), tr("Field"), tr("Current"), tr("New")}, QStringLiteral("planTable"), this);
    layout->addWidget(m_planTable);
    m_skippedLabel = new QLabel(this);
    m_skippedLabel->setObjectName(QStringLiteral("skippedLabel"));
    m_skippedLabel->setWordWrap(true);
    m_skippedLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_skippedLabel);

    m_resultTable
        = wrappingTable({tr("Scope"), tr("Result"), tr("What happened")}, QStringLiteral("resultTable"), this);
    layout->addWidget(m_resultTable);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = buttons->addButton(tr("&Apply…"), QDialogButtonBox::ActionRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_retryButton = buttons->addButton(tr("&Retry failed"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_change = new MultiScopeChange(m_network, m_clock, m_tokens, this);
    connect(m_change, &MultiScopeChange::planReady, this, &MultiScopeChangeDialog::onPlan);
    connect(m_change, &MultiScopeChange::targetFinished, this, &MultiScopeChangeDialog::onOutcome);
    connect(m_change, &MultiScopeChange::applied, this, &MultiScopeChangeDialog::onApplied);
    connect(m_changeCombo, &QComboBox::currentIndexChanged, this, &MultiScopeChangeDialog::updateInputs);
    connect(m_planButton, &QPushButton::clicked, this, &MultiScopeChangeDialog::showPlan);
    connect(m_applyButton, &QPushButton::clicked, this, &MultiScopeChangeDialog::confirmAndApply);
    connect(m_retryButton, &QPushButton::clicked, this, &MultiScopeChangeDialog::retryFailed);
    // A different choice makes the plan shown stale.
    for (QLineEdit* edit : {m_destinationEdit, m_authorizationEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_applyButton->setEnabled(false); });
    connect(m_targetList, &QListWidget::itemChanged, this, [this] { m_applyButton->setEnabled(false); });
    m_applyButton->setEnabled(false);
    m_retryButton->setEnabled(false);
    updateInputs();
    resize(900, 700);
    loadFleet();
}

void MultiScopeChangeDialog::loadFleet()
{
    if (!m_network || m_profiles.isEmpty())
        return;
    m_statusLabel->setText(tr("Reading the fleet's scopes…"));
    FleetScan::Settings settings;
    settings.profiles = m_profiles;
    settings.allRegions = true;
    FleetScan* scan = FleetScan::start(m_network, m_clock, m_tokens, settings, this);
    connect(scan, &FleetScan::rowReady, this, [this](const FleetRow& row) {
        if (row.scope.portalId() != MultiScopeTarget::allPortals)
            addTarget({row.profile, row.scope}, false);
    });
    connect(scan, &FleetScan::finished, this, [this] { m_statusLabel->clear(); });
}

void MultiScopeChangeDialog::addTarget(const MultiScopeTarget& target, bool checked)
{
    for (int i = 0; i < m_targetList->count(); ++i) {
        QListWidgetItem* item = m_targetList->item(i);
        if (item->data(kTargetRole).toString() == target.key()) {
            if (checked)
                item->setCheckState(Qt::Checked);
            return;
        }
    }
    auto* item = new QListWidgetItem(target.text(), m_targetList);
    item->setData(kTargetRole, target.key());
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void MultiScopeChangeDialog::preselect(const MultiScopeTargets& targets)
{
    for (int i = 0; i < m_targetList->count(); ++i)
        m_targetList->item(i)->setCheckState(Qt::Unchecked);
    for (const MultiScopeTarget& target : targets)
        addTarget(target, true);
}

MultiScopeTargets MultiScopeChangeDialog::checkedTargets() const
{
    MultiScopeTargets targets;
    for (int i = 0; i < m_targetList->count(); ++i) {
        const QListWidgetItem* item = m_targetList->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (auto target = MultiScopeTarget::parse(item->data(kTargetRole).toString(), nullptr)) {
            if (target->scope.isPortal()) // the name people read, kept with the id
                target->scope = Scope::portal(target->scope.region(), target->scope.portalId(),
                                              item->text().section(QLatin1Char('/'), 2));
            targets.append(*target);
        }
    }
    return targets;
}

void MultiScopeChangeDialog::updateInputs()
{
    const auto change = Change(m_changeCombo->currentData().toInt());
    m_destinationEdit->setEnabled(change == Change::Destination);
    m_authorizationEdit->setEnabled(change == Change::Authorization);
    m_alsoEnableCheck->setEnabled(change == Change::Destination || change == Change::Authorization);
    m_applyButton->setEnabled(false);
}

void MultiScopeChangeDialog::showPlan()
{
    if (m_change->isBusy())
        return;
    MultiScopeEdit edit;
    switch (Change(m_changeCombo->currentData().toInt())) {
    case Change::Destination:
        edit.destination = m_destinationEdit->text().trimmed();
        break;
    case Change::Authorization:
        edit.authorization = m_authorizationEdit->text();
        break;
    case Change::Enable:
        edit.enabled = true;
        break;
    case Change::Disable:
        edit.enabled = false;
        break;
    }
    if (m_alsoEnableCheck->isEnabled() && m_alsoEnableCheck->isChecked())
        edit.enabled = true;
    const MultiScopeTargets targets = checkedTargets();
    QString problem = edit.problem();
    if (problem.isEmpty() && targets.isEmpty())
        problem = tr("Tick at least one scope.");
    if (!problem.isEmpty()) {
        m_statusLabel->setText(problem);
        return;
    }
    m_applyAfterPlan = false;
    m_planButton->setEnabled(false);
    m_applyButton->setEnabled(false);
    m_statusLabel->setText(tr("Reading %n scope(s)…", nullptr, int(targets.size())));
    m_change->plan(m_profiles, targets, edit);
}

void MultiScopeChangeDialog::onPlan()
{
    m_planButton->setEnabled(true);
    const QList<MultiScopeDiffLine> diff = m_change->diff();
    m_planTable->setRowCount(int(diff.size()));
    for (int row = 0; row < diff.size(); ++row) {
        const MultiScopeDiffLine& line = diff.at(row);
        const QString scope = line.note.isEmpty() ? line.scope : line.scope + QStringLiteral("\n") + line.note;
        const QStringList cells {scope, line.field, line.current, line.desired};
        for (int column = 0; column < cells.size(); ++column)
            m_planTable->setItem(row, column, new QTableWidgetItem(SecretRedactor::redact(cells.at(column))));
    }
    QStringList skipped;
    for (const MultiScopePlanItem& item : m_change->items()) {
        if (item.state != MultiScopePlanItem::State::Change)
            skipped.append(tr("%1: %2").arg(item.target.text(), item.reason));
    }
    m_skippedLabel->setText(skipped.isEmpty() ? QString()
                                              : SecretRedactor::redact(tr("Not part of the change:") + QLatin1Char('\n')
                                                                       + skipped.join(QLatin1Char('\n'))));
    if (m_applyAfterPlan) {
        m_applyAfterPlan = false;
        if (m_change->changeCount() > 0) {
            m_statusLabel->setText(tr("Applying to %n scope(s) at the same time…", nullptr, m_change->changeCount()));
            m_change->apply();
        } else {
            onApplied();
        }
        return;
    }
    m_applyButton->setEnabled(m_change->changeCount() > 0);
    m_statusLabel->setText(m_change->changeCount() > 0
                               ? tr("%n scope(s) to change. Nothing was sent yet.", nullptr, m_change->changeCount())
                               : tr("Nothing to change on the ticked scopes."));
}

void MultiScopeChangeDialog::confirmAndApply()
{
    if (m_change->isBusy() || m_change->changeCount() == 0)
        return;
    MessageBox::ask(this, tr("Change many scopes"),
                    tr("Apply this change to %n scope(s)? Each is sent at once; a failure stops only its own scope.",
                       nullptr, m_change->changeCount()),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, [this](MessageBox::Button answer) {
                        if (answer != QMessageBox::Yes)
                            return;
                        m_applyButton->setEnabled(false);
                        m_retryButton->setEnabled(false);
                        m_planButton->setEnabled(false);
                        m_statusLabel->setText(
                            tr("Applying to %n scope(s) at the same time…", nullptr, m_change->changeCount()));
                        m_change->apply();
                    });
}

void MultiScopeChangeDialog::onOutcome(const MultiScopeOutcome& outcome)
{
    int row = 0;
    for (; row < m_resultTable->rowCount(); ++row) {
        if (m_resultTable->item(row, 0)->data(kTargetRole).toString() == outcome.target.key())
            break;
    }
    if (row == m_resultTable->rowCount()) {
        m_resultTable->insertRow(row);
        auto* scope = new QTableWidgetItem(outcome.target.text());
        scope->setData(kTargetRole, outcome.target.key());
        m_resultTable->setItem(row, 0, scope);
    }
    m_resultTable->setItem(row, 1, new QTableWidgetItem(resultText(outcome)));
    m_resultTable->setItem(row, 2, new QTableWidgetItem(SecretRedactor::redact(outcome.message)));
}

void MultiScopeChangeDialog::onApplied()
{
    m_planButton->setEnabled(true);
    int changed = 0;
    for (const MultiScopeOutcome& outcome : m_change->outcomes())
        changed += outcome.state == MultiScopeOutcome::State::Changed ? 1 : 0;
    const int failed = int(m_change->retryTargets().size());
    m_retryButton->setEnabled(failed > 0);
    m_statusLabel->setText(
        failed > 0
            ? tr("%1 changed, %2 failed: \"Retry failed\" reads and applies only those.").arg(changed).arg(failed)
            : tr("%1 changed; nothing failed.").arg(changed));
}

void MultiScopeChangeDialog::retryFailed()
{
    const MultiScopeTargets failed = m_change->retryTargets();
    if (failed.isEmpty() || m_change->isBusy())
        return;
    m_retryButton->setEnabled(false);
    m_planButton->setEnabled(false);
    m_applyAfterPlan = true; // confirmed already: the same change, on the ones that did not take it
    m_statusLabel->setText(tr("Reading %n failed scope(s) again…", nullptr, int(failed.size())));
    m_change->plan(m_profiles, failed, m_change->edit());
}
