#pragma once

#include "AuthorizationHeader.h"
#include "VendorPreset.h"
#include "VendorPresetCatalog.h"
#include "WebhookConfig.h"
#include "WebhookDraft.h"

#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class WebhookForm;
}

// The settings the admin wants: endpoint (checked while typing), authorization as scheme + credential (hidden
// unless shown), enabled, log format, TLS verification (with a warning when skipped), and vendor presets that fill
// it. It knows what Konnect has (setCurrent) so it can tell whether there is anything to apply; it never talks to
// the network.
class WebhookForm : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookForm(QWidget* parent = nullptr);
    ~WebhookForm() override;

    void setCatalog(const VendorPresetCatalog& catalog);
    // The settings of an audit log destination: no Enabled (that belongs to each webhook's binding) and no keychain
    // option; an empty authorization keeps the stored one.
    void setDestinationMode(bool on);

    // What Konnect reported (nothing: not loaded). Does not change the fields.
    void setCurrent(const std::optional<WebhookConfig>& current);
    // Konnect took the form's settings: they are now the current ones, and nothing is the user's edit any more.
    void acceptApplied(const WebhookConfig& stored);
    // Fills the fields from what Konnect has (or the defaults for a new webhook) and forgets the user's edits.
    void resetToCurrent();
    // The authorization Konnect is known to have (from the keychain or from the last apply of this session). It
    // fills an empty credential field and does not count as a change.
    void setKnownAuthorization(const QString& authorization);
    QString knownAuthorization() const { return m_knownAuthorization; }

    // The settings to send; the authorization only when it is new or changed.
    WebhookConfig desired() const;
    // The authorization the fields compose, whether or not it is a change; empty when the credential is empty.
    QString composedAuthorization() const;
    FieldErrors problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // There is something to apply: the settings differ from Konnect's or a new authorization was typed.
    bool hasChanges() const;
    // The endpoint carries a key (vendor preset or a key-like query), so it is masked like a secret.
    bool endpointIsSecret() const;
    static bool looksLikeSecretUrl(const QString& endpoint);
    // An endpoint as a list may show it: its host only when the URL holds a key.
    static QString shownEndpoint(const QString& endpoint);

    // Konnect refused fields: shown next to them until they are edited. Returns what has no field here.
    FieldErrors showServerErrors(const FieldErrors& errors);
    void clearServerErrors();

    WebhookDraft draft() const;
    void restoreDraft(const WebhookDraft& draft);

    bool remembersAuthorization() const;
    void setRemembersAuthorization(bool remember);
    void setRememberAvailable(bool available, const QString& whyNot);

    // Chooses a preset as a person would (asking before it overwrites typed values). Empty id: no preset.
    void choosePreset(const QString& id);
    QString presetId() const;

signals:
    // Any change a person made (or a preset or draft made for them).
    void edited();
    void rememberAuthorizationToggled(bool remember);

private:
    void fillPresetCombo();
    void onPresetActivated(int index);
    void applyPreset(const VendorPreset& preset, bool replaceTyped);
    void restorePresetSelection();
    VendorPreset::FormValues typedValues() const;
    void setScheme(AuthorizationHeader::Scheme scheme);
    AuthorizationHeader::Scheme scheme() const;
    void setLogFormat(LogFormat format);
    LogFormat logFormat() const;
    void fillAuthorization(const QString& authorization);
    void onUserEdit(const QString& field);
    void refresh();
    void updateEndpointSecrecy();
    void highlightPlaceholders();
    void showPresetNote(const std::optional<VendorPreset>& preset);
    QString authorizationHint() const;
    std::optional<VendorPreset> selectedPreset() const;
    // The labels under the fields whose messages come and go as a person types.
    QList<QLabel*> messageLabels() const;

    const std::unique_ptr<Ui::WebhookForm> m_ui;
    VendorPresetCatalog m_catalog;
    std::optional<WebhookConfig> m_current;
    QString m_knownAuthorization;
    QSet<QString> m_touched; // fields a person changed since the last reset
    QHash<QString, QString> m_serverErrors;
    int m_presetIndex = 0; // the combo's accepted selection, to go back to when a person declines
    bool m_filling = false; // programmatic changes are not a person's edits
    bool m_destinationMode = false;
};
