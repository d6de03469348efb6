#include "FieldMessage.h"

#include <QLabel>
#include <QPalette>

namespace {
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString colourFor(FieldMessage::Kind kind, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case FieldMessage::Kind::Problem:
        return dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020");
    case FieldMessage::Kind::Warning:
        return dark ? QStringLiteral("#ffd180") : QStringLiteral("#8a4b00");
    case FieldMessage::Kind::Note:
        break;
    }
    return {};
}
} // namespace

void FieldMessage::show(QLabel* label, const QString& text, Kind kind)
{
    if (text.isEmpty()) {
        clear(label);
        return;
    }
    const QString colour = colourFor(kind, label->palette());
    label->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(colour));
    label->setText(text);
    label->setVisible(true);
}

void FieldMessage::clear(QLabel* label)
{
    label->clear();
    label->setVisible(false);
}
