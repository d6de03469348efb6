#include "AuditLogPage.h"

#include "JsonArraySplitter.h"

AuditLogPage AuditLogPage::read(const QByteArray& body, AuditLogRecord::Detail detail)
{
    AuditLogPage page;
    // Only the small `meta` is parsed as a whole; one walk over the page finds it and cuts `data` into its records
    // (each further walk would cost as much).
    QString error;
    std::optional<QByteArrayView> rawData;
    std::optional<QByteArrayView> rawMeta;
    QList<QByteArrayView> elements;
    JsonArraySplitter::forEachMember(
        body,
        [&rawData, &rawMeta](QByteArrayView name, QByteArrayView value) {
            if (name == "data" && !rawData)
                rawData = value;
            else if (name == "meta" && !rawMeta)
                rawMeta = value;
            return !rawData || !rawMeta;
        },
        &error, "data", &elements);
    if (!rawData || !rawData->startsWith('[')) {
        page.problem = error.isEmpty() ? QStringLiteral("it has no `data` list") : error;
        return page;
    }
    if (rawMeta)
        page.meta = rawMeta->toByteArray();
    page.records.reserve(elements.size());
    for (const QByteArrayView element : elements) {
        AuditLogRecord& record = page.records.emplace_back();
        if (!AuditLogRecord::read(element.toByteArray(), record, detail)) {
            page.problem = QStringLiteral("record %1 is not a JSON object").arg(page.records.size());
            page.records.clear();
            return page;
        }
    }
    return page;
}

std::optional<QByteArray> AuditLogPage::guessMeta(const QByteArray& body)
{
    static const QByteArray key = QByteArrayLiteral("\"meta\"");
    const qsizetype found = body.lastIndexOf(key);
    if (found < 0)
        return std::nullopt;
    // `{"meta": <value>}` read as an object of its own: the splitter then finds where the value ends.
    const QByteArray wrapped = '{' + body.sliced(found);
    std::optional<QByteArrayView> value;
    JsonArraySplitter::forEachMember(wrapped, [&value](QByteArrayView, QByteArrayView raw) {
        value = raw;
        return false;
    });
    if (!value)
        return std::nullopt;
    return value->toByteArray();
}
