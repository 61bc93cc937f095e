#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Passdesk::Icons {

namespace {

QIcon render(const QByteArray &svg, const QList<int> &sizes)
{
    QSvgRenderer renderer(svg);
    QIcon result;
    for (const int size : sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QIcon icon(const QString &name)
{
    QByteArray svg = readResource(QStringLiteral(":/passdesk/icons/%1_24_regular.svg").arg(name));
    if (svg.isEmpty())
        return {};
    const QColor color = QApplication::palette().color(QPalette::WindowText);
    svg.replace("<svg ", "<svg fill=\"" + color.name().toLatin1() + "\" ");
    return render(svg, {16, 24, 32, 48, 64});
}

QIcon appIcon()
{
    return render(readResource(QStringLiteral(":/passdesk/passdesk.svg")), {16, 24, 32, 48, 64, 128, 256});
}

} // namespace Passdesk::Icons
