#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int kMargin = 4;

// Lays `text` out in `width` and returns its height; draws it at `origin` when a painter is given.
qreal layOut(const QString& text, const QFont& font, qreal width, QPainter* painter = nullptr, QPointF origin = {})
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, origin);
    return height;
}
} // namespace

void WrappingItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    layOut(text, opt.font, textRect.width() - 2 * kMargin, painter,
           QPointF(textRect.left() + kMargin, textRect.top() + 2));
    painter->restore();
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    int width = option.rect.width();
    if (width <= 0)
        return base;
    if (!opt.icon.isNull())
        width -= opt.decorationSize.width() + kMargin;
    const int height = int(layOut(opt.text, opt.font, width - 3 * kMargin)) + 6;
    return {base.width(), qMax(base.height(), height)};
}
