#pragma once

#include <QStyledItemDelegate>

// Wraps a cell's text at word boundaries, or anywhere when a word (a URL) is wider than the column, so a table shows
// every value in full without scrolling sideways. Rows get as tall as their text (with a ResizeToContents header).
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
