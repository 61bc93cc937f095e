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
    // Records that could not be read and are not in the list.
    int skipped() const { return m_skipped; }
    QString firstSkipReason() const { return m_skipReason; }

Q_SIGNALS:
    void progress(int devicesLoaded);
    void finished(int deviceCount);
    void failed(const Passdesk::GraphError &error);
    void canceled();

private:
    Session *m_session;
    QPointer<DeviceListJob> m_list;
    std::vector<Device> m_devices;
    int m_skipped = 0;
    QString m_skipReason;
};

} // namespace Passdesk
