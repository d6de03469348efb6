#include "WebhookForm.h"

#include "ErrorText.h"
#include "FieldMessage.h"
#include "MessageBox.h"
#include "SecretRedactor.h"
#include "ui_WebhookForm.h"

#include <QInputMethodEvent>
#include <QTextCharFormat>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString kEndpoint = QStringLiteral("endpoint");
const QString kAuthorization = QStringLiteral("authorization");
const QString kScheme = QStringLiteral("scheme");
const QString kEnabled = QStringLiteral("enabled");
const QString kLogFormat = QStringLiteral("log_format");
const QString kSkipSsl = QStringLiteral("skip_ssl_verification");

QString schemeLabel(AuthorizationHeader::Scheme scheme)
{
    switch (scheme) {
    case AuthorizationHeader::Scheme::Bearer:
        return WebhookForm::tr("Bearer");
    case AuthorizationHeader::Scheme::Splunk:
        return WebhookForm::tr("Splunk");
    case AuthorizationHeader::Scheme::Basic:
        return WebhookForm::tr("Basic (user:password)");
    case AuthorizationHeader::Scheme::Custom:
        return WebhookForm::tr("Custom (whole header value)");
    }
    return {};
}

QString fieldLabelForPreset(const QString& field)
{
    if (field == VendorPreset::endpointField())
        return WebhookForm::tr("endpoint");
    if (field == VendorPreset::authorizationSchemeField())
        return WebhookForm::tr("authorization scheme");
    if (field == VendorPreset::credentialField())
        return WebhookForm::tr("authorization");
    if (field == VendorPreset::logFormatField())
        return WebhookForm::tr("log format");
    return field;
}
} // namespace

WebhookForm::WebhookForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::WebhookForm)
{
    m_ui->setupUi(this);
    for (AuthorizationHeader::Scheme scheme : AuthorizationHeader::schemes())
        m_ui->authorizationSchemeCombo->addItem(schemeLabel(scheme), AuthorizationHeader::schemeName(scheme));
    m_ui->logFormatCombo->addItem(tr("CEF"), toString(LogFormat::Cef));
    m_ui->logFormatCombo->addItem(tr("JSON"), toString(LogFormat::Json));
    m_ui->logFormatCombo->addItem(tr("CPS (CrowdStrike)"), toString(LogFormat::Cps));
    // Messages come and go as a person types; their lines stay, so a click aimed at a field lands on it.
    for (QLabel* label : messageLabels())
        FieldMessage::reserveSpace(label);
    // A vendor's notes are long: folded by default, so choosing a preset does not push the fields out of view.
    connect(m_ui->presetNoteButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->presetNoteButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_ui->presetNoteLabel->setVisible(shown && !m_ui->presetNoteLabel->text().isEmpty());
    });
    fillPresetCombo();

    connect(m_ui->endpointEdit, &QLineEdit::textEdited, this, [this] { onUserEdit(kEndpoint); });
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &WebhookForm::highlightPlaceholders);
    connect(m_ui->authorizationEdit, &QLineEdit::textEdited, this, [this] { onUserEdit(kAuthorization); });
    connect(m_ui->authorizationSchemeCombo, qOverload<int>(&QComboBox::activated), this,
            [this] { onUserEdit(kScheme); });
    connect(m_ui->enabledCheckBox, &QCheckBox::clicked, this, [this] { onUserEdit(kEnabled); });
    connect(m_ui->logFormatCombo, qOverload<int>(&QComboBox::activated), this, [this] { onUserEdit(kLogFormat); });
    connect(m_ui->skipTlsCheckBox, &QCheckBox::clicked, this, [this] { onUserEdit(kSkipSsl); });
    connect(m_ui->showAuthorizationCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->authorizationEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->showEndpointCheckBox, &QCheckBox::toggled, this, [this] { updateEndpointSecrecy(); });
    connect(m_ui->rememberAuthorizationCheckBox, &QCheckBox::clicked, this, &WebhookForm::rememberAuthorizationToggled);
    connect(m_ui->presetCombo, qOverload<int>(&QComboBox::activated), this, &WebhookForm::onPresetActivated);

    resetToCurrent();
}

WebhookForm::~WebhookForm() = default;

QList<QLabel*> WebhookForm::messageLabels() const
{
    return {m_ui->endpointErrorLabel,  m_ui->authorizationHintLabel, m_ui->authorizationErrorLabel,
            m_ui->logFormatErrorLabel, m_ui->tlsWarningLabel,        m_ui->tlsErrorLabel};
}

void WebhookForm::setCatalog(const VendorPresetCatalog& catalog)
{
    m_catalog = catalog;
    fillPresetCombo();
}

void WebhookForm::fillPresetCombo()
{
    const QString selected = presetId();
    m_ui->presetCombo->clear();
    m_ui->presetCombo->addItem(tr("None: fill in the fields yourself"), QString());
    for (const VendorPreset& preset : m_catalog.presets())
        m_ui->presetCombo->addItem(preset.name, preset.id);
    const int index = std::max(0, m_ui->presetCombo->findData(selected));
    m_ui->presetCombo->setCurrentIndex(index);
    m_presetIndex = index;
    showPresetNote(selectedPreset());
}

void WebhookForm::setCurrent(const std::optional<WebhookConfig>& current)
{
    m_current = current;
    refresh();
}

void WebhookForm::acceptApplied(const WebhookConfig& stored)
{
    m_current = stored;
    m_touched.clear();
    m_serverErrors.clear();
    updateEndpointSecrecy();
    refresh();
}

void WebhookForm::resetToCurrent()
{
    m_filling = true;
    const WebhookConfig config = m_current.value_or(WebhookConfig {});
    m_ui->endpointEdit->setText(config.endpoint);
    // A new webhook is meant to deliver: enabled unless Konnect says otherwise for an existing one.
    m_ui->enabledCheckBox->setChecked(config.endpoint.isEmpty() ? true : config.enabled);
    setLogFormat(config.logFormat);
    m_ui->skipTlsCheckBox->setChecked(config.skipSslVerification);
    m_ui->authorizationEdit->clear();
    setScheme(AuthorizationHeader::Scheme::Bearer);
    if (!m_knownAuthorization.isEmpty() && !config.endpoint.isEmpty())
        fillAuthorization(m_knownAuthorization);
    m_ui->presetCombo->setCurrentIndex(0);
    m_presetIndex = 0;
    showPresetNote(std::nullopt);
    m_touched.clear();
    m_serverErrors.clear();
    m_filling = false;
    // The whole form is filled anew: the space kept for messages since the last reset may go.
    for (QLabel* label : messageLabels())
        FieldMessage::release(label);
    updateEndpointSecrecy();
    refresh();
}

void WebhookForm::setKnownAuthorization(const QString& authorization)
{
    m_knownAuthorization = authorization;
    if (!authorization.isEmpty() && m_ui->authorizationEdit->text().isEmpty() && !m_touched.contains(kAuthorization)
        && m_current && !m_current->endpoint.isEmpty()) {
        m_filling = true;
        fillAuthorization(authorization);
        m_filling = false;
    }
    refresh();
}

void WebhookForm::fillAuthorization(const QString& authorization)
{
    const auto [scheme, credential] = AuthorizationHeader::split(authorization);
    setScheme(scheme);
    m_ui->authorizationEdit->setText(credential);
}

void WebhookForm::setScheme(AuthorizationHeader::Scheme scheme)
{
    m_ui->authorizationSchemeCombo->setCurrentIndex(
        std::max(0, m_ui->authorizationSchemeCombo->findData(AuthorizationHeader::schemeName(scheme))));
}

AuthorizationHeader::Scheme WebhookForm::scheme() const
{
    return AuthorizationHeader::schemeFromName(m_ui->authorizationSchemeCombo->currentData().toString())
        .value_or(AuthorizationHeader::Scheme::Custom);
}

void WebhookForm::setLogFormat(LogFormat format)
{
    m_ui->logFormatCombo->setCurrentIndex(std::max(0, m_ui->logFormatCombo->findData(toString(format))));
}

LogFormat WebhookForm::logFormat() const
{
    return logFormatFromString(m_ui->logFormatCombo->currentData().toString()).value_or(LogFormat::Cef);
}

QString WebhookForm::composedAuthorization() const
{
    const QString credential = m_ui->authorizationEdit->text();
    if (credential.isEmpty())
        return {};
    return AuthorizationHeader::compose(scheme(), credential);
}

WebhookConfig WebhookForm::desired() const
{
    WebhookConfig config;
    config.endpoint = m_ui->endpointEdit->text();
    config.enabled = m_ui->enabledCheckBox->isChecked();
    config.logFormat = logFormat();
    config.skipSslVerification = m_ui->skipTlsCheckBox->isChecked();
    const QString authorization = composedAuthorization();
    const bool configured = m_current && !m_current->endpoint.isEmpty();
    if (!authorization.isEmpty() && (!configured || authorization != m_knownAuthorization))
        config.authorization = authorization;
    return config;
}

void WebhookForm::setDestinationMode(bool on)
{
    m_destinationMode = on;
    m_ui->enabledCheckBox->setVisible(!on);
    m_ui->rememberAuthorizationCheckBox->setVisible(!on);
    refresh();
}

FieldErrors WebhookForm::problems() const
{
    FieldErrors errors;
    const QString endpoint = m_ui->endpointEdit->text();
    if (VendorPreset::hasUnfilledPlaceholders(endpoint)) {
        const QStringList names = VendorPreset::placeholderNames(endpoint);
        errors.append({kEndpoint,
                       tr("Replace the highlighted parts of the endpoint: %1.")
                           .arg(QLatin1Char('<') + names.join(QStringLiteral(">, <")) + QLatin1Char('>'))});
    } else if (auto error = WebhookConfig::checkEndpoint(endpoint)) {
        errors.append(*error);
    }
    const QString credential = m_ui->authorizationEdit->text();
    const bool configured = m_current && !m_current->endpoint.isEmpty();
    if (!credential.isEmpty()) {
        if (auto error = AuthorizationHeader::check(scheme(), credential))
            errors.append(*error);
    } else if (!configured) {
        errors.append({kAuthorization,
                       tr("Konnect needs an authorization for a new webhook: enter what your SIEM expects. For a "
                          "receiver that takes none, choose its vendor preset to fill in a harmless placeholder.")});
    }
    return errors;
}

bool WebhookForm::hasChanges() const
{
    if (!m_current)
        return false;
    const WebhookConfig wanted = desired();
    if (m_current->endpoint.isEmpty())
        return !wanted.endpoint.isEmpty() || wanted.authorization.has_value();
    return !wanted.sameSettingsAs(*m_current) || wanted.authorization.has_value();
}

bool WebhookForm::looksLikeSecretUrl(const QString& endpoint)
{
    const QUrl url(endpoint);
    if (!url.isValid())
        return false;
    if (url.path().contains(QLatin1String("/receiver/v1/http/")))
        return true; // Sumo Logic: the path's last part is the token
    const auto items = QUrlQuery(url).queryItems();
    for (const auto& item : items) {
        if (SecretRedactor::isCredentialParameter(item.first))
            return true;
    }
    return !url.password().isEmpty();
}

QString WebhookForm::shownEndpoint(const QString& endpoint)
{
    if (!looksLikeSecretUrl(endpoint))
        return SecretRedactor::redact(endpoint);
    const QUrl url(endpoint);
    return tr("%1://%2/%3 (hidden: the URL holds a key)").arg(url.scheme(), url.host(), SecretRedactor::mask());
}

bool WebhookForm::endpointIsSecret() const
{
    const auto preset = selectedPreset();
    if (preset && preset->endpointIsSecret)
        return true;
    return looksLikeSecretUrl(m_ui->endpointEdit->text()) || (m_current && looksLikeSecretUrl(m_current->endpoint));
}

void WebhookForm::updateEndpointSecrecy()
{
    const bool secret = endpointIsSecret();
    m_ui->showEndpointCheckBox->setVisible(secret);
    const bool hide = secret && !m_ui->showEndpointCheckBox->isChecked();
    m_ui->endpointEdit->setEchoMode(hide ? QLineEdit::Password : QLineEdit::Normal);
    highlightPlaceholders();
}

void WebhookForm::highlightPlaceholders()
{
    // QLineEdit has no API for formatting parts of its text; an input method event with only format attributes
    // is the documented way to style ranges without changing the text, the cursor or the selection.
    QList<QInputMethodEvent::Attribute> attributes;
    if (m_ui->endpointEdit->echoMode() == QLineEdit::Normal) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        QColor background = palette().color(QPalette::Highlight);
        background.setAlpha(90);
        format.setBackground(background);
        format.setFontUnderline(true);
        const int cursor = m_ui->endpointEdit->cursorPosition();
        for (const auto& [start, length] : VendorPreset::placeholderRanges(m_ui->endpointEdit->text()))
            attributes.append({QInputMethodEvent::TextFormat, start - cursor, length, format});
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_ui->endpointEdit, &event);
}

FieldErrors WebhookForm::showServerErrors(const FieldErrors& errors)
{
    FieldErrors unplaced;
    for (const FieldError& error : errors) {
        if (error.field == kEndpoint || error.field == kAuthorization || error.field == kLogFormat
            || error.field == kSkipSsl)
            m_serverErrors.insert(error.field, ErrorText::describeField(error));
        else
            unplaced.append(error);
    }
    refresh();
    return unplaced;
}

void WebhookForm::clearServerErrors()
{
    m_serverErrors.clear();
    refresh();
}

void WebhookForm::onUserEdit(const QString& field)
{
    if (m_filling)
        return;
    m_touched.insert(field);
    if (field == kScheme) {
        m_touched.insert(kAuthorization);
        m_serverErrors.remove(kAuthorization);
    } else {
        m_serverErrors.remove(field);
    }
    if (field == kEndpoint)
        updateEndpointSecrecy();
    refresh();
    emit edited();
}

void WebhookForm::refresh()
{
    const FieldErrors local = problems();
    auto localFor = [&local](const QString& field) {
        for (const FieldError& error : local) {
            if (error.field == field)
                return error.message;
        }
        return QString();
    };
    auto show = [this](QLabel* label, const QString& field, const QString& localProblem, bool showLocal) {
        const QString server = m_serverErrors.value(field);
        FieldMessage::show(label, !server.isEmpty() ? server : (showLocal ? localProblem : QString()));
    };
    // An empty field is not worth a red line before anyone started editing; everything else is checked as typed.
    const bool editing = !m_touched.isEmpty();
    const bool endpointTyped = editing || !m_ui->endpointEdit->text().isEmpty();
    const bool authorizationTyped = editing || !m_ui->authorizationEdit->text().isEmpty();
    show(m_ui->endpointErrorLabel, kEndpoint, localFor(kEndpoint), endpointTyped);
    show(m_ui->authorizationErrorLabel, kAuthorization, localFor(kAuthorization), authorizationTyped);
    show(m_ui->logFormatErrorLabel, kLogFormat, QString(), false);
    show(m_ui->tlsErrorLabel, kSkipSsl, QString(), false);
    if (m_ui->skipTlsCheckBox->isChecked())
        FieldMessage::show(m_ui->tlsWarningLabel,
                           tr("Warning: Konnect will send audit logs without checking this endpoint's certificate, "
                              "so anyone who can intercept the connection can read them. Use this only for a "
                              "self-signed certificate outside production."),
                           FieldMessage::Kind::Warning);
    else
        FieldMessage::clear(m_ui->tlsWarningLabel);
    FieldMessage::show(m_ui->authorizationHintLabel, authorizationHint(), FieldMessage::Kind::Note);
}

QString WebhookForm::authorizationHint() const
{
    const auto preset = selectedPreset();
    const bool configured = m_current && !m_current->endpoint.isEmpty();
    const QString credential = m_ui->authorizationEdit->text();
    if (preset && preset->usesPlaceholderAuthorization() && credential == preset->authorizationPlaceholder)
        return tr("%1 reads no authorization header, but Konnect refuses an empty one: this harmless placeholder is "
                  "sent instead.")
            .arg(preset->name);
    if (configured && credential.isEmpty() && m_destinationMode)
        return tr("Leave empty to keep the stored authorization (Konnect never shows it). Type one only to replace "
                  "it.");
    if (configured && credential.isEmpty())
        return tr("Konnect keeps the authorization it has (it never shows it). Type one only to replace it.");
    if (configured && !m_knownAuthorization.isEmpty() && composedAuthorization() == m_knownAuthorization)
        return tr("This is the authorization last applied from this computer.");
    if (scheme() == AuthorizationHeader::Scheme::Basic)
        return tr("Enter user:password; it is sent Base64-encoded.");
    if (preset && !preset->credentialHint.isEmpty())
        return tr("Enter the %1.").arg(preset->credentialHint);
    return {};
}

WebhookDraft WebhookForm::draft() const
{
    WebhookDraft draft;
    if (!endpointIsSecret())
        draft.endpoint = m_ui->endpointEdit->text();
    draft.enabled = m_ui->enabledCheckBox->isChecked();
    draft.logFormat = logFormat();
    draft.skipSslVerification = m_ui->skipTlsCheckBox->isChecked();
    draft.authorizationScheme = AuthorizationHeader::schemeName(scheme());
    draft.presetId = presetId();
    return draft;
}

void WebhookForm::restoreDraft(const WebhookDraft& draft)
{
    m_filling = true;
    if (const auto index = m_ui->presetCombo->findData(draft.presetId); index >= 0 && !draft.presetId.isEmpty()) {
        m_ui->presetCombo->setCurrentIndex(index);
        m_presetIndex = index;
        showPresetNote(selectedPreset());
    }
    if (draft.endpoint) {
        m_ui->endpointEdit->setText(*draft.endpoint);
        m_touched.insert(kEndpoint);
    }
    m_ui->enabledCheckBox->setChecked(draft.enabled);
    setLogFormat(draft.logFormat);
    m_ui->skipTlsCheckBox->setChecked(draft.skipSslVerification);
    if (const auto scheme = AuthorizationHeader::schemeFromName(draft.authorizationScheme);
        scheme && m_ui->authorizationEdit->text().isEmpty())
        setScheme(*scheme);
    const auto preset = selectedPreset();
    if (preset && preset->usesPlaceholderAuthorization() && m_ui->authorizationEdit->text().isEmpty()) {
        // The placeholder is not a secret, so it comes back with its preset.
        setScheme(preset->authorizationScheme);
        m_ui->authorizationEdit->setText(preset->authorizationPlaceholder);
    }
    m_touched << kEnabled << kLogFormat << kSkipSsl;
    m_filling = false;
    updateEndpointSecrecy();
    refresh();
    emit edited();
}

bool WebhookForm::remembersAuthorization() const
{
    return m_ui->rememberAuthorizationCheckBox->isChecked();
}

void WebhookForm::setRemembersAuthorization(bool remember)
{
    m_ui->rememberAuthorizationCheckBox->setChecked(remember);
}

void WebhookForm::setRememberAvailable(bool available, const QString& whyNot)
{
    m_ui->rememberAuthorizationCheckBox->setEnabled(available);
    m_ui->rememberAuthorizationCheckBox->setToolTip(
        available ? tr("Otherwise it is kept in memory only and forgotten when the window closes") : whyNot);
}

QString WebhookForm::presetId() const
{
    return m_ui->presetCombo->currentData().toString();
}

std::optional<VendorPreset> WebhookForm::selectedPreset() const
{
    return m_catalog.find(presetId());
}

void WebhookForm::choosePreset(const QString& id)
{
    const int index = m_ui->presetCombo->findData(id);
    if (index < 0)
        return;
    m_ui->presetCombo->setCurrentIndex(index);
    onPresetActivated(index);
}

VendorPreset::FormValues WebhookForm::typedValues() const
{
    // Only what a person typed or chose counts: values loaded from Konnect or filled by a preset may be replaced.
    VendorPreset::FormValues typed;
    if (m_touched.contains(kEndpoint))
        typed.endpoint = m_ui->endpointEdit->text();
    if (m_touched.contains(kScheme))
        typed.authorizationScheme = AuthorizationHeader::schemeName(scheme());
    if (m_touched.contains(kAuthorization))
        typed.credential = m_ui->authorizationEdit->text();
    if (m_touched.contains(kLogFormat))
        typed.logFormat = toString(logFormat());
    return typed;
}

void WebhookForm::onPresetActivated(int index)
{
    if (index == m_presetIndex)
        return;
    const auto preset = selectedPreset();
    if (!preset) {
        m_presetIndex = index;
        showPresetNote(std::nullopt);
        updateEndpointSecrecy();
        refresh();
        emit edited();
        return;
    }
    const QStringList overwritten = VendorPreset::fieldsThatWouldOverwrite(typedValues(), *preset);
    if (overwritten.isEmpty()) {
        applyPreset(*preset, true);
        return;
    }
    QStringList labels;
    for (const QString& field : overwritten)
        labels << fieldLabelForPreset(field);
    const QString question = tr("The %1 preset would replace what you typed in: %2. Replace it?")
                                 .arg(preset->name, labels.join(QStringLiteral(", ")));
    MessageBox::ask(this, tr("Replace your values?"), question,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No,
                    [this, id = preset->id](MessageBox::Button answer) {
                        const auto chosen = m_catalog.find(id);
                        if (!chosen || answer == QMessageBox::Cancel || presetId() != id) {
                            restorePresetSelection();
                            return;
                        }
                        applyPreset(*chosen, answer == QMessageBox::Yes);
                    },
                    {{QMessageBox::Yes, tr("Replace")}, {QMessageBox::No, tr("Keep mine, fill the rest")}});
}

void WebhookForm::restorePresetSelection()
{
    m_ui->presetCombo->setCurrentIndex(m_presetIndex);
}

void WebhookForm::applyPreset(const VendorPreset& preset, bool replaceTyped)
{
    const VendorPreset::FormValues typed = typedValues();
    VendorPreset::FormValues values = preset.applyTo(typed);
    if (!replaceTyped) {
        // Keep every typed field; the preset fills only the others.
        if (!typed.endpoint.isEmpty())
            values.endpoint = typed.endpoint;
        if (!typed.authorizationScheme.isEmpty())
            values.authorizationScheme = typed.authorizationScheme;
        if (!typed.credential.isEmpty())
            values.credential = typed.credential;
        if (!typed.logFormat.isEmpty())
            values.logFormat = typed.logFormat;
    }
    m_filling = true;
    m_presetIndex = m_ui->presetCombo->findData(preset.id);
    m_ui->presetCombo->setCurrentIndex(m_presetIndex);
    m_ui->endpointEdit->setText(values.endpoint);
    if (const auto chosen = AuthorizationHeader::schemeFromName(values.authorizationScheme))
        setScheme(*chosen);
    // A typed credential stays; a placeholder replaces only an empty field or another preset's placeholder.
    if (!values.credential.isEmpty() || preset.usesPlaceholderAuthorization() || replaceTyped)
        m_ui->authorizationEdit->setText(values.credential);
    if (const auto format = logFormatFromString(values.logFormat))
        setLogFormat(*format);
    m_filling = false;
    // What the preset filled in is the user's to accept: it counts as an edit, but not as typed by them.
    m_touched.remove(kEndpoint);
    m_touched.remove(kScheme);
    m_touched.remove(kLogFormat);
    if (replaceTyped)
        m_touched.remove(kAuthorization);
    m_serverErrors.clear();
    showPresetNote(preset);
    updateEndpointSecrecy();
    const auto ranges = VendorPreset::placeholderRanges(m_ui->endpointEdit->text());
    m_ui->endpointEdit->setFocus(Qt::OtherFocusReason);
    if (!ranges.isEmpty())
        m_ui->endpointEdit->setSelection(ranges.constFirst().first, ranges.constFirst().second);
    highlightPlaceholders();
    refresh();
    emit edited();
}

void WebhookForm::showPresetNote(const std::optional<VendorPreset>& preset)
{
    if (!preset) {
        m_ui->presetNoteLabel->clear();
        m_ui->presetNoteLabel->setVisible(false);
        m_ui->presetNoteButton->setVisible(false);
        return;
    }
    QString html = QStringLiteral("<p>%1</p>").arg(preset->note.toHtmlEscaped());
    // "Replace the underlined parts" only when the template has parts to replace (<...>).
    if (!preset->endpointTemplate.isEmpty() && preset->endpointTemplate.contains(QLatin1Char('<'))) {
        QString highlighted = preset->endpointTemplate.toHtmlEscaped();
        highlighted.replace(QLatin1String("&lt;"), QLatin1String("<b><u>&lt;"));
        highlighted.replace(QLatin1String("&gt;"), QLatin1String("&gt;</u></b>"));
        html += tr("<p>Endpoint: <code>%1</code> (replace the underlined parts)</p>").arg(highlighted);
    }
    if (!preset->pitfalls.isEmpty()) {
        html += tr("<p>Watch out:</p>") + QStringLiteral("<ul>");
        for (const QString& pitfall : preset->pitfalls)
            html += QStringLiteral("<li>%1</li>").arg(pitfall.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!preset->successLooksLike.isEmpty())
        html += tr("<p>A working receiver answers %1.</p>").arg(preset->successLooksLike.toHtmlEscaped());
    m_ui->presetNoteLabel->setText(html);
    m_ui->presetNoteLabel->setVisible(m_ui->presetNoteButton->isChecked());
    // Short, so a vendor's long name does not widen the form.
    m_ui->presetNoteButton->setText(tr("Notes"));
    m_ui->presetNoteButton->setToolTip(
        tr("Notes on %1: the endpoint to use, pitfalls, what success looks like").arg(preset->name));
    m_ui->presetNoteButton->setVisible(true);
}
