// Prints how long a large tenant takes to load, group and search.
//   cmake --preset default && cmake --build --preset default --target bench_tenant
//   build/default/tests/bench_tenant [devices]
#include "devicestore.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "session.h"
#include "simserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace Passdesk;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

template<typename F>
double medianMsecs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passdesk.*.debug=false"));
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    Sim::SimServer sim;
    QElapsedTimer t;
    t.start();
    sim.generate(20261123, count);
    std::printf("generate %d devices: %.0f ms\n", count, t.nsecsElapsed() / 1e6);
    sim.listen();
    sim.addAcceptedToken("bench");

    Session session;
    QString error;
    session.connectTo(sim.baseUrl(), "bench", &error);
    DeviceTreeModel treeModel(session.devices()); // as in the console: the tree follows the store
    DirectoryLoadJob *load = session.loadDirectory();
    t.restart();
    QObject::connect(load, &DirectoryLoadJob::finished, &app, [&] {
        if (load->result().status != DirectoryLoadJob::Result::Status::Loaded) {
            app.exit(1);
            return;
        }
        const int n = load->result().count;
        std::printf("load over loopback HTTP (%d pages of 1000, $select, parse, model): %.0f ms for %d devices\n",
            (count + 999) / 1000, t.nsecsElapsed() / 1e6, n);
        app.quit();
    });
    load->start();
    if (app.exec() != 0)
        return 1;

    DeviceTreeModel *model = &treeModel;
    // Typed letter by letter, with corrections: every keystroke's search and model update.
    std::vector<double> keys;
    const auto type = [&](const QString &text) {
        QElapsedTimer k;
        k.start();
        model->setFilterText(text);
        keys.push_back(k.nsecsElapsed() / 1e6);
    };
    for (const char *word : {"rossi", "lefevre", "3569", "pixel 7", "contoso.com", "+39", "sn-4"}) {
        const QString w = QString::fromUtf8(word);
        for (int n = 1; n <= w.size(); ++n)
            type(w.left(n));
        for (int n = int(w.size()) - 1; n >= 0; --n) // backspace to empty
            type(w.left(n));
    }
    {
        QElapsedTimer m;
        m.start();
        const auto r = session.devices()->match({QStringLiteral("r")});
        std::printf("search alone, 'r': %.1f ms (%zu matches)\n", m.nsecsElapsed() / 1e6, r.size());
        m.restart();
        const auto r2 = session.devices()->match({QStringLiteral("rossi")});
        std::printf("search alone, 'rossi': %.1f ms (%zu matches)\n", m.nsecsElapsed() / 1e6, r2.size());
    }
    std::sort(keys.begin(), keys.end());
    std::printf("keystroke, search and model update (%zu keystrokes): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
        keys.size(), keys[keys.size() / 2], keys[keys.size() * 95 / 100], keys.back());
    model->setFilterText(QString());
    const double group = medianMsecs(6, [&](int i) { model->setGrouping(DeviceTreeModel::Grouping(i % 3)); });
    std::printf("regroup platform/user/channel (median): %.1f ms\n", group);
    std::printf("peak RSS (client and simulator in one process): %ld MB\n", peakRssKb() / 1024);
    return 0;
}
