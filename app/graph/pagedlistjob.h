#pragma once

#include "device.h"
#include "devicestore.h"
#include "grapherror.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>
#include <vector>

namespace Passdesk {

class GraphCall;
class GraphClient;

// Reads a Graph collection page by page, following @odata.nextLink to the end;
// each page's records are handed out as they arrive, the whole collection is
// never held. A page without a "value" array, a nextLink outside Graph, a
// link seen before or more than maxPages pages fail the whole list: it is
// complete or an error.
class PagedListJob : public QObject
{
    Q_OBJECT
public:
    PagedListJob(GraphClient *client, const QUrl &firstPage, QObject *parent = nullptr);

    void start();
    void cancel();
    int pagesReceived() const { return m_pages; }
    // While a page is handed out: whether the collection goes on after it.
    bool morePages() const { return m_more; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    // The first page may be refused with this status (a filter the server may not support).
    void setExpectedRefusal(int status) { m_expectedRefusal = status; }

    static constexpr int kDefaultMaxPages = 5000;

Q_SIGNALS:
    void recordsReceived(const QJsonArray &records);
    void finished();
    void failed(const Passdesk::GraphError &error);

protected:
    // One page's records; by default recordsReceived().
    virtual void takePage(const QJsonArray &records) { Q_EMIT recordsReceived(records); }
    // The last page has been taken, just before finished().
    virtual void onEnd() { }
    bool isCanceled() const { return m_canceled; }
    // Pages come as they were sent (takeRawPage), for a subclass that parses
    // them off the UI thread; it then calls pageRead() for each, in order.
    void setRawPages(bool on) { m_raw = on; }
    virtual void takeRawPage(const QByteArray &) { }
    // A raw page was read: its records are being handed out, its next link
    // (may be empty) is followed after them. An error fails the whole list.
    void pageRead(const QString &nextLink);
    void followNext(const QString &nextLink);
    void fail(const GraphError &error);

private:
    void fetch(const QUrl &url);
    void onPage(const QJsonObject &body);

    GraphClient *m_client;
    QUrl m_firstPage;
    QPointer<GraphCall> m_call;
    int m_pages = 0;
    bool m_more = false;
    bool m_raw = false;
    int m_maxPages = kDefaultMaxPages;
    int m_expectedRefusal = 0;
    QSet<QUrl> m_seen;
    bool m_canceled = false;
};

// Lists managed devices, each page read on a worker thread (the JSON, the
// records, their search text): the UI thread only takes the result. A record
// that cannot be read is skipped and counted (skipped()).
class DeviceListJob : public PagedListJob
{
    Q_OBJECT
public:
    DeviceListJob(GraphClient *client, const QUrl &firstPage, QObject *parent = nullptr);
    int devicesReceived() const { return m_devices; }
    int skipped() const { return m_skipped; }
    // The first reason a record was skipped, for the warning.
    QString firstSkipReason() const { return m_skipReason; }

    // One page as the worker reads it.
    struct Page
    {
        bool ok = false;
        GraphError error; // when not ok
        QString nextLink;
        std::vector<PreparedDevice> devices;
        int skipped = 0;
        QString skipReason;
    };
    // With a pool, the repeated text of the records is shared with the pool's.
    static Page readPage(const QByteArray &body, TextPool *pool = nullptr);
    // The pool the pages of this job share their text with (several jobs of one load may share one).
    void setTextPool(std::shared_ptr<TextPool> pool) { m_pool = std::move(pool); }

Q_SIGNALS:
    // The receiver may take the devices (move them out).
    void pageReceived(std::vector<Passdesk::PreparedDevice> &devices);

protected:
    void takeRawPage(const QByteArray &body) override;
    void onEnd() override;

private:
    std::shared_ptr<TextPool> m_pool;
    int m_devices = 0;
    int m_skipped = 0;
    QString m_skipReason;
};

} // namespace Passdesk
