#include "directoryloadjob.h"

#include "devicejson.h"
#include "devicestore.h"
#include "graphclient.h"
#include "pagedlistjob.h"

#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>
#include <QTimeZone>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace Passdesk {

namespace {

QString odataTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// A failed partition is walked again from its first page this many times.
constexpr int kPartitionAttempts = 3;

// Consecutive ranges cut at increasing bounds, open below the first and above the last.
std::vector<std::pair<QDateTime, QDateTime>> rangesBetween(const std::vector<QDateTime> &bounds)
{
    std::vector<std::pair<QDateTime, QDateTime>> out;
    out.emplace_back(QDateTime(), bounds.front());
    for (size_t i = 1; i < bounds.size(); ++i)
        out.emplace_back(bounds[i - 1], bounds[i]);
    out.emplace_back(bounds.back(), QDateTime());
    return out;
}

} // namespace

DirectoryLoadJob::DirectoryLoadJob(GraphClient *graph, DeviceStore *devices, QObject *parent)
    : Job(parent)
    , m_graph(graph)
    , m_store(devices)
{ }

std::vector<std::pair<QDateTime, QDateTime>> DirectoryLoadJob::ranges(const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    const QDate thisMonth(today.year(), today.month(), 1);
    std::vector<QDateTime> bounds;
    for (int y = 10; y >= 4; --y)
        bounds.push_back(QDateTime(QDate(thisMonth.year() - y + 1, 1, 1), QTime(0, 0), QTimeZone::utc()));
    const QDate firstMonth = thisMonth.addMonths(-35);
    for (int m = 0; m < 36; ++m) {
        const QDateTime b(firstMonth.addMonths(m), QTime(0, 0), QTimeZone::utc());
        if (b > bounds.back())
            bounds.push_back(b);
    }
    return rangesBetween(bounds);
}

std::vector<std::pair<QDateTime, QDateTime>> DirectoryLoadJob::ranges(
    std::vector<QDateTime> sample, int count, const QDateTime &now)
{
    sample.erase(
        std::remove_if(sample.begin(), sample.end(), [](const QDateTime &t) { return !t.isValid(); }), sample.end());
    if (sample.size() < 100 || count < 2)
        return ranges(now);
    std::sort(sample.begin(), sample.end());
    std::vector<QDateTime> bounds;
    for (int k = 1; k < count; ++k) {
        QDateTime b = sample[sample.size() * size_t(k) / size_t(count)].toUTC();
        b.setTime(QTime(b.time().hour(), b.time().minute(), b.time().second())); // whole seconds, as written
        if (bounds.empty() || b > bounds.back())
            bounds.push_back(b);
    }
    return rangesBetween(bounds);
}

DeviceListJob *DirectoryLoadJob::listJob(const QString &filter)
{
    auto *job = new DeviceListJob(m_graph, m_graph->devicesUrl(deviceSelectFields(), filter), this);
    job->setTextPool(m_textPool);
    return job;
}

void DirectoryLoadJob::run()
{
    if (!m_partitioned) {
        plainWalk(QString());
        return;
    }
    // The first page says whether the tenant is large: one page, and that is
    // all; more, and the ranges walk the rest side by side.
    m_probe = listJob(QString());
    connect(m_probe, &DeviceListJob::pageReceived, this, [this](std::vector<PreparedDevice> &devices) {
        std::vector<QDateTime> sample;
        for (const PreparedDevice &p : devices)
            sample.push_back(p.device.enrolledDateTime);
        takePage(devices);
        if (!m_probe->morePages())
            return;
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe->deleteLater();
        startRanges(std::move(sample));
    });
    connect(m_probe, &DeviceListJob::finished, this, [this] {
        count(m_probe);
        complete();
    });
    connect(m_probe, &DeviceListJob::failed, this, &DirectoryLoadJob::stop);
    m_probe->start();
}

void DirectoryLoadJob::startRanges(std::vector<QDateTime> sample)
{
    const auto cuts = ranges(std::move(sample), m_concurrency * kRangesPerChain, QDateTime::currentDateTimeUtc());
    for (const auto &[from, to] : cuts) {
        Partition p;
        p.from = from;
        p.to = to;
        m_parts.push_back(p);
    }
    m_result.partitions = int(m_parts.size());
    launch();
}

void DirectoryLoadJob::launch()
{
    int running = 0;
    for (const Partition &p : m_parts)
        running += p.job && !p.done ? 1 : 0;
    while (running < m_concurrency && m_nextPart < m_parts.size()) {
        startPartition(m_nextPart++);
        ++running;
    }
}

void DirectoryLoadJob::startPartition(size_t index)
{
    Partition &p = m_parts[index];
    QStringList terms;
    if (p.from.isValid())
        terms << QStringLiteral("enrolledDateTime ge %1").arg(odataTime(p.from));
    if (p.to.isValid())
        terms << QStringLiteral("enrolledDateTime lt %1").arg(odataTime(p.to));
    ++p.attempts;
    p.pages = 0;
    DeviceListJob *job = listJob(terms.join(QStringLiteral(" and ")));
    job->setExpectedRefusal(400); // a server without the filter: the plain walk then
    p.job = job;
    // The devices of a page must lie in the range asked for: a server that
    // ignores the filter sends others, and its ranges prove nothing.
    connect(job, &DeviceListJob::pageReceived, this, [this, index](std::vector<PreparedDevice> &devices) {
        Partition &part = m_parts[index];
        ++part.pages;
        for (const PreparedDevice &p : devices) {
            const Device &d = p.device;
            const bool inside = d.enrolledDateTime.isValid()
                && (!part.from.isValid() || d.enrolledDateTime >= part.from)
                && (!part.to.isValid() || d.enrolledDateTime < part.to);
            if (!inside) {
                plainWalk(tr("Microsoft Graph answered a range of enrollment dates with a device outside it"));
                return;
            }
        }
        takePage(devices);
    });
    connect(job, &DeviceListJob::finished, this, [this, index] {
        Partition &part = m_parts[index];
        part.done = true;
        count(part.job);
        if (std::all_of(m_parts.cbegin(), m_parts.cend(), [](const Partition &q) { return q.done; }))
            complete();
        else
            launch();
    });
    connect(job, &DeviceListJob::failed, this, [this, index](const GraphError &error) {
        Partition &part = m_parts[index];
        if (error.httpStatus == 400 && part.pages == 0) {
            plainWalk(tr("Microsoft Graph does not filter devices by enrollment date here"));
            return;
        }
        if (part.attempts < kPartitionAttempts) {
            // The range again from its first page; what came already is replaced, not doubled.
            qCWarning(lcGraph) << "device range failed, walking it again:" << error.httpStatus << error.code;
            part.job->disconnect(this);
            part.job->deleteLater();
            startPartition(index);
            return;
        }
        stop(error);
    });
    job->start();
}

void DirectoryLoadJob::takePage(std::vector<PreparedDevice> &devices)
{
    if (isFinished())
        return;
    // One page into the store per turn of the event loop: pages that arrive
    // together do not hold the UI thread together.
    m_pending.push_back(std::move(devices));
    if (m_pending.size() == 1)
        QTimer::singleShot(0, this, &DirectoryLoadJob::insertNextPage);
}

void DirectoryLoadJob::insertNextPage()
{
    if (m_pending.empty())
        return;
    if (isFinished()) {
        m_pending.clear();
        return;
    }
    for (const PreparedDevice &p : m_pending.front())
        m_seen.insert(p.device.id);
    m_store->add(std::move(m_pending.front()));
    m_pending.pop_front();
    Q_EMIT progress(int(m_seen.size()));
    if (!m_pending.empty())
        QTimer::singleShot(0, this, &DirectoryLoadJob::insertNextPage);
    else if (m_completeWhenInserted)
        complete();
}

void DirectoryLoadJob::plainWalk(const QString &reason)
{
    if (m_plain || isFinished())
        return;
    if (!reason.isEmpty())
        qCWarning(lcGraph) << "device ranges given up:" << reason;
    m_result.plainWalkReason = reason;
    m_result.partitions = 0;
    for (Partition &p : m_parts) {
        if (p.job) {
            p.job->disconnect(this);
            p.job->cancel();
            p.job->deleteLater();
        }
    }
    m_parts.clear();
    m_result.skipped = 0;
    m_result.skipReason.clear();
    m_plain = listJob(QString());
    connect(m_plain, &DeviceListJob::pageReceived, this, &DirectoryLoadJob::takePage);
    connect(m_plain, &DeviceListJob::finished, this, [this] {
        count(m_plain);
        complete();
    });
    connect(m_plain, &DeviceListJob::failed, this, &DirectoryLoadJob::stop);
    m_plain->start();
}

void DirectoryLoadJob::count(const DeviceListJob *job)
{
    if (!job)
        return;
    m_result.skipped += job->skipped();
    if (m_result.skipReason.isEmpty())
        m_result.skipReason = job->firstSkipReason();
}

void DirectoryLoadJob::complete()
{
    if (!m_pending.empty()) {
        m_completeWhenInserted = true; // once the pages still queued are in
        return;
    }
    // Complete: what the tenant no longer has leaves the store. Every id seen
    // went into the store, so when it holds as many devices, they are the same.
    if (m_store->deviceCount() != int(m_seen.size()))
        m_store->keepOnly(m_seen);
    m_store->squeeze();
    m_result.status = Result::Status::Loaded;
    m_result.count = int(m_seen.size());
    // The load's own buffers go on a worker, then the memory the heap kept
    // from the pages read goes back to the system: the UI thread waits for neither.
    QThreadPool::globalInstance()->start(
        [seen = std::exchange(m_seen, {}), pool = std::exchange(m_textPool, {})]() mutable {
            seen = QSet<QString>();
            pool.reset();
            DeviceStore::releaseFreeMemory();
        });
    finish();
}

void DirectoryLoadJob::cancelWalks()
{
    for (Partition &p : m_parts) {
        if (p.job)
            p.job->cancel();
    }
    if (m_plain)
        m_plain->cancel();
    if (m_probe)
        m_probe->cancel();
}

void DirectoryLoadJob::stop(const GraphError &error)
{
    cancelWalks();
    m_result.status = Result::Status::Failed;
    m_result.error = error;
    m_result.count = int(m_seen.size());
    m_seen.clear();
    finish();
}

void DirectoryLoadJob::onCancel()
{
    cancelWalks();
    m_result.status = Result::Status::Canceled;
    m_seen.clear();
}

} // namespace Passdesk
