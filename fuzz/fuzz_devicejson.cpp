// The JSON -> device mapping: a page of devices, one device with its
// deviceActionResults, audit records and audit events, as a server may send them.
#include "device.h"
#include "devicejson.h"
#include "devicestore.h"
#include "pagedlistjob.h"
#include "safetext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace Passdesk;

namespace {

// A page as the worker reads it, then into a store: every device once, each
// found by a fragment of its own name, a narrowed search the same as a full one.
void readPageIntoStore(const QByteArray &bytes)
{
    const DeviceListJob::Page page = DeviceListJob::readPage(bytes);
    if (!page.ok)
        return;
    DeviceStore store;
    store.add(std::vector<PreparedDevice>(page.devices));
    if (store.deviceCount() > int(page.devices.size()))
        __builtin_trap();
    for (const PreparedDevice &p : page.devices) {
        const int index = store.indexOf(p.device.id);
        if (index < 0 || !isValidDeviceId(p.device.id))
            __builtin_trap();
        const QStringList terms
            = foldForSearch(store.at(index).deviceName.left(4)).split(QChar(u' '), Qt::SkipEmptyParts);
        const std::vector<int> found = store.match(terms);
        if (!terms.isEmpty() && std::find(found.begin(), found.end(), index) == found.end())
            __builtin_trap();
        const QStringList more
            = foldForSearch(store.at(index).deviceName.left(6)).split(QChar(u' '), Qt::SkipEmptyParts);
        // Narrowing holds when each earlier term is inside a new one (as the tree checks).
        const bool narrows = !terms.isEmpty() && std::all_of(terms.cbegin(), terms.cend(), [&](const QString &t) {
            return std::any_of(more.cbegin(), more.cend(), [&](const QString &m) { return m.contains(t); });
        });
        if (narrows && store.match(more, &found) != store.match(more))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    readPageIntoStore(bytes);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    Device d;
    QString why;
    if (deviceFromJson(o, &d, &why)) {
        // What deviceFromJson accepts is a usable id, and shows safely.
        if (!isValidDeviceId(d.id))
            __builtin_trap();
        (void)safeText(d.deviceName);
    }
    std::vector<ActionResult> results;
    (void)actionResultsFromJson(o, &results, &why);
    std::vector<HistoryEntry> history;
    for (const QJsonValue &v : o.value(QLatin1String("value")).toArray()) {
        Device item;
        (void)deviceFromJson(v.toObject(), &item, &why);
        HistoryEntry e;
        QStringList resources;
        // What the audit readers accept has an action and a time.
        if (remoteActionAuditFromJson(v.toObject(), &e, &why) && (e.action.isEmpty() || !e.when.isValid()))
            __builtin_trap();
        if (e.when.isValid())
            history.push_back(e);
        if (auditEventFromJson(v.toObject(), &e, &resources, &why)) {
            if (e.action.isEmpty() || !e.when.isValid())
                __builtin_trap();
            history.push_back(e);
        }
    }
    // The merge keeps every action it was given, each once, newest first.
    const std::vector<HistoryEntry> merged = mergeHistory(history);
    if (merged.size() > history.size())
        __builtin_trap();
    for (size_t i = 1; i < merged.size(); ++i) {
        if (merged[i - 1].when < merged[i].when)
            __builtin_trap();
    }
    return 0;
}
