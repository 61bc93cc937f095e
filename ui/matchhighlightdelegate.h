#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Passdesk {

// Marks the part of a device's name or user that matches the search.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setSearchText(const QString &text);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_terms; // folded, as the model matches them
};

} // namespace Passdesk
