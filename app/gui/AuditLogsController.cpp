#include "AuditLogsController.h"

#include "ApiCall.h"
#include "AuditLogFollower.h"
#include "AuditLogPuller.h"
#include "AuditLogTableModel.h"
#include "KonnectClient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

AuditLogsController::AuditLogsController(KonnectClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new AuditLogTableModel(this))
{
    m_verifyTimer.setInterval(0);
    m_verifyTimer.setSingleShot(true);
    m_verifyPool.setMaxThreadCount(defaultVerifyThreads());
    connect(&m_verifyTimer, &QTimer::timeout, this, &AuditLogsController::verifySome);
    m_appendTimer.setInterval(0);
    connect(&m_appendTimer, &QTimer::timeout, this, &AuditLogsController::appendSome);
    m_verdictShowTimer.setSingleShot(true);
    m_verdictShowTimer.setInterval(verdictShowMs);
    connect(&m_verdictShowTimer, &QTimer::timeout, m_model, &AuditLogTableModel::verdictsChanged);
}

AuditLogsController::~AuditLogsController()
{
    if (m_follower)
        m_follower->disconnect(this);
    if (m_jwksCall) {
        // Cancelling reports back; this object is already going and must not hear it.
        m_jwksCall->disconnect(this);
        m_jwksCall->cancel();
    }
}

bool AuditLogsController::isLoading() const
{
    return (m_puller && m_puller->isRunning()) || (isFollowing() && (!m_follower->isCaughtUp() || m_caughtUpPending))
        || m_finishedResult.has_value();
}

qint64 AuditLogsController::recordsLoaded() const
{
    return m_model->recordCount();
}

int AuditLogsController::pagesLoaded() const
{
    return m_puller ? m_puller->pagesRead() : 0;
}

void AuditLogsController::load(AuditLogQuery query, const Scope& regionScope)
{
    reset();
    query.pageSize = pageSize;
    askForKeys();
    // A puller per pull: the answer of a cancelled page can never reach the next pull.
    m_puller = new AuditLogPuller(*m_client, this);
    connect(m_puller, &AuditLogPuller::recordsArrived, this, &AuditLogsController::takeRecords);
    connect(m_puller, &AuditLogPuller::pageArrived, this, &AuditLogsController::pageArrived);
    connect(m_puller, &AuditLogPuller::finished, this, &AuditLogsController::onFinished);
    m_puller->start(query, regionScope);
    emit loadingChanged(true);
}

void AuditLogsController::follow(AuditLogQuery query, const Scope& regionScope, qint64 pollIntervalMs)
{
    reset();
    query.pageSize = pageSize;
    askForKeys();
    m_follower = new AuditLogFollower(*m_client, this);
    m_follower->setPollIntervalMs(pollIntervalMs);
    connect(m_follower, &AuditLogFollower::recordsArrived, this, &AuditLogsController::takeRecords);
    connect(m_follower, &AuditLogFollower::pageArrived, this, &AuditLogsController::pageArrived);
    connect(m_follower, &AuditLogFollower::caughtUp, this, [this] {
        // Caught up once the last records are in the table, not when they arrived.
        m_caughtUpPending = true;
        if (!m_appendTimer.isActive())
            finish();
    });
    connect(m_follower, &AuditLogFollower::waitingUntil, this, &AuditLogsController::waitingForPoll);
    connect(m_follower, &AuditLogFollower::pollFailed, this, &AuditLogsController::pollFailed);
    connect(m_follower, &AuditLogFollower::finished, this, &AuditLogsController::onFinished);
    m_follower->start(query, regionScope);
    emit loadingChanged(true);
}

bool AuditLogsController::isFollowing() const
{
    return m_follower && m_follower->isRunning();
}

void AuditLogsController::stopFollowing()
{
    if (m_follower)
        m_follower->cancel();
}

void AuditLogsController::askForKeys()
{
    // The keys are asked once (again after a failure), beside the first page; records that arrive before them
    // wait for their verdict.
    if (!m_signatures) {
        m_jwksCall = m_client->getJwks();
        connect(m_jwksCall, &ApiCall::finished, this, &AuditLogsController::onJwks);
    }
}

void AuditLogsController::takeRecords(const AuditLogRecords& records)
{
    // Into the table on later turns of the event loop: the page's own parsing had this one.
    m_pending.append(records);
    m_appendTimer.start();
}

void AuditLogsController::cancel()
{
    if (m_puller)
        m_puller->cancel();
    if (m_follower)
        m_follower->cancel();
}

void AuditLogsController::reset()
{
    const bool wasLoading = isLoading();
    if (m_puller) {
        m_puller->disconnect(this);
        m_puller->deleteLater(); // its destructor cancels the page in flight
        m_puller = nullptr;
    }
    if (m_follower) {
        m_follower->disconnect(this);
        m_follower->cancel(); // no poll may start before it is gone
        m_follower->deleteLater();
        m_follower = nullptr;
    }
    if (m_jwksCall)
        m_jwksCall->cancel();
    m_jwksCall = nullptr;
    m_signaturesUnavailable = false;
    m_dispatched = 0;
    m_verified = 0;
    m_verifyTimer.stop();
    m_batchesRunning = 0; // those still on the pool belong to the old generation
    ++m_generation;
    m_verdictShowTimer.stop();
    m_pending.clear();
    m_pendingAt = 0;
    m_appendTimer.stop();
    m_finishedResult.reset();
    m_caughtUpPending = false;
    m_model->clear();
    if (wasLoading)
        emit loadingChanged(false);
}

void AuditLogsController::onJwks(const ApiResult& result)
{
    m_jwksCall = nullptr;
    if (result.kind == ApiResult::Kind::Cancelled)
        return;
    QString error;
    const Jwks jwks = result.ok() ? Jwks::fromObject(result.json.object(), &error) : Jwks();
    if (jwks.isEmpty()) {
        m_signaturesUnavailable = true;
        emit signaturesUnavailable(result.ok() ? error : result.message);
    } else {
        m_signatures.emplace(jwks);
    }
    m_verifyTimer.start();
}

void AuditLogsController::onFinished(const ApiResult& result)
{
    m_finishedResult = result;
    if (!m_appendTimer.isActive())
        finish();
}

void AuditLogsController::finish()
{
    if (m_caughtUpPending) {
        m_caughtUpPending = false;
        emit loadingChanged(false);
        emit caughtUp();
    }
    if (!m_finishedResult)
        return;
    const ApiResult result = *m_finishedResult;
    m_finishedResult.reset();
    emit loadingChanged(false);
    emit finished(result);
}

void AuditLogsController::appendSome()
{
    QElapsedTimer slice;
    slice.start();
    while (!m_pending.isEmpty() && slice.nsecsElapsed() < sliceMs * 1000000) {
        const AuditLogRecords& records = m_pending.constFirst();
        const qsizetype end = std::min(records.size(), m_pendingAt + 50);
        m_model->append(records, m_pendingAt, end);
        m_pendingAt = end;
        if (m_pendingAt >= records.size()) {
            m_pending.removeFirst();
            m_pendingAt = 0;
        }
    }
    if (m_pending.isEmpty()) {
        m_appendTimer.stop();
        finish();
    }
    if (m_signatures || m_signaturesUnavailable)
        m_verifyTimer.start();
}

int AuditLogsController::defaultVerifyThreads()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

void AuditLogsController::setVerifyThreads(int threads)
{
    m_verifyPool.setMaxThreadCount(std::max(1, threads));
}

void AuditLogsController::verifySome()
{
    if (!(m_signatures || m_signaturesUnavailable))
        return;
    const qsizetype total = m_model->recordCount();
    while (m_batchesRunning < m_verifyPool.maxThreadCount() && m_dispatched < total) {
        const qsizetype from = m_dispatched;
        const qsizetype end = std::min(total, from + verifyBatch);
        QList<QByteArray> raws; // shared with the model's rows, not copied
        raws.reserve(end - from);
        for (qsizetype record = from; record < end; ++record)
            raws.append(m_model->raw(record));
        m_dispatched = end;
        ++m_batchesRunning;
        const quint64 generation = m_generation;
        m_verifyPool.start([this, generation, from, raws = std::move(raws), signatures = m_signatures]() {
            QList<quint8> verdicts;
            verdicts.reserve(raws.size());
            for (const QByteArray& raw : raws) {
                verdicts.append(quint8(signatures ? AuditLogTableModel::fromSignature(signatures->check(raw).verdict)
                                                  : AuditLogTableModel::Verdict::NotChecked));
            }
            QMetaObject::invokeMethod(
                this, [this, generation, from, verdicts]() { onVerified(generation, from, verdicts); },
                Qt::QueuedConnection);
        });
    }
}

void AuditLogsController::onVerified(quint64 generation, qsizetype from, const QList<quint8>& verdicts)
{
    if (generation != m_generation)
        return;
    --m_batchesRunning;
    for (qsizetype at = 0; at < verdicts.size(); ++at)
        m_model->setVerdict(from + at, AuditLogTableModel::Verdict(verdicts.at(at)));
    m_verified += verdicts.size();
    // While records still arrive the view hears of verdicts at most every verdictShowMs; the last ones at once.
    if (m_verified >= m_model->recordCount() && !isLoading())
        showVerdicts();
    else if (!m_verdictShowTimer.isActive())
        m_verdictShowTimer.start();
    verifySome();
}

void AuditLogsController::showVerdicts()
{
    m_verdictShowTimer.stop();
    m_model->verdictsChanged();
}
