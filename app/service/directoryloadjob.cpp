#include "directoryloadjob.h"

#include "devicejson.h"
#include "devicestore.h"
#include "graphclient.h"
#include "pagedlistjob.h"

namespace Passdesk {

DirectoryLoadJob::DirectoryLoadJob(GraphClient *graph, DeviceStore *devices, QObject *parent)
    : Job(parent)
    , m_graph(graph)
    , m_store(devices)
{ }

void DirectoryLoadJob::run()
{
    m_list = new DeviceListJob(m_graph, m_graph->devicesUrl(deviceSelectFields()), this);
    connect(m_list, &DeviceListJob::pageReceived, this, [this](const std::vector<Device> &page) {
        m_devices.insert(m_devices.end(), page.begin(), page.end());
        Q_EMIT progress(int(m_devices.size()));
    });
    connect(m_list, &DeviceListJob::finished, this, [this] {
        m_result.status = Result::Status::Loaded;
        m_result.count = int(m_devices.size());
        m_result.skipped = m_list->skipped();
        m_result.skipReason = m_list->firstSkipReason();
        m_store->reset(std::move(m_devices));
        m_devices = {};
        finish();
    });
    connect(m_list, &DeviceListJob::failed, this, [this](const GraphError &error) {
        m_result.status = Result::Status::Failed;
        m_result.error = error;
        m_devices = {};
        finish();
    });
    m_list->start();
}

void DirectoryLoadJob::onCancel()
{
    if (m_list)
        m_list->cancel();
    m_result.status = Result::Status::Canceled;
    m_devices = {};
}

} // namespace Passdesk
