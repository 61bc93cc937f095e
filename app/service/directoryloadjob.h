#pragma once

#include "device.h"
#include "devicestore.h"
#include "grapherror.h"
#include "job.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>

#include <memory>

#include <deque>
#include <vector>

namespace Passdesk {

class DeviceListJob;
class DeviceStore;
class GraphClient;

// Loads every managed device of the tenant into the device store, page by
// page as they arrive, so the tree fills and the search works during the
// load. The walk is split into enrolledDateTime ranges that Graph serves as
// independent nextLink chains, a few at a time: the ranges cover every
// instant once, each device is checked to be in its range, and a device that
// comes twice is kept once. A server that refuses the filter, or ignores it
// (a device outside its range), gets the plain walk instead. The load is
// complete or an error: when it ends, devices the tenant no longer has leave
// the store; when it fails, the store keeps what it had and what came, and
// the result says the list is incomplete.
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
        int partitions = 0; // ranges walked side by side; 0 for the plain walk
        QString plainWalkReason; // why the ranges were given up, if they were
    };

    // Requests in flight at once: what one HTTP/1.1 host gets from Qt, and well within Graph's limits.
    static constexpr int kDefaultConcurrency = 6;

    DirectoryLoadJob(GraphClient *graph, DeviceStore *devices, QObject *parent = nullptr);
    // Walk the tenant in one chain (no ranges).
    void setPartitioned(bool on) { m_partitioned = on; }
    void setConcurrency(int requests) { m_concurrency = qMax(1, requests); }
    // Valid once finished() has been emitted.
    const Result &result() const { return m_result; }

    // The enrolledDateTime ranges of a walk started at `now`: every month of the
    // last three years, every year before that back to ten years, and the open
    // ends. Consecutive, without gaps or overlaps; an invalid bound is open.
    static std::vector<std::pair<QDateTime, QDateTime>> ranges(const QDateTime &now);
    // Ranges that should hold about as many devices each, cut at the quantiles
    // of a sample of enrollment dates (the first page); the open ends cover
    // whatever the sample missed. Fewer than 100 dates: ranges(now).
    static std::vector<std::pair<QDateTime, QDateTime>> ranges(
        std::vector<QDateTime> sample, int count, const QDateTime &now);
    static constexpr int kRangesPerChain = 4; // ranges per request in flight

Q_SIGNALS:
    void progress(int devicesLoaded);

protected:
    void run() override;
    void onCancel() override;

private:
    struct Partition
    {
        QDateTime from, to; // [from, to); invalid: open
        QPointer<DeviceListJob> job;
        int attempts = 0;
        int pages = 0;
        bool done = false;
    };
    DeviceListJob *listJob(const QString &filter);
    void startRanges(std::vector<QDateTime> sample);
    void launch();
    void startPartition(size_t index);
    void takePage(std::vector<PreparedDevice> &devices);
    void insertNextPage();
    void plainWalk(const QString &reason);
    void complete();
    void stop(const GraphError &error);
    void cancelWalks();
    void count(const DeviceListJob *job);

    GraphClient *m_graph;
    DeviceStore *m_store;
    bool m_partitioned = true;
    int m_concurrency = kDefaultConcurrency;
    std::vector<Partition> m_parts;
    size_t m_nextPart = 0;
    QPointer<DeviceListJob> m_plain;
    QPointer<DeviceListJob> m_probe; // the first page of the plain walk
    QSet<QString> m_seen; // ids received in this load
    std::shared_ptr<TextPool> m_textPool = std::make_shared<TextPool>(); // the text the pages share
    std::deque<std::vector<PreparedDevice>> m_pending; // pages waiting for their turn
    bool m_completeWhenInserted = false;
    Result m_result;
};

} // namespace Passdesk
