#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

namespace Passdesk::LogFile {

namespace {

QtMessageHandler g_previous = nullptr;
QString g_path;
QMutex g_mutex;
constexpr qint64 kMaxBytes = 2 * 1024 * 1024;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    {
        QMutexLocker lock(&g_mutex);
        QFile file(g_path);
        if (file.size() > kMaxBytes) {
            QFile::remove(g_path + QLatin1String(".1"));
            QFile::rename(g_path, g_path + QLatin1String(".1"));
        }
        if (file.open(QIODevice::Append | QIODevice::Text)) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levels[qBound(0, int(type), 4)] + ' ' + (context.category ? context.category : "default") + ": "
                + message.toUtf8() + '\n';
            file.write(line);
        }
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

void install(const QString &dir)
{
    QDir().mkpath(dir);
    g_path = QDir(dir).filePath(QStringLiteral("passdesk.log"));
    g_previous = qInstallMessageHandler(handler);
}

QString path()
{
    return g_path;
}

} // namespace Passdesk::LogFile
