#include "pagedlistjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace Passdesk {

PagedListJob::PagedListJob(GraphClient *client, const QUrl &firstPage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_firstPage(firstPage)
{ }

void PagedListJob::start()
{
    fetch(m_firstPage);
}

void PagedListJob::cancel()
{
    m_canceled = true;
    if (m_call)
        m_call->abort();
}

void PagedListJob::fail(const GraphError &error)
{
    if (m_canceled)
        return;
    m_canceled = true;
    Q_EMIT failed(error);
}

void PagedListJob::fetch(const QUrl &url)
{
    m_seen.insert(url.adjusted(QUrl::NormalizePathSegments));
    m_call = m_client->get(url);
    if (m_pages == 0)
        m_call->setExpectedStatus(m_expectedRefusal);
    m_call->setRawBody(m_raw);
    connect(m_call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        if (!m_canceled)
            onPage(body);
    });
    connect(m_call, &GraphCall::succeededRaw, this, [this](int, const QByteArray &body) {
        if (!m_canceled)
            takeRawPage(body);
    });
    connect(m_call, &GraphCall::failed, this, [this](const GraphError &error) { fail(error); });
    m_call->start();
}

void PagedListJob::onPage(const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1String("value"));
    if (!value.isArray()) {
        fail(GraphError::malformed(tr("a page without its “value” list")));
        return;
    }
    const QJsonValue nextValue = body.value(QLatin1String("@odata.nextLink"));
    if (!nextValue.isUndefined() && !nextValue.isNull() && !nextValue.isString()) {
        fail(GraphError::malformed(tr("a next-page link that is not text")));
        return;
    }
    pageRead(nextValue.toString());
    takePage(value.toArray());
    if (!m_canceled)
        followNext(nextValue.toString());
}

void PagedListJob::pageRead(const QString &nextLink)
{
    ++m_pages;
    m_more = !nextLink.isEmpty();
}

void PagedListJob::followNext(const QString &nextText)
{
    if (m_canceled)
        return;
    if (nextText.isEmpty()) {
        onEnd();
        Q_EMIT finished();
        return;
    }
    // Followed verbatim (it carries the server's own skip token), but only within Graph.
    const QUrl next = m_firstPage.resolved(QUrl(nextText, QUrl::StrictMode));
    if (!next.isValid() || !m_client->isGraphUrl(next)) {
        fail(GraphError::refused(tr("Microsoft Graph pointed the next page outside Graph; the list is incomplete "
                                    "and Passdesk did not follow it.")));
        return;
    }
    if (m_seen.contains(next.adjusted(QUrl::NormalizePathSegments))) {
        fail(GraphError::malformed(tr("a next-page link that was already followed (a loop)")));
        return;
    }
    if (m_pages >= m_maxPages) {
        fail(GraphError::refused(tr("more than %n page(s); Passdesk stopped there.", nullptr, m_maxPages)));
        return;
    }
    fetch(next);
}

namespace {

// One thread reads pages: the UI thread keeps a core of its own on a
// two-core machine, and pages still arrive faster than one thread reads them
// only on a network without latency.
QThreadPool *pageReaders()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(qApp);
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

} // namespace

DeviceListJob::DeviceListJob(GraphClient *client, const QUrl &firstPage, QObject *parent)
    : PagedListJob(client, firstPage, parent)
{
    setRawPages(true);
}

DeviceListJob::Page DeviceListJob::readPage(const QByteArray &body, TextPool *pool)
{
    // Any thread: nothing here touches an object of the job.
    Page page;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        page.error = GraphError::malformed(parseError.error != QJsonParseError::NoError
                ? tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                : tr("not a JSON object"));
        return page;
    }
    const QJsonObject object = doc.object();
    const QJsonValue value = object.value(QLatin1String("value"));
    if (!value.isArray()) {
        page.error = GraphError::malformed(tr("a page without its “value” list"));
        return page;
    }
    const QJsonValue next = object.value(QLatin1String("@odata.nextLink"));
    if (!next.isUndefined() && !next.isNull() && !next.isString()) {
        page.error = GraphError::malformed(tr("a next-page link that is not text"));
        return page;
    }
    page.ok = true;
    page.nextLink = next.toString();
    const QJsonArray records = value.toArray();
    page.devices.reserve(size_t(records.size()));
    for (const QJsonValue &v : records) {
        Device d;
        QString why;
        if (!v.isObject()) {
            why = tr("a record that is not an object");
        } else if (deviceFromJson(v.toObject(), &d, &why)) {
            if (pool)
                pool->share(d);
            page.devices.push_back(prepareDevice(std::move(d)));
            continue;
        }
        if (page.skipReason.isEmpty())
            page.skipReason = why;
        ++page.skipped;
    }
    return page;
}

void DeviceListJob::takeRawPage(const QByteArray &body)
{
    auto promise = std::make_shared<QPromise<Page>>();
    auto *watcher = new QFutureWatcher<Page>(this);
    connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (isCanceled() || watcher->future().resultCount() == 0)
            return;
        Page page = watcher->future().takeResult();
        if (!page.ok) {
            fail(page.error);
            return;
        }
        pageRead(page.nextLink);
        m_devices += int(page.devices.size());
        m_skipped += page.skipped;
        if (m_skipReason.isEmpty())
            m_skipReason = page.skipReason;
        Q_EMIT pageReceived(page.devices);
        followNext(page.nextLink);
    });
    watcher->setFuture(promise->future());
    pageReaders()->start([promise, body, pool = m_pool] {
        promise->start();
        promise->addResult(readPage(body, pool.get()));
        promise->finish();
    });
}

void DeviceListJob::onEnd()
{
    m_pool.reset(); // the load that gave it lets it go, off the UI thread
    if (m_skipped > 0)
        qCWarning(lcGraph) << m_skipped << "device records could not be read and were skipped";
}

} // namespace Passdesk
