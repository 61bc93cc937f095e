// Generates every icon size and format from the one SVG source:
//   passdesk-icongen SOURCE.svg OUTDIR APPID
// writes OUTDIR/hicolor/NxN/apps/APPID.png, OUTDIR/passdesk.ico and OUTDIR/passdesk.icns.
// ICO and ICNS are written here (both are a short header around PNG images)
// because Qt's image plugins for them are not installed everywhere.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

template<typename T>
void putLE(QByteArray &out, T value)
{
    T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

template<typename T>
void putBE(QByteArray &out, T value)
{
    T be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

QByteArray ico(QSvgRenderer &renderer)
{
    const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    QByteArray header;
    QByteArray images;
    putLE<quint16>(header, 0);
    putLE<quint16>(header, 1); // icon
    putLE<quint16>(header, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (const int size : sizes) {
        const QByteArray png = renderPng(renderer, size);
        header.append(char(size >= 256 ? 0 : size)); // 0 means 256
        header.append(char(size >= 256 ? 0 : size));
        header.append(char(0)); // no palette
        header.append(char(0));
        putLE<quint16>(header, 1); // planes
        putLE<quint16>(header, 32); // bits per pixel
        putLE<quint32>(header, quint32(png.size()));
        putLE<quint32>(header, offset);
        offset += quint32(png.size());
        images += png;
    }
    return header + images;
}

QByteArray icns(QSvgRenderer &renderer)
{
    const QList<QPair<const char *, int>> entries{
        {"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        putBE<quint32>(body, quint32(png.size() + 8));
        body += png;
    }
    QByteArray out("icns");
    putBE<quint32>(out, quint32(body.size() + 8));
    return out + body;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: passdesk-icongen SOURCE.svg OUTDIR APPID\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "passdesk-icongen: cannot read %s\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const QString appId = QString::fromLocal8Bit(argv[3]);
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString dir = QStringLiteral("hicolor/%1x%1/apps").arg(size);
        out.mkpath(dir);
        if (!writeFile(out.filePath(dir + QLatin1Char('/') + appId + QLatin1String(".png")), renderPng(renderer, size)))
            return 1;
    }
    if (!writeFile(out.filePath(QStringLiteral("passdesk.ico")), ico(renderer))
        || !writeFile(out.filePath(QStringLiteral("passdesk.icns")), icns(renderer)))
        return 1;
    return 0;
}
