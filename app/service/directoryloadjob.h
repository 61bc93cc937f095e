#pragma once

#include "device.h"
#include "grapherror.h"
#include "job.h"

#include <QPointer>

#include <vector>

namespace Passdesk {

class DeviceListJob;
class DeviceStore;
class GraphClient;

// Loads every managed device of the tenant into the device model: all of them
// or none (the model keeps its last complete list when the load fails).
class DirectoryLoadJob : public Job
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Status { Loaded, Failed, Canceled };
        Status status = Status::Failed;
        int count = 0;
        int skipped = 0; // records that could not be read and are not in the list
        QString skipReason; // the first reason
        GraphError error; // Failed
    };

    DirectoryLoadJob(GraphClient *graph, DeviceStore *devices, QObject *parent = nullptr);
    // Valid once finished() has been emitted.
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void progress(int devicesLoaded);

protected:
    void run() override;
    void onCancel() override;

private:
    GraphClient *m_graph;
    DeviceStore *m_store;
    QPointer<DeviceListJob> m_list;
    std::vector<Device> m_devices;
    Result m_result;
};

} // namespace Passdesk
