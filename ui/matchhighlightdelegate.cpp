#include "matchhighlightdelegate.h"

#include "devicestore.h"
#include "devicetreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Passdesk {

void MatchHighlightDelegate::setSearchText(const QString &text)
{
    m_terms = foldForSearch(text).split(QChar(u' '), Qt::SkipEmptyParts);
}

void MatchHighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QString folded = foldForSearch(text);
    QList<QTextLayout::FormatRange> ranges;
    // Folding keeps positions for precomposed Latin text; otherwise draw plainly.
    if (!m_terms.isEmpty() && folded.size() == text.size() && !index.data(DeviceTreeModel::IsGroupRole).toBool()) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontUnderline(true);
        for (const QString &term : m_terms) {
            for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.size()))
                ranges.append({int(at), int(term.size()), format});
        }
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QFont bold = opt.font;
    bold.setBold(true);
    if (ranges.isEmpty() || QFontMetrics(bold).horizontalAdvance(text) > textRect.width() - 4) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QTextLayout layout(text, opt.font);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left() + 2, y));
    painter->restore();
}

} // namespace Passdesk
