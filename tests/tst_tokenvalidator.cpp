#include "TokenValidator.h"

#include <QTest>

class TestTokenValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsTokens_data();
    void acceptsTokens();
    void refusesTokens_data();
    void refusesTokens();
};

void TestTokenValidator::acceptsTokens_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("kind");
    const int personal = int(TokenValidator::Kind::PersonalAccessToken);
    const int system = int(TokenValidator::Kind::SystemAccountToken);
    QTest::newRow("personal") << "kpat_AbC123xyz"
                              << "kpat_AbC123xyz" << personal;
    QTest::newRow("system") << "spat_Zy9_8-7.6"
                            << "spat_Zy9_8-7.6" << system;
    QTest::newRow("trailing newline from stdin") << "kpat_Q1w2E3r4\n"
                                                 << "kpat_Q1w2E3r4" << personal;
    QTest::newRow("windows line end") << "spat_Q1w2E3r4\r\n"
                                      << "spat_Q1w2E3r4" << system;
    QTest::newRow("surrounding spaces and tabs") << " \t kpat_Q1w2E3r4 \t "
                                                 << "kpat_Q1w2E3r4" << personal;
    QTest::newRow("one character after prefix") << "kpat_x"
                                                << "kpat_x" << personal;
    const QString longest = QStringLiteral("kpat_") + QString(TokenValidator::maxLength - 5, QLatin1Char('a'));
    QTest::newRow("exactly the maximum length") << longest << longest << personal;
}

void TestTokenValidator::acceptsTokens()
{
    QFETCH(QString, raw);
    QFETCH(QString, token);
    QFETCH(int, kind);
    const TokenValidator::Result result = TokenValidator::check(raw);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.token, token);
    QCOMPARE(int(result.kind), kind);
    QVERIFY(result.error.isEmpty());
}

void TestTokenValidator::refusesTokens_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("secretPart"); // the part that would leak if echoed
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString() << "is empty";
    QTest::newRow("only whitespace") << " \n\t " << QString() << "is empty";
    QTest::newRow("no prefix") << "SeCrEtNoPrefix987"
                               << "SeCrEtNoPrefix987"
                               << "must start with kpat_";
    QTest::newRow("upper-case prefix") << "KPAT_SeCrEt987"
                                       << "SeCrEt987"
                                       << "must start with kpat_";
    QTest::newRow("other prefix") << "ghp_SeCrEt987abc"
                                  << "SeCrEt987abc"
                                  << "must start with kpat_";
    QTest::newRow("bearer pasted along") << "Bearer kpat_SeCrEt987"
                                         << "SeCrEt987"
                                         << "must start with kpat_";
    QTest::newRow("only the prefix") << "kpat_" << QString() << "nothing after its prefix";
    QTest::newRow("only the prefix, newline") << "spat_\n" << QString() << "nothing after its prefix";
    QTest::newRow("space inside") << "kpat_SeCrEt 987"
                                  << "SeCrEt"
                                  << "space or line break";
    QTest::newRow("newline inside") << "kpat_SeCrEt\n987"
                                    << "SeCrEt"
                                    << "space or line break";
    QTest::newRow("tab inside") << "kpat_SeCrEt\t987"
                                << "SeCrEt"
                                << "space or line break";
    QTest::newRow("no-break space inside") << QStringLiteral("kpat_SeCrEt\u00a0987") << "SeCrEt"
                                           << "space or line break";
    QTest::newRow("NUL inside") << QStringLiteral("kpat_SeCrEt") + QChar(0) + QStringLiteral("987") << "SeCrEt"
                                << "control character";
    QTest::newRow("escape inside") << "kpat_SeCrEt\x1b[0m987"
                                   << "SeCrEt"
                                   << "control character";
    QTest::newRow("DEL inside") << "kpat_SeCrEt\x7f"
                                   "987"
                                << "SeCrEt"
                                << "control character";
    QTest::newRow("zero-width space") << QStringLiteral("kpat_SeCrEt\u200b987") << "SeCrEt"
                                      << "control character";
    QTest::newRow("non-ASCII letter") << QStringLiteral("kpat_SeCrEt\u00e9987") << "SeCrEt"
                                      << "not plain ASCII";
    const QString tooLong = QStringLiteral("kpat_SeCrEt") + QString(TokenValidator::maxLength, QLatin1Char('b'));
    QTest::newRow("too long") << tooLong << "SeCrEtbbbb"
                              << "longer than 4096";
}

void TestTokenValidator::refusesTokens()
{
    QFETCH(QString, raw);
    QFETCH(QString, secretPart);
    QFETCH(QString, expected);
    const TokenValidator::Result result = TokenValidator::check(raw);
    QVERIFY(!result.ok);
    QVERIFY(result.token.isEmpty());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.startsWith(QLatin1String("The Konnect token")), qPrintable(result.error));
    // Never the token, nor the part of it after the prefix, nor its first characters.
    if (!raw.trimmed().isEmpty() && raw.trimmed().size() > 5)
        QVERIFY(!result.error.contains(raw.trimmed()));
    if (!secretPart.isEmpty()) {
        QVERIFY2(!result.error.contains(secretPart), qPrintable(result.error));
        QVERIFY2(!result.error.contains(secretPart.left(4)), qPrintable(result.error));
    }
    // ... and says how to fix it.
    QVERIFY2(result.error.contains(QLatin1Char(':')), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "tst_tokenvalidator.moc"
