#include "StaticTextItemDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

void StaticTextItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plain = !(opt.features
                         & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
                            | QStyleOptionViewItem::WrapText))
        && opt.direction == Qt::LeftToRight && !(opt.state & QStyle::State_Editing)
        && !opt.text.contains(QChar::LineSeparator) && !opt.text.contains(QLatin1Char('\n'));
    if (!plain)
        return QStyledItemDelegate::paint(painter, option, index);

    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // The style paints what is not text (background, selection, focus), as it would for this cell.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The same margins and colours as QCommonStyle's item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QStaticText& laid = laidOut(text, textRect.width(), opt);
    const QSizeF size = laid.size();
    const Qt::Alignment horizontal
        = QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
    qreal x = textRect.left();
    if (horizontal & Qt::AlignRight)
        x = textRect.right() + 1 - size.width();
    else if (horizontal & Qt::AlignHCenter)
        x = textRect.left() + (textRect.width() - size.width()) / 2;
    const Qt::Alignment vertical = opt.displayAlignment & Qt::AlignVertical_Mask;
    qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
    if (vertical & Qt::AlignTop)
        y = textRect.top();
    else if (vertical & Qt::AlignBottom)
        y = textRect.bottom() + 1 - size.height();

    painter->save();
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
}

const QStaticText& StaticTextItemDelegate::laidOut(const QString& text, int width,
                                                   const QStyleOptionViewItem& option) const
{
    if (option.font != m_cacheFont) {
        m_cache.clear();
        m_cacheFont = option.font;
    }
    const Key key {text, width};
    const auto found = m_cache.constFind(key);
    if (found != m_cache.constEnd())
        return *found;
    if (m_cache.size() >= maxEntries)
        m_cache.clear();
    QStaticText laid(QFontMetrics(option.font).elidedText(text, option.textElideMode, width));
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), option.font);
    return *m_cache.insert(key, laid);
}
