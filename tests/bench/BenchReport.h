#pragma once

#include <QList>
#include <QString>

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
};
