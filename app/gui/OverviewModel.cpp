#include "OverviewModel.h"

#include "VerdictLook.h"

#include <QLocale>

OverviewModel::OverviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OverviewModel::setRows(const QList<FleetRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverviewModel::text(const FleetRow& row, int column) const
{
    const bool read = row.observation.access == FleetObservation::Access::Read;
    const std::optional<WebhookStatus>& status = row.observation.status;
    switch (column) {
    case VerdictColumn:
        return VerdictLook::text(row.verdict.level);
    case ProfileColumn:
        return row.profile;
    case RegionColumn:
        return row.scope.region();
    case ScopeColumn:
        return row.scope.label();
    case ModelColumn:
        return row.modelText();
    case DestinationColumn:
        return read ? row.observation.destinationText() : QString();
    case EnabledColumn:
        return status ? (status->enabled ? tr("yes") : tr("no")) : QString();
    case StatusColumn:
        return status ? status->status : QString();
    case LastAttemptColumn:
        if (!status || !status->hasAttempt())
            return status ? tr("never") : QString();
        return QLocale().toString(status->lastAttemptAt.toLocalTime(), QLocale::ShortFormat);
    case LastResponseColumn:
        if (!status || !status->hasAttempt())
            return {};
        if (status->lastResponseCode == 0)
            return tr("no HTTP answer");
        return status->lastResponseMessage.isEmpty()
            ? QString::number(status->lastResponseCode)
            : QStringLiteral("%1 %2").arg(status->lastResponseCode).arg(status->lastResponseMessage);
    case ReasonColumn:
        return row.verdict.action.isEmpty() ? row.verdict.reason
                                            : row.verdict.reason + QLatin1Char(' ') + row.verdict.action;
    default:
        break;
    }
    return {};
}

QVariant OverviewModel::sortKey(const FleetRow& row, int column) const
{
    switch (column) {
    case VerdictColumn:
        return int(row.verdict.level);
    case LastAttemptColumn:
        return row.observation.status && row.observation.status->hasAttempt()
            ? QVariant(row.observation.status->lastAttemptAt)
            : QVariant(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    case LastResponseColumn:
        return row.observation.status ? row.observation.status->lastResponseCode : -1;
    case ScopeColumn:
        // The organization before its portals.
        return row.scope.isPortal() ? QStringLiteral("1") + row.scope.portalName() : QStringLiteral("0");
    default:
        break;
    }
    return text(row, column);
}

QVariant OverviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FleetRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == VerdictColumn || index.column() == ReasonColumn ? QVariant(text(row, ReasonColumn))
                                                                                 : QVariant(text(row, index.column()));
    case Qt::DecorationRole:
        return index.column() == VerdictColumn ? QVariant(VerdictLook::icon(row.verdict.level)) : QVariant();
    case Qt::BackgroundRole:
        return VerdictLook::background(row.verdict.level);
    case Qt::ForegroundRole:
        // The tints are light whatever the theme: dark text on them.
        return QColor(Qt::black);
    case Qt::AccessibleTextRole:
        return text(row, index.column());
    case Qt::UserRole:
        return sortKey(row, index.column());
    default:
        break;
    }
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case ProfileColumn:
        return tr("Profile");
    case RegionColumn:
        return tr("Region");
    case ScopeColumn:
        return tr("Webhook");
    case ModelColumn:
        return tr("Model");
    case DestinationColumn:
        return tr("Destination");
    case EnabledColumn:
        return tr("Enabled");
    case StatusColumn:
        return tr("Status");
    case LastAttemptColumn:
        return tr("Last attempt");
    case LastResponseColumn:
        return tr("Last response");
    case ReasonColumn:
        return tr("Reason and what to do");
    default:
        break;
    }
    return {};
}
