// The JSON -> device mapping: a page of devices, one device with its
// deviceActionResults, as a server may send them.
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
    for (const QJsonValue &v : o.value(QLatin1String("value")).toArray()) {
        Device item;
        (void)deviceFromJson(v.toObject(), &item, &why);
    }
    return 0;
}
