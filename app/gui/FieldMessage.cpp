#include "FieldMessage.h"

#include <QLabel>
#include <QPalette>
#include <algorithm>

namespace {
const char* const kReservesSpace = "kawReservesSpace";

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

bool reservesSpace(const QLabel* label)
{
    return label->property(kReservesSpace).toBool();
}

int oneLine(const QLabel* label)
{
    const QFontMetrics metrics(label->font());
    const QMargins margins = label->contentsMargins();
    return std::max(metrics.height(), metrics.lineSpacing()) + margins.top() + margins.bottom() + 2 * label->margin();
}

// The height the label takes on screen now becomes its floor: whatever it shows next, nothing below moves up.
void keepHeight(QLabel* label)
{
    if (reservesSpace(label) && label->isVisible())
        label->setMinimumHeight(std::max(label->minimumHeight(), label->height()));
}
} // namespace

void FieldMessage::show(QLabel* label, const QString& text, Kind kind)
{
    if (text.isEmpty()) {
        clear(label);
        return;
    }
    keepHeight(label);
    const QString colour = colourFor(kind, label->palette());
    label->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(colour));
    label->setText(text);
    label->setVisible(true);
}

void FieldMessage::clear(QLabel* label)
{
    if (reservesSpace(label)) {
        keepHeight(label);
        label->clear();
        return;
    }
    label->clear();
    label->setVisible(false);
}

void FieldMessage::reserveSpace(QLabel* label)
{
    label->setProperty(kReservesSpace, true);
    label->setMinimumHeight(oneLine(label));
    label->setVisible(true);
}

void FieldMessage::release(QLabel* label)
{
    if (reservesSpace(label))
        label->setMinimumHeight(oneLine(label));
}
