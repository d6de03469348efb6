#pragma once

#include "Scope.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class ApiResult;
class KonnectClient;

// Which webhooks point at which audit log destination: for each region asked for, the organization's webhook and
// every Dev Portal's, read concurrently. A region that cannot be read is named in problems(), never taken for
// "unused", so that nothing is deleted or changed blind. Emits finished() once, then deletes itself.
class DestinationUsageScan : public QObject
{
    Q_OBJECT
public:
    static DestinationUsageScan* start(KonnectClient* client, const QStringList& regions, QObject* parent = nullptr);

    // The scopes bound to `destinationId` (enabled or not) among the regions read.
    QList<Scope> usersOf(const QString& destinationId) const { return m_users.value(destinationId); }
    QStringList regionsRead() const { return m_regionsRead; }
    // One sentence per region or scope that could not be read.
    QStringList problems() const { return m_problems; }
    bool isComplete() const { return m_problems.isEmpty(); }

    // "organization webhook (region eu, enabled)", "Dev Portal "Partner" (region eu, disabled)".
    static QString describeUser(const Scope& scope, bool enabled);
    QStringList describeUsersOf(const QString& destinationId) const;

signals:
    void finished();

private:
    DestinationUsageScan(KonnectClient* client, QObject* parent);
    void scanRegion(const QString& region);
    void readBinding(const Scope& scope);
    void onPortals(const QString& region, const ApiResult& result);
    void started();
    void ended();

    KonnectClient* m_client;
    QHash<QString, QList<Scope>> m_users;
    QHash<QString, bool> m_enabled; // by Scope::key()
    QStringList m_regionsRead;
    QStringList m_problems;
    int m_pending = 0;
};
