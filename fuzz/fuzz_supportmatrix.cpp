// The support-matrix loader, then every action on a few devices with it.
#include "device.h"
#include "supportmatrix.h"

#include <cstddef>
#include <cstdint>

using namespace Passdesk;

namespace {
Device device(const QString &os, const QString &version, const QString &type = {}, const QString &enrollment = {})
{
    Device d;
    d.operatingSystem = os;
    d.osVersion = version;
    d.deviceType = type;
    d.deviceEnrollmentType = enrollment;
    d.kind = classify(d);
    return d;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SupportMatrix matrix;
    QString error;
    if (!matrix.load(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error))
        return 0;
    static const Device devices[] = {device(QStringLiteral("iOS"), QStringLiteral("17.1")),
        device(QStringLiteral("Android"), QStringLiteral("14"), QStringLiteral("androidEnterprise"),
            QStringLiteral("androidEnterpriseFullyManaged")),
        device(QStringLiteral("Windows"), QStringLiteral("10.0.19045"))};
    for (const Device &d : devices) {
        for (const ActionKind kind : {ActionKind::ResetPasscode, ActionKind::RemoteLock}) {
            const Support s = matrix.evaluate(d, kind);
            (void)s.explainOutcome(ActionState::Failed);
            (void)s.explainOutcome(ActionState::NotSupported);
        }
    }
    return 0;
}
