// The JSON -> device mapping: a page of devices, one device with its
// deviceActionResults, audit records and audit events, as a server may send them.
#include "device.h"
#include "devicejson.h"
#include "safetext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Passdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
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
