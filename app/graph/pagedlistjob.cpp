#include "pagedlistjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"

#include <QCoreApplication>
#include <QJsonArray>
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
    connect(m_call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        if (!m_canceled)
            onPage(body);
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
    ++m_pages;
    m_more = !nextValue.toString().isEmpty();
    takePage(value.toArray());
    if (m_canceled)
        return;

    const QString nextText = nextValue.toString();
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

void DeviceListJob::takePage(const QJsonArray &records)
{
    std::vector<Device> devices;
    devices.reserve(size_t(records.size()));
    for (const QJsonValue &v : records) {
        Device d;
        QString why;
        if (!v.isObject()) {
            why = tr("a record that is not an object");
        } else if (deviceFromJson(v.toObject(), &d, &why)) {
            devices.push_back(std::move(d));
            continue;
        }
        if (m_skipReason.isEmpty())
            m_skipReason = why;
        ++m_skipped;
    }
    m_devices += int(devices.size());
    Q_EMIT pageReceived(devices);
}

void DeviceListJob::onEnd()
{
    if (m_skipped > 0)
        qCWarning(lcGraph) << m_skipped << "device records could not be read and were skipped";
}

} // namespace Passdesk
