// Prints how long a large tenant takes to load, search and group, and what
// the client holds in memory. The simulator runs in its own process, as Graph
// would: what is measured here is the client alone.
//   cmake --preset default && cmake --build --preset default --target bench_tenant passdesk-sim
//   tests/with_keyring.sh build/default/tests/bench_tenant [devices] [latency-ms]   (defaults: 100000, 300)
// (the keychain holds the local index's key; without one the warm start is not measured)
#include "credentialstore.h"
#include "deviceindex.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

using namespace Passdesk;

namespace {

long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// A simulator in its own process; its Graph URL, or an empty one.
QUrl startSimulator(QProcess *sim, int devices, int latency)
{
    sim->setProgram(QStringLiteral(PASSDESK_SIM));
    sim->setArguments({QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--latency-ms"),
        QString::number(latency), QStringLiteral("--token"), QStringLiteral("bench")});
    sim->start();
    QByteArray out;
    QElapsedTimer t;
    t.start();
    static const QRegularExpression beta(QStringLiteral("Graph beta: (\\S+)"));
    while (t.elapsed() < 120000 && sim->waitForReadyRead(1000)) {
        out += sim->readAllStandardOutput();
        const QRegularExpressionMatch m = beta.match(QString::fromUtf8(out));
        if (m.hasMatch())
            return QUrl(m.captured(1));
    }
    return QUrl();
}

struct Load
{
    double msecs = 0;
    double longestStallMs = 0;
    int count = 0;
    int partitions = 0;
};

// A cold load into an empty store, with the tree following it; the UI
// thread's longest stall is the longest gap between 2 ms ticks.
Load coldLoad(Session &session, bool partitioned, bool fromEmpty = true)
{
    if (fromEmpty)
        session.devices()->clear();
    DeviceTreeModel tree(session.devices());
    DirectoryLoadJob *job = session.loadDirectory();
    job->setPartitioned(partitioned);
    Load load;
    QElapsedTimer total, tick;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        load.longestStallMs = qMax(load.longestStallMs, tick.nsecsElapsed() / 1e6);
        tick.restart();
    });
    QEventLoop loop;
    QObject::connect(job, &DirectoryLoadJob::finished, &loop, [&] {
        load.count = job->result().status == DirectoryLoadJob::Result::Status::Loaded ? job->result().count : -1;
        load.partitions = job->result().partitions;
        loop.quit();
    });
    total.start();
    tick.start();
    ticker.start();
    job->start();
    loop.exec();
    load.msecs = total.nsecsElapsed() / 1e6;
    return load;
}

// The second start: the list saved by a complete load is read back (key
// from the keychain, file decrypted and read on the worker), inserted, shown
// by the tree and searched. Negative when there is no keychain.
double warmStart(const DeviceSet &devices, double *insertMs)
{
    CredentialStore keychain(QStringLiteral("Passdesk-bench"));
    {
        DeviceIndex writer(&keychain);
        writer.setIdentity(QStringLiteral("bench"), QStringLiteral("bench.onmicrosoft.com"));
        QEventLoop loop;
        bool saved = false;
        QObject::connect(&writer, &DeviceIndex::saved, &loop, [&](bool ok) {
            saved = ok;
            loop.quit();
        });
        writer.save(devices, QDateTime::currentDateTimeUtc());
        loop.exec();
        if (!saved)
            return -1;
    }
    DeviceIndex reader(&keychain);
    reader.setIdentity(QStringLiteral("bench"), QStringLiteral("bench.onmicrosoft.com"));
    DeviceStore store;
    DeviceTreeModel tree(&store);
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    double usable = -1;
    reader.load(&loop, [&](DeviceIndex::Snapshot saved) {
        QElapsedTimer insert;
        insert.start();
        store.adopt(std::move(saved.devices));
        *insertMs = insert.nsecsElapsed() / 1e6;
        tree.setFilterText(QStringLiteral("rossi"));
        if (store.deviceCount() == devices.deviceCount() && tree.rowCount() > 0)
            usable = t.nsecsElapsed() / 1e6;
        loop.quit();
    });
    loop.exec();
    reader.forget();
    return usable;
}

} // namespace

// What the client holds for one tenant, alone in a process: a session, its
// store and the tree following it, after a complete load.
int measureMemory(const QUrl &url)
{
    Session session;
    QString error;
    session.connectTo(url, "bench", &error);
    const Load load = coldLoad(session, true);
    DeviceTreeModel tree(session.devices());
    QThreadPool::globalInstance()->waitForDone(); // the load's buffers, freed on a worker
    std::printf("%d %ld %ld\n", load.count, statusKb("VmRSS:"), statusKb("VmHWM:"));
    return load.count > 0 ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passdesk.*.debug=false\npassdesk.*.info=false"));
    if (argc > 2 && qstrcmp(argv[1], "--memory") == 0)
        return measureMemory(QUrl(QString::fromLocal8Bit(argv[2])));
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int latency = argc > 2 ? QByteArray(argv[2]).toInt() : 300;

    QProcess fast, distant;
    const QUrl fastUrl = startSimulator(&fast, count, 0);
    const QUrl distantUrl = startSimulator(&distant, count, latency);
    if (!fastUrl.isValid() || !distantUrl.isValid()) {
        std::fprintf(stderr, "bench_tenant: the simulator did not start (%s)\n", PASSDESK_SIM);
        return 1;
    }
    std::printf("%d devices, passdesk-sim in its own process\n", count);

    Session session;
    QString error;
    session.connectTo(fastUrl, "bench", &error);
    const Load local = coldLoad(session, true);
    std::printf("cold load, loopback without latency: %.0f ms (%d devices, %d ranges), longest UI-thread stall "
                "%.1f ms\n",
        local.msecs, local.count, local.partitions, local.longestStallMs);

    Session far;
    far.connectTo(distantUrl, "bench", &error);
    // A first, unmeasured load: the simulator writes each device's entry
    // once; both measured walks then meet the same warm server.
    coldLoad(far, true);
    const Load sequential = coldLoad(far, false);
    const Load parallel = coldLoad(far, true);
    std::printf("cold load at %d ms per request: sequential %.0f ms, ranges side by side %.0f ms (%d ranges): "
                "%.1fx faster\n",
        latency, sequential.msecs, parallel.msecs, parallel.partitions, sequential.msecs / parallel.msecs);
    // The refresh that follows a warm start: every device is already there and comes again.
    const Load refresh = coldLoad(far, true, false);
    std::printf("longest UI-thread stall during a load: %.1f ms (sequential), %.1f ms (ranges), %.1f ms (ranges "
                "refreshing a full list)\n",
        sequential.longestStallMs, parallel.longestStallMs, refresh.longestStallMs);
    if (sequential.count != count || parallel.count != count || refresh.count != count || local.count != count) {
        std::fprintf(stderr, "bench_tenant: a load did not return the whole tenant\n");
        return 1;
    }

    DeviceTreeModel model(session.devices());
    // Typed letter by letter, with corrections: every keystroke's search and model update.
    std::vector<double> keys;
    const auto type = [&](const QString &text) {
        QElapsedTimer k;
        k.start();
        model.setFilterText(text);
        keys.push_back(k.nsecsElapsed() / 1e6);
    };
    for (const char *word : {"rossi", "lefevre", "3569", "pixel 7", "contoso.com", "+39", "sn-4"}) {
        const QString w = QString::fromUtf8(word);
        for (int n = 1; n <= w.size(); ++n)
            type(w.left(n));
        for (int n = int(w.size()) - 1; n >= 0; --n) // backspace to empty
            type(w.left(n));
    }
    std::sort(keys.begin(), keys.end());
    std::printf("keystroke, search and model update (%zu keystrokes): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
        keys.size(), keys[keys.size() / 2], keys[keys.size() * 95 / 100], keys.back());
    std::vector<double> groups;
    for (int i = 1; i <= 6; ++i) {
        QElapsedTimer g;
        g.start();
        model.setGrouping(DeviceTreeModel::Grouping(i % 3));
        groups.push_back(g.nsecsElapsed() / 1e6);
    }
    std::sort(groups.begin(), groups.end());
    std::printf("regroup platform/user/channel (median of 6): %.1f ms\n", groups[groups.size() / 2]);
    double insertMs = 0;
    const double warm = warmStart(session.devices()->contents(), &insertMs);
    if (warm < 0)
        std::printf("warm start to usable: not measured (no keychain: run under tests/with_keyring.sh)\n");
    else
        std::printf("warm start to usable (keychain, read and decrypt the local index, fill the store and the tree, "
                    "first search): %.0f ms, of which %.0f ms on the UI thread\n",
            warm, insertMs);
    QProcess alone;
    alone.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--memory"), fastUrl.toString()});
    alone.waitForFinished(300000);
    const QList<QByteArray> mem = alone.readAllStandardOutput().trimmed().split(' ');
    if (mem.size() == 3)
        std::printf("client memory, one tenant of %d devices in its own process (session, store, tree): %ld MB "
                    "resident, %ld MB peak\n",
            mem[0].toInt(), mem[1].toLong() / 1024, mem[2].toLong() / 1024);
    fast.kill();
    distant.kill();
    fast.waitForFinished();
    distant.waitForFinished();
    return 0;
}
