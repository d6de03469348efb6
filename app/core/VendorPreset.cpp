#include "VendorPreset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("<[^<>\\s]+>"));
    return pattern;
}

std::optional<int> answerCode(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonValue code = document.object().value(QLatin1String("code"));
    if (!code.isDouble())
        return std::nullopt;
    const double value = code.toDouble();
    if (value != double(int(value)))
        return std::nullopt;
    return int(value);
}
} // namespace

QString VendorPreset::endpointField()
{
    return QStringLiteral("endpoint");
}

QString VendorPreset::authorizationSchemeField()
{
    return QStringLiteral("authorizationScheme");
}

QString VendorPreset::credentialField()
{
    return QStringLiteral("credential");
}

QString VendorPreset::logFormatField()
{
    return QStringLiteral("logFormat");
}

VendorPreset::FormValues VendorPreset::formValues() const
{
    FormValues values;
    values.endpoint = endpointTemplate;
    values.authorizationScheme = AuthorizationHeader::schemeName(authorizationScheme);
    values.credential = authorizationPlaceholder;
    values.logFormat = toString(logFormat);
    return values;
}

VendorPreset::FormValues VendorPreset::applyTo(const FormValues& typed) const
{
    const FormValues preset = formValues();
    auto pick = [](const QString& fromPreset, const QString& fromUser) {
        return fromPreset.isEmpty() ? fromUser : fromPreset;
    };
    FormValues result;
    result.endpoint = pick(preset.endpoint, typed.endpoint);
    result.authorizationScheme = pick(preset.authorizationScheme, typed.authorizationScheme);
    result.credential = pick(preset.credential, typed.credential);
    result.logFormat = pick(preset.logFormat, typed.logFormat);
    return result;
}

QStringList VendorPreset::fieldsThatWouldOverwrite(const FormValues& typed, const VendorPreset& preset)
{
    const FormValues after = preset.applyTo(typed);
    QStringList fields;
    auto compare = [&fields](const QString& field, const QString& before, const QString& now) {
        if (!before.isEmpty() && before != now)
            fields.append(field);
    };
    compare(endpointField(), typed.endpoint, after.endpoint);
    compare(authorizationSchemeField(), typed.authorizationScheme, after.authorizationScheme);
    compare(credentialField(), typed.credential, after.credential);
    compare(logFormatField(), typed.logFormat, after.logFormat);
    return fields;
}

QList<QPair<int, int>> VendorPreset::placeholderRanges(const QString& endpoint)
{
    QList<QPair<int, int>> ranges;
    auto matches = placeholderPattern().globalMatch(endpoint);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        ranges.append({int(match.capturedStart()), int(match.capturedLength())});
    }
    return ranges;
}

bool VendorPreset::hasUnfilledPlaceholders(const QString& endpoint)
{
    return placeholderPattern().match(endpoint).hasMatch();
}

QStringList VendorPreset::placeholderNames(const QString& endpoint)
{
    QStringList names;
    for (const auto& range : placeholderRanges(endpoint))
        names.append(endpoint.mid(range.first + 1, range.second - 2));
    return names;
}

QString VendorPreset::hintFor(int httpStatus, const QByteArray& answerBody) const
{
    const std::optional<int> code = answerCode(answerBody);
    const AnswerHint* best = nullptr;
    int bestScore = 0;
    for (const AnswerHint& hint : answerHints) {
        if (hint.status != httpStatus)
            continue;
        if (hint.code && hint.code != code)
            continue;
        const int score = hint.code ? 2 : 1;
        if (score > bestScore) {
            best = &hint;
            bestScore = score;
        }
    }
    return best ? best->text : QString();
}
