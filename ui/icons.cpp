#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Passdesk::Icons {

QIcon icon(const QString &name)
{
    QFile file(QStringLiteral(":/passdesk/icons/%1_24_regular.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    const QColor color = QApplication::palette().color(QPalette::WindowText);
    svg.replace("<svg ", "<svg fill=\"" + color.name().toLatin1() + "\" ");
    QSvgRenderer renderer(svg);
    QIcon result;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace Passdesk::Icons
