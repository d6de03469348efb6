#include "OverviewPage.h"

#include "FleetWatch.h"
#include "OverviewModel.h"
#include "ProfileStore.h"
#include "VerdictLook.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new OverviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_allRegionsCheck(new QCheckBox(tr("&All regions"), this))
    , m_intervalSpin(new QSpinBox(this))
    , m_changeSelectedButton(new QPushButton(tr("&Change selected scopes…"), this))
    , m_refreshAction(new QAction(tr("Refresh the &overview"), this))
    , m_changeSelectedAction(new QAction(tr("&Change selected scopes…"), this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setAccessibleName(tr("Every profile, region and Dev Portal with its verdict"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::VerdictColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a row (or press Enter) to open that webhook on the Configure tab."));
    connect(m_table, &QTableView::activated, this, &OverviewPage::onActivated);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &OverviewPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewPage::updateSelectionActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OverviewPage::updateSelectionActions);

    m_summary->setObjectName(QStringLiteral("overviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshButton->setObjectName(QStringLiteral("refreshOverviewButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the overview"));
    m_refreshAction->setObjectName(QStringLiteral("refreshOverviewAction"));
    connect(m_refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_refreshAction, &QAction::triggered, this, &OverviewPage::refresh);

    m_allRegionsCheck->setObjectName(QStringLiteral("overviewAllRegionsCheckBox"));
    m_allRegionsCheck->setToolTip(tr("Check all seven Konnect regions of every profile, not only the region it "
                                     "uses (like fleet --all-regions). A custom base URL that names no region "
                                     "serves only its own."));
    connect(m_allRegionsCheck, &QCheckBox::toggled, this, &OverviewPage::setAllRegions);

    auto* intervalLabel = new QLabel(tr("Watch &every"), this);
    intervalLabel->setBuddy(m_intervalSpin);
    m_intervalSpin->setObjectName(QStringLiteral("watchIntervalSpinBox"));
    m_intervalSpin->setAccessibleName(tr("Minutes between two checks of the background watch"));
    m_intervalSpin->setRange(1, 24 * 60);
    m_intervalSpin->setSuffix(tr(" min"));
    m_intervalSpin->setValue(int(FleetWatch::defaultIntervalMs / 60000));
    // One change when the user is done typing, not one per digit.
    m_intervalSpin->setKeyboardTracking(false);
    m_intervalSpin->setToolTip(tr("How often the background watch checks every profile, region and Dev Portal."));
    connect(m_intervalSpin, &QSpinBox::valueChanged, this, &OverviewPage::setIntervalMinutes);

    m_changeSelectedButton->setObjectName(QStringLiteral("changeSelectedScopesButton"));
    m_changeSelectedButton->setAccessibleName(tr("Change the selected scopes together"));
    m_changeSelectedAction->setObjectName(QStringLiteral("changeSelectedScopesAction"));
    const QString changeTip = tr("One change (destination, SIEM authorization, on or off) for every selected row, "
                                 "planned and confirmed in the many-scopes dialog.");
    m_changeSelectedButton->setToolTip(changeTip);
    m_changeSelectedAction->setToolTip(changeTip);
    auto requestChange = [this] {
        const MultiScopeTargets targets = selectedTargets();
        if (!targets.isEmpty())
            emit changeScopesRequested(targets);
    };
    connect(m_changeSelectedButton, &QPushButton::clicked, this, requestChange);
    connect(m_changeSelectedAction, &QAction::triggered, this, requestChange);
    updateSelectionActions();

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refreshButton);
    auto* options = new QHBoxLayout;
    options->addWidget(m_allRegionsCheck);
    options->addSpacing(12);
    options->addWidget(intervalLabel);
    options->addWidget(m_intervalSpin);
    options->addStretch(1);
    options->addWidget(m_changeSelectedButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);
    m_summary->setText(tr("Not checked yet."));
}

OverviewPage::~OverviewPage()
{
    // The watch is a child and outlives this destructor's body; it must not call back into a page half torn down.
    if (m_watch)
        m_watch->disconnect(this);
}

void OverviewPage::setUp(Clock* clock, TokenStore* tokens, ProfileStore* profiles)
{
    m_profiles = profiles;
    setUpWatch(clock, tokens);
    if (profiles)
        connect(profiles, &ProfileStore::profilesChanged, this, &OverviewPage::updateProfiles);
    updateProfiles();
}

void OverviewPage::setUp(Clock* clock, TokenStore* tokens, const QList<Profile>& profiles)
{
    m_fixedProfiles = profiles;
    setUpWatch(clock, tokens);
    updateProfiles();
}

void OverviewPage::setUpWatch(Clock* clock, TokenStore* tokens)
{
    m_network = new QNetworkAccessManager(this);
    // The Bearer token must never follow a redirect to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_watch = new FleetWatch(m_network, clock, tokens, nullptr, this);
    connect(m_watch, &FleetWatch::scanStarted, this, [this] {
        m_refreshButton->setEnabled(false);
        m_refreshAction->setEnabled(false);
        m_summary->setText(tr("Checking every profile, region and Dev Portal…"));
    });
    connect(m_watch, &FleetWatch::scanFinished, this, &OverviewPage::onScanFinished);
    FleetScan::Settings settings = m_watch->settings();
    settings.allRegions = m_allRegionsCheck->isChecked();
    m_watch->setSettings(settings);
    m_watch->setIntervalMs(qint64(m_intervalSpin->value()) * 60000);
}

void OverviewPage::updateProfiles()
{
    if (!m_watch)
        return;
    FleetScan::Settings settings = m_watch->settings();
    if (m_profiles) {
        settings.profiles.clear();
        for (const QString& name : m_profiles->names())
            settings.profiles.append(m_profiles->profile(name));
    } else {
        settings.profiles = m_fixedProfiles;
    }
    m_watch->setSettings(settings);
}

void OverviewPage::setAllRegions(bool on)
{
    if (m_allRegionsCheck->isChecked() != on)
        m_allRegionsCheck->setChecked(on); // comes back here through toggled()
    if (!m_watch || m_watch->settings().allRegions == on)
        return;
    FleetScan::Settings settings = m_watch->settings();
    settings.allRegions = on;
    m_watch->setSettings(settings);
    emit allRegionsChanged(on);
    // What is shown must match the box: look again now (a scan under way has the old rows; this one follows it).
    if (m_watch->isScanning())
        connect(m_watch, &FleetWatch::scanFinished, this, &OverviewPage::refresh, Qt::SingleShotConnection);
    else if (m_scannedOnce || m_watch->hasScanned())
        refresh();
}

bool OverviewPage::allRegions() const
{
    return m_allRegionsCheck->isChecked();
}

void OverviewPage::setIntervalMinutes(int minutes)
{
    if (m_intervalSpin->value() != minutes)
        m_intervalSpin->setValue(minutes); // comes back here through valueChanged()
    if (!m_watch || m_watch->intervalMs() == qint64(m_intervalSpin->value()) * 60000)
        return;
    m_watch->setIntervalMs(qint64(m_intervalSpin->value()) * 60000);
    emit intervalChanged(m_intervalSpin->value());
}

int OverviewPage::intervalMinutes() const
{
    return m_intervalSpin->value();
}

MultiScopeTargets OverviewPage::selectedTargets() const
{
    MultiScopeTargets targets;
    QSet<QString> keys;
    for (int shown = 0; shown < m_proxy->rowCount(); ++shown) {
        if (!m_table->selectionModel()->isRowSelected(shown, {}))
            continue;
        const FleetRow& row = m_model->rowAt(sourceIndex(shown).row());
        // The "(Dev Portals)" row of a listing that failed stands for every portal of the region ("*").
        const MultiScopeTarget target {row.profile, row.scope};
        if (!keys.contains(target.key())) {
            keys.insert(target.key());
            targets.append(target);
        }
    }
    return targets;
}

void OverviewPage::updateSelectionActions()
{
    const bool any = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_changeSelectedButton->setEnabled(any);
    m_changeSelectedAction->setEnabled(any);
}

void OverviewPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    // A right-click outside the selection selects that row first, as file managers do.
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("overviewContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* open = menu->addAction(tr("&Open"), this, [this, index] {
        if (index.isValid())
            onActivated(index);
    });
    open->setEnabled(index.isValid());
    menu->addAction(m_changeSelectedAction);
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void OverviewPage::refresh()
{
    if (m_watch)
        m_watch->scanNow();
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first look fetches; after that the watch and Refresh keep it current.
    if (!m_scannedOnce && m_watch && !m_watch->hasScanned() && !m_watch->isScanning())
        refresh();
    m_scannedOnce = true;
}

void OverviewPage::onScanFinished()
{
    m_model->setRows(m_watch->rows());
    m_table->resizeColumnsToContents();
    m_refreshButton->setEnabled(true);
    m_refreshAction->setEnabled(true);
    const FleetVerdict::Level worst = m_watch->worst();
    m_summary->setText(m_watch->rows().isEmpty()
                           ? m_watch->summaryText()
                           : tr("Worst: %1. %2").arg(VerdictLook::text(worst), m_watch->summaryText()));
}

int OverviewPage::shownRowCount() const
{
    return m_proxy->rowCount();
}

QModelIndex OverviewPage::sourceIndex(int shownRow) const
{
    return m_proxy->mapToSource(m_proxy->index(shownRow, 0));
}

void OverviewPage::onActivated(const QModelIndex& index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid())
        return;
    const FleetRow& row = m_model->rowAt(source.row());
    // The "(Dev Portals)" row of a listing that failed is no scope of its own: it opens the organization.
    const Scope scope
        = row.scope.portalId() == QLatin1String("*") ? Scope::organization(row.scope.region()) : row.scope;
    emit scopeOpenRequested(row.profile, scope);
}
