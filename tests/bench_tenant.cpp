// Prints how long a large tenant takes to load, group and search.
//   cmake --preset default && cmake --build --preset default --target bench_tenant
//   build/default/tests/bench_tenant [devices]
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

    DeviceTreeModel *model = session.devices();
    const QStringList terms{QStringLiteral("r"), QStringLiteral("ro"), QStringLiteral("ros"), QStringLiteral("ross"),
        QStringLiteral("rossi"), QStringLiteral("lefevre"), QStringLiteral("3569")};
    const double filter
        = medianMsecs(int(terms.size()) * 3, [&](int i) { model->setFilterText(terms[i % terms.size()]); });
    std::printf("filter as you type (median of %lld keystrokes): %.1f ms\n", qlonglong(terms.size() * 3), filter);
    model->setFilterText(QString());
    const double clear = medianMsecs(5, [&](int i) { model->setFilterText(i % 2 ? QStringLiteral("x") : QString()); });
    std::printf("filter set/cleared (median): %.1f ms\n", clear);
    const double group = medianMsecs(6, [&](int i) { model->setGrouping(DeviceTreeModel::Grouping(i % 3)); });
    std::printf("regroup platform/user/channel (median): %.1f ms\n", group);
    std::printf("peak RSS (client and simulator in one process): %ld MB\n", peakRssKb() / 1024);
    return 0;
}
