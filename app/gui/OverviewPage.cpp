#include "OverviewPage.h"

#include "FleetWatch.h"
#include "OverviewModel.h"
#include "ProfileStore.h"
#include "VerdictLook.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new OverviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_refreshAction(new QAction(tr("Refresh the &overview"), this))
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
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a row (or press Enter) to open that webhook on the Configure tab."));
    connect(m_table, &QTableView::activated, this, &OverviewPage::onActivated);

    m_summary->setObjectName(QStringLiteral("overviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshButton->setObjectName(QStringLiteral("refreshOverviewButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the overview"));
    m_refreshAction->setObjectName(QStringLiteral("refreshOverviewAction"));
    connect(m_refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_refreshAction, &QAction::triggered, this, &OverviewPage::refresh);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
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
    if (profiles)
        connect(profiles, &ProfileStore::profilesChanged, this, &OverviewPage::updateProfiles);
    updateProfiles();
}

void OverviewPage::updateProfiles()
{
    if (!m_watch || !m_profiles)
        return;
    FleetScan::Settings settings = m_watch->settings();
    settings.profiles.clear();
    for (const QString& name : m_profiles->names())
        settings.profiles.append(m_profiles->profile(name));
    m_watch->setSettings(settings);
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
