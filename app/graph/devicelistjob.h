#pragma once

#include "device.h"
#include "grapherror.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <vector>

namespace Passdesk {

class GraphCall;
class GraphClient;

// Lists managed devices page by page, following @odata.nextLink to the end.
// Each page is parsed and handed out as it arrives; the tenant's JSON is never held whole.
class DeviceListJob : public QObject
{
    Q_OBJECT
public:
    DeviceListJob(GraphClient *client, const QUrl &firstPage, QObject *parent = nullptr);

    void start();
    void cancel();
    int pagesReceived() const { return m_pages; }
    int devicesReceived() const { return m_devices; }

Q_SIGNALS:
    void pageReceived(const std::vector<Passdesk::Device> &devices);
    void finished();
    void failed(const Passdesk::GraphError &error);

private:
    void fetch(const QUrl &url);

    GraphClient *m_client;
    QUrl m_firstPage;
    QPointer<GraphCall> m_call;
    int m_pages = 0;
    int m_devices = 0;
    bool m_canceled = false;
};

} // namespace Passdesk
