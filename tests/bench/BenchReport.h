#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Prints a benchmark's figures and its verdict against the targets in one format, so that
// scripts/run-benchmarks.sh can gather the verdicts of every benchmark into one summary:
//   RESULT <what, never with ": ">: <figure> (target <target>) PASS|MISS
// scripts/run-benchmarks.sh measures a benchmark that missed a target once more and fails on a second miss.
class BenchReport
{
public:
    static void heading(const QString& text);
    static void line(const QString& text);
    static void verdict(const QString& what, const QString& figure, const QString& target, bool met);
    // The median and other order statistics of a sample (sorted copy); 0 for an empty sample.
    static double median(QList<double> values);
    static double percentile(QList<double> values, double fraction);
    static double minimum(const QList<double>& values);

    // The value after `name` on the command line, or `fallback`.
    static QString option(const QStringList& arguments, const char* name, const QString& fallback);
    // This process's environment with HOME and the XDG directories in `home` and no KONNECT_TOKEN, so that the
    // product runs as on a fresh account and never finds the user's own settings or token.
    static QProcessEnvironment isolatedEnvironment(const QString& home);
};
