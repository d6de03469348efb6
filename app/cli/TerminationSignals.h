#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal, delivered from the event loop (a signal handler may do next to
// nothing itself, so it only writes a byte to a socket pair that the event loop watches).
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    bool isWatching() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void onReadable();
    static void handle(int signalNumber);

    QSocketNotifier* m_notifier = nullptr;
};
