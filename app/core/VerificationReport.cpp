#include "VerificationReport.h"

#include <QJsonArray>

int VerificationReport::exitCode() const
{
    if (!error.isEmpty())
        return 2;
    return invalid > 0 ? 5 : 0;
}

QString VerificationReport::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::TamperedOrUnknownKey:
        return QStringLiteral("tampered_or_unknown_key");
    case Reason::MalformedSignature:
        return QStringLiteral("malformed_signature");
    case Reason::LineTooLong:
        return QStringLiteral("line_too_long");
    }
    return {};
}

QString VerificationReport::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::TamperedOrUnknownKey:
        return QStringLiteral("tampered or unknown key");
    case Reason::MalformedSignature:
        return QStringLiteral("malformed signature");
    case Reason::LineTooLong:
        return QStringLiteral("line too long");
    }
    return {};
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray listed;
    for (const InvalidLine& entry : invalidLines) {
        listed.append(QJsonObject {{QStringLiteral("file"), files.value(entry.fileIndex)},
                                   {QStringLiteral("line"), entry.line},
                                   {QStringLiteral("reason"), reasonCode(entry.reason)},
                                   {QStringLiteral("detail"), entry.detail}});
    }
    QJsonObject byKey;
    for (qsizetype i = 0; i < validByKey.size() && i < keyIds.size(); ++i)
        byKey.insert(keyIds.at(i), validByKey.at(i));
    QJsonObject json {{QStringLiteral("valid"), valid},
                      {QStringLiteral("invalid"), invalid},
                      {QStringLiteral("unsigned"), unsignedLines},
                      {QStringLiteral("blank"), blank},
                      {QStringLiteral("lines"), lines()},
                      {QStringLiteral("invalid_lines"), listed},
                      {QStringLiteral("invalid_lines_not_listed"), invalidNotListed()},
                      {QStringLiteral("valid_by_key"), byKey},
                      {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (cancelled)
        json.insert(QStringLiteral("cancelled"), true);
    return json;
}
