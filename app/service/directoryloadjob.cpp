#include "directoryloadjob.h"

#include "devicejson.h"
#include "devicelistjob.h"
#include "devicetreemodel.h"
#include "graphclient.h"
#include "session.h"

namespace Passdesk {

DirectoryLoadJob::DirectoryLoadJob(Session *session)
    : QObject(session)
    , m_session(session)
{ }

void DirectoryLoadJob::start()
{
    GraphClient *graph = m_session->graph();
    m_list = new DeviceListJob(graph, graph->devicesUrl(deviceSelectFields()), this);
    connect(m_list, &DeviceListJob::pageReceived, this, [this](const std::vector<Device> &page) {
        m_devices.insert(m_devices.end(), page.begin(), page.end());
        Q_EMIT progress(int(m_devices.size()));
    });
    connect(m_list, &DeviceListJob::finished, this, [this] {
        m_skipped = m_list->skipped();
        m_skipReason = m_list->firstSkipReason();
        const int count = int(m_devices.size());
        m_session->devices()->setDevices(std::move(m_devices));
        m_devices = {};
        Q_EMIT finished(count);
        deleteLater();
    });
    connect(m_list, &DeviceListJob::failed, this, [this](const GraphError &error) {
        Q_EMIT failed(error);
        deleteLater();
    });
    m_list->start();
}

void DirectoryLoadJob::cancel()
{
    if (m_list)
        m_list->cancel();
    Q_EMIT canceled();
    deleteLater();
}

} // namespace Passdesk
