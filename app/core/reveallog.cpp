#include "reveallog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace Passdesk {

QString RevealLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/reveal-log.jsonl");
}

RevealLog::RevealLog(const QString &path)
    : m_path(path)
{ }

bool RevealLog::append(const Entry &e)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject o{{QStringLiteral("when"), e.when.toUTC().toString(Qt::ISODate)}, {QStringLiteral("who"), e.who},
        {QStringLiteral("kind"), e.kind}, {QStringLiteral("deviceId"), e.deviceId},
        {QStringLiteral("deviceName"), e.deviceName}};
    return file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') > 0;
}

std::vector<RevealLog::Entry> RevealLog::entries(const QString &deviceId) const
{
    std::vector<Entry> list;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    if (file.size() > kMaxReadBytes) {
        file.seek(file.size() - kMaxReadBytes);
        file.readLine(); // the rest of a line cut in two
    }
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine(64 * 1024)).object();
        if (o.value(QLatin1String("deviceId")).toString() != deviceId)
            continue; // another device, or a line that is not ours
        Entry e;
        e.when = QDateTime::fromString(o.value(QLatin1String("when")).toString(), Qt::ISODate);
        e.who = o.value(QLatin1String("who")).toString();
        e.kind = o.value(QLatin1String("kind")).toString();
        e.deviceId = deviceId;
        e.deviceName = o.value(QLatin1String("deviceName")).toString();
        if (e.when.isValid() && !e.kind.isEmpty())
            list.push_back(e);
    }
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace Passdesk
