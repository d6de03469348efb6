#include "TerminalText.h"

namespace {
QString escape(const QString& text, bool keepLines)
{
    qsizetype i = 0;
    while (i < text.size() && !(TerminalText::isControl(text.at(i)) && !(keepLines && text.at(i) == u'\n')))
        ++i;
    if (i == text.size())
        return text; // the usual case: nothing to escape, no copy
    QString out = text.left(i);
    out.reserve(text.size() + 8);
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!TerminalText::isControl(c) || (keepLines && c == u'\n')) {
            out += c;
            continue;
        }
        const ushort code = c.unicode();
        if (code >= 0x80)
            out += QStringLiteral("\\u%1").arg(code, 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\x%1").arg(code, 2, 16, QLatin1Char('0'));
    }
    return out;
}
} // namespace

bool TerminalText::isControl(QChar c)
{
    const ushort code = c.unicode();
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

QString TerminalText::escapeControls(const QString& text)
{
    return escape(text, false);
}

QString TerminalText::escapeControlsKeepingLines(const QString& text)
{
    return escape(text, true);
}
