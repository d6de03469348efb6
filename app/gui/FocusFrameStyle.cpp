#include "FocusFrameStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

void FocusFrameStyle::install()
{
    if (qobject_cast<FocusFrameStyle*>(QApplication::style()))
        return;
    // The proxy owns its base: a fresh instance of the style in use, so that the application's own is not deleted
    // under widgets that still point at it.
    QStyle* base = QStyleFactory::create(QApplication::style()->name());
    QApplication::setStyle(new FocusFrameStyle(base));
}

void FocusFrameStyle::drawOutline(const QStyleOption* option, QPainter* painter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), outlineWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const int inset = outlineWidth / 2;
    painter->drawRect(option->rect.adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                    const QWidget* widget) const
{
    if (element == PE_FrameFocusRect) {
        drawOutline(option, painter);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool focused = option->state & State_HasFocus;
    if (focused && (element == PE_PanelButtonCommand || element == PE_PanelButtonTool || element == PE_FrameLineEdit))
        drawOutline(option, painter);
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Framed widgets (tables, lists, text views) draw their frame through CE_ShapedFrame; the tab bar's current tab
    // carries the tab bar's focus.
    if ((element == CE_ShapedFrame || element == CE_TabBarTab) && (option->state & State_HasFocus))
        drawOutline(option, painter);
}

void FocusFrameStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                         const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_SpinBox) && (option->state & State_HasFocus))
        drawOutline(option, painter);
}
