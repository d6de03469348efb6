#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a single-line cell's text from a cache of elided, laid-out texts (QStaticText). QStyledItemDelegate lays a
// cell's text out three times on every paint (its size, its elided form, its drawing): in a table of a few hundred
// visible cells repainted while records stream in, that was most of a frame. Cells with an icon, a check box or
// right-to-left text are painted by QStyledItemDelegate as before.
class StaticTextItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Key
    {
        QString text;
        int width = 0;
        bool operator==(const Key& other) const { return width == other.width && text == other.text; }
        friend size_t qHash(const Key& key, size_t seed = 0) { return qHashMulti(seed, key.text, key.width); }
    };
    const QStaticText& laidOut(const QString& text, int width, const QStyleOptionViewItem& option) const;

    // Visible cells repeat (types, principals, verdicts) and stay the same between repaints; a few thousand entries
    // are a few hundred KiB, so the cache is simply emptied when full.
    static constexpr qsizetype maxEntries = 4096;
    mutable QHash<Key, QStaticText> m_cache;
    mutable QFont m_cacheFont;
};
