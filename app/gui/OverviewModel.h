#pragma once

#include "FleetRow.h"

#include <QAbstractTableModel>

// The fleet's rows as a table for the Overview: one row per profile × region × Dev Portal, the verdict with its icon,
// word and tint. Qt::UserRole is each column's sort key (the verdict by severity, times as times).
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VerdictColumn,
        ProfileColumn,
        RegionColumn,
        ScopeColumn,
        ModelColumn,
        DestinationColumn,
        EnabledColumn,
        StatusColumn,
        LastAttemptColumn,
        LastResponseColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit OverviewModel(QObject* parent = nullptr);

    void setRows(const QList<FleetRow>& rows);
    const FleetRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const FleetRow& row, int column) const;
    QVariant sortKey(const FleetRow& row, int column) const;

    QList<FleetRow> m_rows;
};
