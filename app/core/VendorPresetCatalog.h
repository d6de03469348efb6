#pragma once

#include "VendorPreset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// The SIEM presets shipped in vendors.json (compiled in as resourcePath()). The file is checked strictly: a typo in a
// field name or a wrong type is an error naming the preset and the field, so a broken file never half-loads.
//
// Shape: {"version": 1, "comment": "...", "commonAnswerHints": [hint...], "presets": [preset...]} where a preset has
// id, name, endpointTemplate, authorizationScheme ("Bearer", "Splunk", "Basic", "custom" or "placeholder"),
// authorizationPlaceholder (required for, and only for, "placeholder"), credentialHint (optional), logFormat,
// endpointIsSecret, successLooksLike, note, pitfalls [string...] and answerHints [{status, code?, text}...].
class VendorPresetCatalog
{
public:
    static QString resourcePath(); // ":/presets/vendors.json"

    // An empty catalog and *error set when the text is not a valid catalog.
    static VendorPresetCatalog fromJson(const QByteArray& json, QString* error = nullptr);
    static VendorPresetCatalog fromFile(const QString& path, QString* error = nullptr);

    bool isEmpty() const { return m_presets.isEmpty(); }
    QList<VendorPreset> presets() const { return m_presets; } // in file order
    std::optional<VendorPreset> find(const QString& id) const;

private:
    QList<VendorPreset> m_presets;
};
