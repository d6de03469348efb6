// libFuzzer target: a page of GET /v3/audit-logs as the puller reads it. JsonArraySplitter cuts `data` out of the
// raw answer and into its records without parsing (so that each record keeps Konnect's bytes), then
// AuditLogRecord::fromRaw reads each record. Checked on every input: every range the splitter hands out lies inside
// its input and has no whitespace around it; on text that Qt's parser accepts as an array, the splitter agrees (the
// same number of elements, each parsing to the same value); a record is read exactly when its bytes are an object,
// and keeps those bytes.

#include "AuditLogRecord.h"
#include "JsonArraySplitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void checkInside(QByteArrayView part, QByteArrayView whole)
{
    if (part.isEmpty() || part.data() < whole.data() || part.data() + part.size() > whole.data() + whole.size())
        std::abort();
    if (isSpace(part.front()) || isSpace(part.back()))
        std::abort();
}

// The elements of `array` (a range of `whole`): each inside it, Qt's reading of the array matched, each read as a
// record exactly when it is an object.
void checkElements(QByteArrayView array, QByteArrayView whole)
{
    QString error;
    const auto elements = JsonArraySplitter::split(array, &error);
    const QJsonDocument reference = QJsonDocument::fromJson(array.toByteArray());
    if (!elements) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        if (reference.isArray())
            std::abort(); // well-formed JSON is never refused
        return;
    }
    for (const QByteArrayView element : *elements)
        checkInside(element, whole);
    if (reference.isArray()) {
        const QJsonArray values = reference.array();
        if (values.size() != elements->size())
            std::abort();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QByteArray wrapped = '[' + elements->at(i).toByteArray() + ']';
            const QJsonDocument alone = QJsonDocument::fromJson(wrapped);
            if (!alone.isArray() || alone.array().at(0) != values.at(i))
                std::abort();
        }
    }
    for (const QByteArrayView element : *elements) {
        const QByteArray raw = element.toByteArray();
        const std::optional<AuditLogRecord> record = AuditLogRecord::fromRaw(raw);
        if (record.has_value() != QJsonDocument::fromJson(raw).isObject())
            std::abort();
        if (record) {
            if (record->raw != raw)
                std::abort();
            (void)record->what();
            (void)record->target();
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A copy with no slack after it, so that reading past the end is caught.
    const QByteArray page(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (const auto member = JsonArraySplitter::member(page, "data", &error)) {
        checkInside(*member, page);
        checkElements(*member, page);
    }
    // The input as the array itself, as when a page's `data` has been cut out already.
    checkElements(page, page);
    return 0;
}
