#pragma once

#include <QString>

// Text from Konnect, a SIEM or a file (problem details, status messages, endpoints, key ids, file names) may carry
// control characters that a terminal would obey: ESC and CSI sequences that recolour, move the cursor or rewrite the
// title, CR that overwrites a line, LF that starts a line which looks like ours. Human output passes through here so
// that such characters show as visible escapes instead: C0 and DEL as \xHH, C1 as \u00HH.
class TerminalText
{
public:
    // Every control character, line breaks included: for one value inside a line.
    static QString escapeControls(const QString& text);
    // The same, but keeps '\n' (our own line breaks in text made of several lines); CR is still escaped.
    static QString escapeControlsKeepingLines(const QString& text);
    static bool isControl(QChar c);
};
