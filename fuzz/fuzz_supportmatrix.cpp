// The support-matrix loader, then every action on a few devices with it.
#include "device.h"
#include "supportmatrix.h"

#include <cstddef>
#include <cstdint>

using namespace Passdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SupportMatrix matrix;
    QString error;
    if (!matrix.load(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error))
        return 0;
    static const Device devices[] = {
        [] {
            Device d;
            d.operatingSystem = QStringLiteral("iOS");
            d.osVersion = QStringLiteral("17.1");
            d.kind = classify(d);
            return d;
        }(),
        [] {
            Device d;
            d.operatingSystem = QStringLiteral("Android");
            d.osVersion = QStringLiteral("14");
            d.deviceType = QStringLiteral("androidEnterprise");
            d.deviceEnrollmentType = QStringLiteral("androidEnterpriseFullyManaged");
            d.kind = classify(d);
            return d;
        }(),
        [] {
            Device d;
            d.operatingSystem = QStringLiteral("Windows");
            d.osVersion = QStringLiteral("10.0.19045");
            d.kind = classify(d);
            return d;
        }(),
    };
    for (const Device &d : devices) {
        for (const ActionKind kind : {ActionKind::ResetPasscode, ActionKind::RemoteLock}) {
            const Support s = matrix.evaluate(d, kind);
            (void)s.explainOutcome(ActionState::Failed);
            (void)s.explainOutcome(ActionState::NotSupported);
        }
    }
    return 0;
}
