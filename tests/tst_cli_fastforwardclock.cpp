// FastForwardClock: the clock the CLI uses under KAW_TEST_FAST_FORWARD_WAITS=1, so that process-level tests run the
// real retry rule without sleeping through its waits.

#include "FastForwardClock.h"

#include <QElapsedTimer>
#include <QTest>
#include <memory>

class TestFastForwardClock : public QObject
{
    Q_OBJECT

private slots:
    void firesOnTheNextEventLoopTurn()
    {
        FastForwardClock clock;
        QObject context;
        bool fired = false;
        clock.callAfter(30000, &context, [&fired]() { fired = true; });
        QVERIFY(!fired); // never from inside the caller
        QElapsedTimer elapsed;
        elapsed.start();
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
        QVERIFY(elapsed.elapsed() < 5000);
    }

    void nowMovesOnByTheSkippedWaits()
    {
        FastForwardClock clock;
        QObject context;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QDateTime seenInCallback;
        clock.callAfter(4000, &context, [&]() { seenInCallback = clock.now(); });
        QVERIFY(clock.now() < before.addMSecs(4000)); // nothing skipped until the wait is over
        QTRY_VERIFY(seenInCallback.isValid());
        QVERIFY(seenInCallback >= before.addMSecs(4000));
        QCOMPARE(clock.skippedMs(), 4000);

        bool second = false;
        clock.callAfter(8000, &context, [&second]() { second = true; });
        QTRY_VERIFY(second);
        QCOMPARE(clock.skippedMs(), 12000);
        QVERIFY(clock.now() >= before.addMSecs(12000));
        QVERIFY(clock.now() < QDateTime::currentDateTimeUtc().addMSecs(12000 + 1000));
    }

    void cancelledWaitNeverFires()
    {
        FastForwardClock clock;
        QObject context;
        bool cancelledFired = false;
        bool otherFired = false;
        const Clock::TimerId id = clock.callAfter(1000, &context, [&cancelledFired]() { cancelledFired = true; });
        clock.callAfter(2000, &context, [&otherFired]() { otherFired = true; });
        clock.cancel(id);
        QTRY_VERIFY(otherFired);
        QVERIFY(!cancelledFired);
        QCOMPARE(clock.skippedMs(), 2000); // a cancelled wait is not skipped either
        clock.cancel(id); // twice is harmless
    }

    void goneContextNeverFires()
    {
        FastForwardClock clock;
        auto context = std::make_unique<QObject>();
        QObject other;
        bool goneFired = false;
        bool otherFired = false;
        clock.callAfter(1000, context.get(), [&goneFired]() { goneFired = true; });
        clock.callAfter(1000, &other, [&otherFired]() { otherFired = true; });
        context.reset();
        QTRY_VERIFY(otherFired);
        QVERIFY(!goneFired);
    }
};

QTEST_GUILESS_MAIN(TestFastForwardClock)
#include "tst_cli_fastforwardclock.moc"
