#include "BenchReport.h"

#include <algorithm>
#include <cstdio>

void BenchReport::heading(const QString& text)
{
    std::printf("\n%s\n", qPrintable(text));
    std::fflush(stdout);
}

void BenchReport::line(const QString& text)
{
    std::printf("  %s\n", qPrintable(text));
    std::fflush(stdout);
}

void BenchReport::verdict(const QString& what, const QString& figure, const QString& target, bool met)
{
    std::printf("RESULT %s: %s (target %s) %s\n", qPrintable(what), qPrintable(figure), qPrintable(target),
                met ? "PASS" : "MISS");
    std::fflush(stdout);
}

double BenchReport::median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double BenchReport::percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double position = fraction * double(values.size() - 1);
    const qsizetype below = qsizetype(position);
    const qsizetype above = qMin(below + 1, values.size() - 1);
    return values.at(below) + (values.at(above) - values.at(below)) * (position - double(below));
}

double BenchReport::minimum(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

QString BenchReport::option(const QStringList& arguments, const char* name, const QString& fallback)
{
    const qsizetype at = arguments.indexOf(QString::fromLatin1(name));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

QProcessEnvironment BenchReport::isolatedEnvironment(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(variable), home);
    environment.remove(QStringLiteral("KONNECT_TOKEN"));
    return environment;
}
