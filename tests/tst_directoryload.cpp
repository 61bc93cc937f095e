#include "devicestore.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "session.h"
#include "simserver.h"

#include "jobresult.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Passdesk;

// The device list over HTTP against the simulator: page by page into the
// store, in enrollment-date ranges side by side, and the plain walk where the
// ranges cannot be trusted. Every load is checked against the simulator's own
// id set: the union of the ranges is the tenant, no more, no less, once.
class TestDirectoryLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rangesCoverEveryInstantOnce();
    void rangesLoadExactlyTheTenant();
    void aFailedRangeIsWalkedAgain();
    void refusedFilterFallsBackToThePlainWalk();
    void ignoredFilterIsNoticed();
    void smallTenantTakesOneRequest();
    void refreshDropsDevicesTheTenantNoLongerHas();
    void aFailedLoadSaysSo();
    void treeFollowsThePagesAsTheyArrive();

private:
    void makeTenant(int devices, int pageSize);
    DirectoryLoadJob::Result load(bool partitioned = true);
    QSet<QString> simIds() const;
    QSet<QString> storeIds() const;

    Sim::SimServer *m_sim = nullptr;
    Session *m_session = nullptr;
};

void TestDirectoryLoad::init()
{
    m_sim = nullptr;
    m_session = nullptr;
}

void TestDirectoryLoad::cleanup()
{
    delete m_session;
    delete m_sim;
}

void TestDirectoryLoad::makeTenant(int devices, int pageSize)
{
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261202, devices);
    m_sim->setPageSize(pageSize);
    QVERIFY(m_sim->listen() != 0);
    m_sim->addAcceptedToken("token");
    m_session = new Session(this);
    QString error;
    QVERIFY(m_session->connectTo(m_sim->baseUrl(), "token", &error));
}

DirectoryLoadJob::Result TestDirectoryLoad::load(bool partitioned)
{
    DirectoryLoadJob *job = m_session->loadDirectory();
    job->setPartitioned(partitioned);
    return runJob(job, 60000);
}

QSet<QString> TestDirectoryLoad::simIds() const
{
    QSet<QString> ids;
    for (const Sim::SimDevice &d : m_sim->devices())
        ids.insert(d.id);
    return ids;
}

QSet<QString> TestDirectoryLoad::storeIds() const
{
    QSet<QString> ids;
    const DeviceStore *store = m_session->devices();
    for (int i = 0; i < store->deviceCount(); ++i)
        ids.insert(store->at(i).id);
    return ids;
}

void TestDirectoryLoad::rangesCoverEveryInstantOnce()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-02T19:00:00Z"), Qt::ISODate);
    const auto ranges = DirectoryLoadJob::ranges(now);
    QVERIFY(ranges.size() > 36);
    QVERIFY(!ranges.front().first.isValid()); // open below
    QVERIFY(!ranges.back().second.isValid()); // open above
    for (size_t i = 1; i < ranges.size(); ++i) {
        QCOMPARE(ranges[i].first, ranges[i - 1].second); // no gap, no overlap
        QVERIFY(ranges[i].first.isValid());
    }
    QCOMPARE(ranges.back().first, QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()));

    // Cut at the quantiles of a sample: about as many devices in each, still consecutive and open-ended.
    std::vector<QDateTime> sample;
    for (int i = 0; i < 1000; ++i)
        sample.push_back(now.addSecs(-qint64(i) * i * 60).addMSecs(i % 1000));
    const auto cut = DirectoryLoadJob::ranges(sample, 24, now);
    QCOMPARE(int(cut.size()), 24);
    QVERIFY(!cut.front().first.isValid() && !cut.back().second.isValid());
    for (size_t i = 1; i < cut.size(); ++i) {
        QCOMPARE(cut[i].first, cut[i - 1].second);
        QVERIFY(cut[i].first < cut[i].second || !cut[i].second.isValid());
        QCOMPARE(cut[i].first.time().msec(), 0); // whole seconds, as the filter writes them
    }
    int inside = 0;
    for (const QDateTime &t : sample) {
        if ((!cut[5].first.isValid() || t >= cut[5].first) && t < cut[5].second)
            ++inside;
    }
    QVERIFY2(inside > 30 && inside < 55, qPrintable(QString::number(inside))); // about 1000 / 24
    QCOMPARE(DirectoryLoadJob::ranges(std::vector<QDateTime>(10, now), 24, now).size(), ranges.size()); // too few dates
}

void TestDirectoryLoad::rangesLoadExactlyTheTenant()
{
    makeTenant(3000, 100);
    const DirectoryLoadJob::Result result = load();
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Loaded);
    QVERIFY(result.partitions > 1);
    QVERIFY(result.plainWalkReason.isEmpty());
    QCOMPARE(result.count, 3000);
    QCOMPARE(m_session->devices()->deviceCount(), 3000); // each once
    QCOMPARE(storeIds(), simIds());
}

void TestDirectoryLoad::aFailedRangeIsWalkedAgain()
{
    makeTenant(3000, 100);
    // Two requests of the walk answer 500: their ranges start again.
    m_sim->failDeviceListRequest(4);
    m_sim->failDeviceListRequest(20);
    const DirectoryLoadJob::Result result = load();
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Loaded);
    QVERIFY(result.partitions > 0);
    QCOMPARE(m_session->devices()->deviceCount(), 3000);
    QCOMPARE(storeIds(), simIds());
}

void TestDirectoryLoad::refusedFilterFallsBackToThePlainWalk()
{
    makeTenant(1500, 100);
    m_sim->setDateFilter(Sim::SimServer::DateFilter::Rejected);
    const DirectoryLoadJob::Result result = load();
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Loaded);
    QCOMPARE(result.partitions, 0);
    QVERIFY2(result.plainWalkReason.contains(QLatin1String("enrollment date")), qPrintable(result.plainWalkReason));
    QCOMPARE(m_session->devices()->deviceCount(), 1500);
    QCOMPARE(storeIds(), simIds());
}

void TestDirectoryLoad::ignoredFilterIsNoticed()
{
    // A server that answers every range with the whole tenant: caught at the
    // first device outside its range; duplicates never reach the store.
    makeTenant(1500, 100);
    m_sim->setDateFilter(Sim::SimServer::DateFilter::Ignored);
    const DirectoryLoadJob::Result result = load();
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Loaded);
    QCOMPARE(result.partitions, 0);
    QVERIFY2(result.plainWalkReason.contains(QLatin1String("outside")), qPrintable(result.plainWalkReason));
    QCOMPARE(m_session->devices()->deviceCount(), 1500);
    QCOMPARE(storeIds(), simIds());
}

void TestDirectoryLoad::smallTenantTakesOneRequest()
{
    makeTenant(80, 1000);
    const int before = m_sim->deviceListRequests();
    const DirectoryLoadJob::Result result = load();
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Loaded);
    QCOMPARE(m_sim->deviceListRequests() - before, 1);
    QCOMPARE(result.partitions, 0);
    QVERIFY(result.plainWalkReason.isEmpty());
    QCOMPARE(storeIds(), simIds());
}

void TestDirectoryLoad::refreshDropsDevicesTheTenantNoLongerHas()
{
    makeTenant(1200, 100);
    QCOMPARE(load().status, DirectoryLoadJob::Result::Status::Loaded);
    std::vector<Sim::SimDevice> fewer(m_sim->devices().begin() + 200, m_sim->devices().end());
    m_sim->setDevices(fewer);
    QCOMPARE(load().status, DirectoryLoadJob::Result::Status::Loaded);
    QCOMPARE(m_session->devices()->deviceCount(), 1000);
    QCOMPARE(storeIds(), simIds());
}

void TestDirectoryLoad::aFailedLoadSaysSo()
{
    makeTenant(1500, 100);
    // The plain walk has no ranges to walk again: its failure is the load's.
    m_sim->failDeviceListRequest(3);
    const DirectoryLoadJob::Result result = load(false);
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Failed);
    QCOMPARE(result.error.httpStatus, 500);
    QCOMPARE(result.count, 200); // what came before is said, not passed off as the tenant
}

void TestDirectoryLoad::treeFollowsThePagesAsTheyArrive()
{
    makeTenant(2000, 50);
    DeviceTreeModel model(m_session->devices());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DirectoryLoadJob *job = m_session->loadDirectory();
    QList<int> seen;
    connect(job, &DirectoryLoadJob::progress, this, [&](int n) {
        seen << n;
        QCOMPARE(model.deviceCount(), n);
        // The operator types while the pages arrive.
        if (seen.size() == 3)
            model.setFilterText(QStringLiteral("a"));
        if (seen.size() == 10)
            model.setFilterText(QStringLiteral("an"));
    });
    const DirectoryLoadJob::Result result = runJob(job, 60000);
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Loaded);
    QVERIFY(seen.size() > 10);
    QCOMPARE(seen.last(), 2000);
    QCOMPARE(model.matchCount(), int(m_session->devices()->match({QStringLiteral("an")}).size()));
}

QTEST_GUILESS_MAIN(TestDirectoryLoad)
#include "tst_directoryload.moc"
