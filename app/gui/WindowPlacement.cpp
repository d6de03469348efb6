#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

QRect WindowPlacement::fit(const QRect& frame, const QRect& available)
{
    QRect fitted(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (fitted.right() > available.right())
        fitted.moveRight(available.right());
    if (fitted.bottom() > available.bottom())
        fitted.moveBottom(available.bottom());
    if (fitted.left() < available.left())
        fitted.moveLeft(available.left());
    if (fitted.top() < available.top())
        fitted.moveTop(available.top());
    return fitted;
}

QMargins WindowPlacement::frameMargins(const QWidget* window)
{
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const QMargins known(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                         frame.bottom() - inner.bottom());
    if (!known.isNull())
        return known;
    // Not shown yet: room for a common title bar and border, so the first placement already leaves space for them.
    return window->isWindow() ? QMargins(4, 32, 4, 4) : QMargins();
}

void WindowPlacement::fitOnScreen(QWidget* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QMargins margins = frameMargins(window);
    const QRect frame = window->geometry().marginsAdded(margins);
    const QRect fitted = fit(frame, screen->availableGeometry()).marginsRemoved(margins);
    // A layout's minimum can be larger than a tiny screen; then the top left corner (the menus) stays visible.
    window->resize(fitted.size().expandedTo(window->minimumSize()));
    window->move(fitted.topLeft() - QPoint(margins.left(), margins.top()));
}
