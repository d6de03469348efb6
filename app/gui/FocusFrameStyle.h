#pragma once

#include <QProxyStyle>

// Keyboard focus that is clearly visible, in light and dark palettes alike: on top of what the platform style
// draws, the widget with focus gets a 2 px outline in the palette's highlight colour (push and tool buttons, line
// edits, combo and spin boxes, item views and other framed widgets), and the style's own focus rectangle (tab bar
// tabs, check boxes, radio buttons, the current cell of a table) becomes the same solid outline instead of a faint
// dotted one. Everything else is the platform style's.
class FocusFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    static constexpr int outlineWidth = 2;

    // Wraps the application's style once (again after someone set another style).
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;

private:
    explicit FocusFrameStyle(QStyle* base)
        : QProxyStyle(base)
    {
    }
    static void drawOutline(const QStyleOption* option, QPainter* painter);
};
