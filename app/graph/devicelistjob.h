#pragma once

#include "device.h"
#include "grapherror.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <vector>

namespace Passdesk {

class GraphCall;
class GraphClient;

// Lists managed devices page by page, following @odata.nextLink to the end.
// Each page is parsed and handed out as it arrives; the tenant's JSON is never held whole.
// A page without a "value" array, a nextLink outside Graph, a link seen before
// or more than maxPages pages fail the whole list: it is complete or an error.
// A record that cannot be read is skipped and counted (skipped()).
class DeviceListJob : public QObject
{
    Q_OBJECT
public:
    DeviceListJob(GraphClient *client, const QUrl &firstPage, QObject *parent = nullptr);

    void start();
    void cancel();
    int pagesReceived() const { return m_pages; }
    int devicesReceived() const { return m_devices; }
    int skipped() const { return m_skipped; }
    // The first reason a record was skipped, for the warning.
    QString firstSkipReason() const { return m_skipReason; }
    void setMaxPages(int pages) { m_maxPages = pages; }

    static constexpr int kDefaultMaxPages = 5000;

Q_SIGNALS:
    void pageReceived(const std::vector<Passdesk::Device> &devices);
    void finished();
    void failed(const Passdesk::GraphError &error);

private:
    void fetch(const QUrl &url);
    void onPage(const QJsonObject &body);
    void fail(const GraphError &error);

    GraphClient *m_client;
    QUrl m_firstPage;
    QPointer<GraphCall> m_call;
    int m_pages = 0;
    int m_devices = 0;
    int m_skipped = 0;
    int m_maxPages = kDefaultMaxPages;
    QString m_skipReason;
    QSet<QUrl> m_seen;
    bool m_canceled = false;
};

} // namespace Passdesk
