#include "SignatureVerifier.h"

#include "VerificationRun.h"

#include <QMetaObject>

SignatureVerifier::SignatureVerifier(QObject* parent)
    : QObject(parent)
{
}

SignatureVerifier::~SignatureVerifier()
{
    cancel();
    // What the thread posts to this object after this point is dropped with it.
    if (m_thread.joinable())
        m_thread.join();
}

bool SignatureVerifier::start(const QStringList& paths)
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join();
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto run = std::make_shared<VerificationRun>(m_keys, m_threadCount);
    run->setProgressFunction([this](const VerificationRun::Progress& done) {
        QMetaObject::invokeMethod(
            this, [this, done] { emit progress(done.bytesDone, done.bytesTotal, done.linesDone); },
            Qt::QueuedConnection);
    });
    m_thread = std::thread([this, run, paths, cancel = m_cancel] {
        const VerificationReport report = run->run(paths, cancel.get());
        QMetaObject::invokeMethod(
            this, [this, report] { onFinished(report); }, Qt::QueuedConnection);
    });
    return true;
}

void SignatureVerifier::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SignatureVerifier::onFinished(const VerificationReport& report)
{
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    emit finished(report);
}
