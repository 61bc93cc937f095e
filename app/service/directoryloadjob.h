#pragma once

#include "device.h"
#include "grapherror.h"

#include <QObject>
#include <QPointer>

#include <vector>

namespace Passdesk {

class DeviceListJob;
class Session;

// Loads every managed device of the tenant into the session's device model.
class DirectoryLoadJob : public QObject
{
    Q_OBJECT
public:
    explicit DirectoryLoadJob(Session *session);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(int devicesLoaded);
    void finished(int deviceCount);
    void failed(const Passdesk::GraphError &error);
    void canceled();

private:
    Session *m_session;
    QPointer<DeviceListJob> m_list;
    std::vector<Device> m_devices;
};

} // namespace Passdesk
