#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

// Where the window opens: its remembered size and place, or a default size, always inside the screen's available
// geometry (without panels and docks), frame included, so no button ends up off-screen on a small screen.
class WindowPlacement
{
public:
    static constexpr QSize defaultSize {1040, 760};

    // The frame rectangle (title bar and borders included) moved and shrunk into `available`.
    static QRect fit(const QRect& frame, const QRect& available);
    // Fits `window` into the available geometry of the screen it is on. Its decoration is a guess until the window
    // manager has shown it once.
    static void fitOnScreen(QWidget* window);
    static QMargins frameMargins(const QWidget* window);
};
