#include "devicelistjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"

#include <QJsonArray>

namespace Passdesk {

DeviceListJob::DeviceListJob(GraphClient *client, const QUrl &firstPage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_firstPage(firstPage)
{ }

void DeviceListJob::start()
{
    fetch(m_firstPage);
}

void DeviceListJob::cancel()
{
    m_canceled = true;
    if (m_call)
        m_call->abort();
}

void DeviceListJob::fetch(const QUrl &url)
{
    m_call = m_client->get(url);
    connect(m_call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        if (m_canceled)
            return;
        const QJsonArray values = body.value(QLatin1String("value")).toArray();
        std::vector<Device> devices;
        devices.reserve(size_t(values.size()));
        for (const QJsonValue &v : values) {
            Device d = deviceFromJson(v.toObject());
            if (!d.id.isEmpty())
                devices.push_back(std::move(d));
        }
        ++m_pages;
        m_devices += int(devices.size());
        Q_EMIT pageReceived(devices);
        // Followed verbatim: the link carries the server's own skip token.
        const QUrl next(body.value(QLatin1String("@odata.nextLink")).toString());
        if (next.isValid() && !next.isEmpty() && !m_canceled)
            fetch(next);
        else if (!m_canceled)
            Q_EMIT finished();
    });
    connect(m_call, &GraphCall::failed, this, [this](const GraphError &error) {
        if (!m_canceled)
            Q_EMIT failed(error);
    });
    m_call->start();
}

} // namespace Passdesk
