#include "DestinationListing.h"

#include "EmulatedOrganization.h"
#include "PageQuery.h"

#include <QJsonArray>

namespace {

const QString sizeKey = QStringLiteral("page[size]");
const QString afterKey = QStringLiteral("page[after]");
const QString beforeKey = QStringLiteral("page[before]");
const QString eqKey = QStringLiteral("filter[name][eq]");
const QString containsKey = QStringLiteral("filter[name][contains]");
const QByteArray cursorTag = "seq:";

QJsonValue link(const QString& version, int size, const QString& cursorKey, const QString& cursor,
                const QUrlQuery& request)
{
    QUrlQuery query;
    query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(sizeKey)), QString::number(size));
    query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(cursorKey)), cursor);
    for (const QString& key : {eqKey, containsKey}) {
        if (const auto value = PageQuery::value(request, key))
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                               QString::fromLatin1(QUrl::toPercentEncoding(*value)));
    }
    return QStringLiteral("/%1/audit-log-destinations?%2").arg(version, query.toString(QUrl::FullyEncoded));
}

} // namespace

QString DestinationListing::cursor(qint64 sequence)
{
    return QString::fromLatin1((cursorTag + QByteArray::number(sequence))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> DestinationListing::sequenceOf(const QString& cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(cursorTag))
        return std::nullopt;
    bool ok = false;
    const qint64 sequence = decoded.decoded.mid(cursorTag.size()).toLongLong(&ok);
    if (!ok || sequence < 0)
        return std::nullopt;
    return sequence;
}

HttpResponse DestinationListing::answer(const EmulatedOrganization& organization, const QUrlQuery& query,
                                        const QString& version)
{
    BadRequest bad;
    const int size = PageQuery::positive(query, sizeKey, defaultPageSize, maxPageSize, bad);
    std::optional<qint64> after, before;
    for (const auto& [key, out] : {std::pair {afterKey, &after}, std::pair {beforeKey, &before}}) {
        if (const auto text = PageQuery::value(query, key)) {
            *out = sequenceOf(*text);
            if (!*out)
                bad.add(key, QStringLiteral("must be a cursor from a previous page"),
                        QStringLiteral("Invalid page cursor"));
        }
    }
    if (after && before)
        bad.add(beforeKey, QStringLiteral("cannot be combined with page[after]"),
                QStringLiteral("Invalid query parameter"));
    if (!bad.invalidParameters.isEmpty())
        return bad.toResponse();

    const auto eq = PageQuery::value(query, eqKey);
    const auto contains = PageQuery::value(query, containsKey);
    QList<EmulatedDestination*> matching;
    for (EmulatedDestination* destination : organization.destinations()) {
        if ((eq && destination->name() != *eq) || (contains && !destination->name().contains(*contains)))
            continue;
        matching += destination;
    }

    // The page is the `size` matches after the cursor, or the `size` matches just before it.
    qsizetype first = 0;
    if (after) {
        while (first < matching.size() && matching.at(first)->sequence() <= *after)
            ++first;
    } else if (before) {
        qsizetype end = 0;
        while (end < matching.size() && matching.at(end)->sequence() < *before)
            ++end;
        first = std::max<qsizetype>(0, end - size);
    }
    const qsizetype end = std::min<qsizetype>(matching.size(), first + size);

    QJsonArray data;
    for (qsizetype i = first; i < end; ++i)
        data.append(matching.at(i)->toJson());
    const QJsonValue next = end < matching.size()
        ? link(version, size, afterKey, cursor(matching.at(end - 1)->sequence()), query)
        : QJsonValue();
    const QJsonValue previous
        = first > 0 ? link(version, size, beforeKey, cursor(matching.at(first)->sequence()), query) : QJsonValue();
    const QJsonObject page {
        {QStringLiteral("size"), size}, {QStringLiteral("next"), next}, {QStringLiteral("previous"), previous}};
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject {{QStringLiteral("data"), data},
                                   {QStringLiteral("meta"), QJsonObject {{QStringLiteral("page"), page}}}}));
}
