// libFuzzer target: Konnect's application/problem+json error bodies (ProblemDetails::parse), which end up in error
// messages. Lenient by contract: anything gives a result; texts are tidied to one line of at most 300 characters.

#include "ProblemDetails.h"

#include <cstdint>
#include <cstdlib>

namespace {
bool tidy(const QString& text)
{
    return text.size() <= 300 && !text.contains(QLatin1Char('\n')) && text == text.trimmed();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ProblemDetails problem = ProblemDetails::parse(body);
    if (!tidy(problem.title) || !tidy(problem.detail) || !tidy(problem.instance))
        std::abort();
    for (const FieldError& parameter : problem.invalidParameters) {
        if (!tidy(parameter.field) || !tidy(parameter.message))
            std::abort();
    }
    const QString summary = problem.summary();
    if (problem.isEmpty() != (summary.isEmpty() && problem.invalidParameters.isEmpty()))
        std::abort();
    return 0;
}
