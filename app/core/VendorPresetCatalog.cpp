#include "VendorPresetCatalog.h"

#include "WebhookConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {
constexpr int kVersion = 1;
// The catalog ships with the application; anything this large is not it.
constexpr qint64 kMaxFileSize = 1024 * 1024;

// Reads one preset object or hint list; the first problem found is kept and makes the whole catalog invalid.
class Reader
{
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString& problem)
    {
        if (m_error.isEmpty())
            m_error = m_where + QStringLiteral(": ") + problem;
    }

    void onlyKnownKeys(const QJsonObject& object, const QStringList& known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                fail(QStringLiteral("unknown field \"%1\"").arg(it.key()));
        }
    }

    QString text(const QJsonObject& object, const QString& key, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || (required && value.toString().trimmed().isEmpty()))
            fail(QStringLiteral("\"%1\" must be a non-empty string").arg(key));
        return value.toString();
    }

    bool flag(const QJsonObject& object, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isBool())
            fail(QStringLiteral("\"%1\" must be true or false").arg(key));
        return value.toBool();
    }

    QStringList texts(const QJsonObject& object, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            fail(QStringLiteral("\"%1\" must be a list of strings").arg(key));
            return {};
        }
        QStringList list;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                fail(QStringLiteral("\"%1\" must hold only non-empty strings").arg(key));
            list.append(item.toString());
        }
        return list;
    }

    QList<VendorPreset::AnswerHint> hints(const QJsonValue& value, const QString& key)
    {
        QList<VendorPreset::AnswerHint> hints;
        if (!value.isArray()) {
            fail(QStringLiteral("\"%1\" must be a list of {status, code, text} objects").arg(key));
            return hints;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString entry = QStringLiteral("\"%1\" entry %2").arg(key).arg(i + 1);
            if (!array.at(i).isObject()) {
                fail(entry + QStringLiteral(" must be an object"));
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() != QLatin1String("status") && it.key() != QLatin1String("code")
                    && it.key() != QLatin1String("text"))
                    fail(entry + QStringLiteral(" has an unknown field \"%1\"").arg(it.key()));
            }
            VendorPreset::AnswerHint hint;
            const auto status = integer(object.value(QLatin1String("status")));
            if (!status || *status < 100 || *status > 599)
                fail(entry + QStringLiteral(" needs a \"status\" from 100 to 599"));
            hint.status = status.value_or(0);
            const QJsonValue code = object.value(QLatin1String("code"));
            if (!code.isUndefined()) {
                hint.code = integer(code);
                if (!hint.code)
                    fail(entry + QStringLiteral(" has a \"code\" that is not a whole number"));
            }
            const QJsonValue text = object.value(QLatin1String("text"));
            if (!text.isString() || text.toString().trimmed().isEmpty())
                fail(entry + QStringLiteral(" needs a non-empty \"text\""));
            hint.text = text.toString();
            hints.append(hint);
        }
        return hints;
    }

private:
    static std::optional<int> integer(const QJsonValue& value)
    {
        if (!value.isDouble())
            return std::nullopt;
        const double number = value.toDouble();
        if (number != double(int(number)))
            return std::nullopt;
        return int(number);
    }

    QString m_where;
    QString m_error;
};

void checkEndpointTemplate(Reader& reader, const QString& endpoint)
{
    if (!endpoint.startsWith(QLatin1String("https://")))
        reader.fail(QStringLiteral("\"endpointTemplate\" must start with https:// (Konnect delivers only over HTTPS)"));
    // Every '<' and '>' must belong to a well-formed placeholder, or the form could not highlight what to fill in.
    QString rest = endpoint;
    const auto ranges = VendorPreset::placeholderRanges(endpoint);
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it)
        rest.remove(it->first, it->second);
    if (rest.contains(QLatin1Char('<')) || rest.contains(QLatin1Char('>')))
        reader.fail(QStringLiteral("\"endpointTemplate\" has a '<' or '>' that is not part of a <placeholder>"));
}

std::optional<VendorPreset> readPreset(const QJsonValue& value, int index,
                                       const QList<VendorPreset::AnswerHint>& common, QString* error)
{
    QString where = QStringLiteral("preset %1").arg(index + 1);
    if (value.isObject()) {
        const QJsonValue id = value.toObject().value(QLatin1String("id"));
        if (id.isString())
            where += QStringLiteral(" (\"%1\")").arg(id.toString());
    }
    Reader reader(where);
    if (!value.isObject()) {
        reader.fail(QStringLiteral("must be an object"));
        *error = reader.error();
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    reader.onlyKnownKeys(object,
                         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("endpointTemplate"),
                          QStringLiteral("authorizationScheme"), QStringLiteral("authorizationPlaceholder"),
                          QStringLiteral("credentialHint"), QStringLiteral("logFormat"),
                          QStringLiteral("endpointIsSecret"), QStringLiteral("successLooksLike"),
                          QStringLiteral("note"), QStringLiteral("pitfalls"), QStringLiteral("answerHints"),
                          QStringLiteral("de")});

    VendorPreset preset;
    preset.id = reader.text(object, QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!reader.failed() && !idPattern.match(preset.id).hasMatch())
        reader.fail(QStringLiteral("\"id\" may hold only lower-case letters, digits and single dashes"));
    preset.name = reader.text(object, QStringLiteral("name"));
    preset.endpointTemplate = reader.text(object, QStringLiteral("endpointTemplate"));
    if (!reader.failed())
        checkEndpointTemplate(reader, preset.endpointTemplate);

    const QString scheme = reader.text(object, QStringLiteral("authorizationScheme"));
    const QString placeholder = reader.text(object, QStringLiteral("authorizationPlaceholder"), false);
    const bool hasPlaceholderKey = object.contains(QLatin1String("authorizationPlaceholder"));
    if (scheme == QLatin1String("placeholder")) {
        preset.authorizationScheme = AuthorizationHeader::Scheme::Custom;
        preset.authorizationPlaceholder = placeholder;
        if (placeholder.isEmpty())
            reader.fail(QStringLiteral("\"authorizationPlaceholder\" is required with the \"placeholder\" scheme "
                                       "(Konnect refuses a blank authorization)"));
        else if (auto problem = WebhookConfig::checkAuthorization(placeholder))
            reader.fail(QStringLiteral("\"authorizationPlaceholder\" is not a valid authorization: ")
                        + problem->message);
    } else if (auto parsed = AuthorizationHeader::schemeFromName(scheme)) {
        preset.authorizationScheme = *parsed;
        if (hasPlaceholderKey)
            reader.fail(QStringLiteral("\"authorizationPlaceholder\" is only allowed with the \"placeholder\" scheme"));
    } else if (!reader.failed()) {
        reader.fail(QStringLiteral("\"authorizationScheme\" must be Bearer, Splunk, Basic, custom or placeholder"));
    }
    preset.credentialHint = reader.text(object, QStringLiteral("credentialHint"), false);

    const QString format = reader.text(object, QStringLiteral("logFormat"));
    if (auto parsed = logFormatFromString(format))
        preset.logFormat = *parsed;
    else if (!reader.failed())
        reader.fail(QStringLiteral("\"logFormat\" must be cef, json or cps"));

    preset.endpointIsSecret = reader.flag(object, QStringLiteral("endpointIsSecret"));
    if (preset.endpointIsSecret && !preset.usesPlaceholderAuthorization() && !reader.failed())
        reader.fail(QStringLiteral("a vendor whose endpoint is secret carries its token in the URL, so it needs the "
                                   "\"placeholder\" scheme"));
    preset.successLooksLike = reader.text(object, QStringLiteral("successLooksLike"));
    preset.note = reader.text(object, QStringLiteral("note"));
    preset.pitfalls = reader.texts(object, QStringLiteral("pitfalls"));
    // German notes live beside the English ones ("de": {"note", "pitfalls"}), since lupdate cannot read this file;
    // they are used when the user's first UI language is German, and each falls back to English when missing.
    if (object.contains(QLatin1String("de"))) {
        const QJsonObject german = object.value(QLatin1String("de")).toObject();
        reader.onlyKnownKeys(german, {QStringLiteral("note"), QStringLiteral("pitfalls")});
        const QStringList languages = QLocale().uiLanguages();
        const bool wantGerman = !languages.isEmpty() && languages.constFirst().startsWith(QLatin1String("de"));
        if (wantGerman && german.contains(QLatin1String("note")))
            preset.note = reader.text(german, QStringLiteral("note"));
        if (wantGerman && german.contains(QLatin1String("pitfalls")))
            preset.pitfalls = reader.texts(german, QStringLiteral("pitfalls"));
    }
    preset.answerHints
        = reader.hints(object.value(QLatin1String("answerHints")), QStringLiteral("answerHints")) + common;

    if (reader.failed()) {
        *error = reader.error();
        return std::nullopt;
    }
    return preset;
}
} // namespace

QString VendorPresetCatalog::resourcePath()
{
    return QStringLiteral(":/presets/vendors.json");
}

VendorPresetCatalog VendorPresetCatalog::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& problem) {
        if (error)
            *error = QStringLiteral("The vendor catalog is not valid: %1.").arg(problem);
        return VendorPresetCatalog();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("it is not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(QStringLiteral("the top level must be an object"));
    const QJsonObject root = document.object();

    Reader top(QStringLiteral("top level"));
    top.onlyKnownKeys(root,
                      {QStringLiteral("version"), QStringLiteral("comment"), QStringLiteral("commonAnswerHints"),
                       QStringLiteral("presets")});
    if (top.failed())
        return fail(top.error());
    if (root.value(QLatin1String("version")).toInt(-1) != kVersion)
        return fail(QStringLiteral("\"version\" must be %1").arg(kVersion));
    QList<VendorPreset::AnswerHint> common;
    if (root.contains(QLatin1String("commonAnswerHints"))) {
        common = top.hints(root.value(QLatin1String("commonAnswerHints")), QStringLiteral("commonAnswerHints"));
        if (top.failed())
            return fail(top.error());
    }
    const QJsonValue presets = root.value(QLatin1String("presets"));
    if (!presets.isArray() || presets.toArray().isEmpty())
        return fail(QStringLiteral("\"presets\" must be a non-empty list"));

    VendorPresetCatalog catalog;
    QSet<QString> ids;
    const QJsonArray array = presets.toArray();
    for (int i = 0; i < array.size(); ++i) {
        QString problem;
        const auto preset = readPreset(array.at(i), i, common, &problem);
        if (!preset)
            return fail(problem);
        if (ids.contains(preset->id))
            return fail(QStringLiteral("preset %1: the id \"%2\" is used twice").arg(i + 1).arg(preset->id));
        ids.insert(preset->id);
        catalog.m_presets.append(*preset);
    }
    return catalog;
}

VendorPresetCatalog VendorPresetCatalog::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("The vendor catalog %1 cannot be read: %2.").arg(path, file.errorString());
        return {};
    }
    if (file.size() > kMaxFileSize) {
        if (error)
            *error = QStringLiteral("The vendor catalog %1 is larger than %2 bytes, so it is not one.")
                         .arg(path)
                         .arg(kMaxFileSize);
        return {};
    }
    return fromJson(file.readAll(), error);
}

std::optional<VendorPreset> VendorPresetCatalog::find(const QString& id) const
{
    for (const VendorPreset& preset : m_presets) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}
