#include "simdevice.h"

namespace Passdesk::Sim {

QString deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::IPhone:
        return QStringLiteral("iPhone");
    case DeviceKind::IPad:
        return QStringLiteral("iPad");
    case DeviceKind::AndroidAdminLegacy:
        return QStringLiteral("androidAdminLegacy");
    case DeviceKind::AndroidAdmin:
        return QStringLiteral("androidAdmin");
    case DeviceKind::AndroidWorkProfile:
        return QStringLiteral("androidWorkProfile");
    case DeviceKind::AndroidWorkProfileNoToken:
        return QStringLiteral("androidWorkProfileNoToken");
    case DeviceKind::AndroidCorporateWorkProfile:
        return QStringLiteral("androidCorporateWorkProfile");
    case DeviceKind::AndroidFullyManaged:
        return QStringLiteral("androidFullyManaged");
    case DeviceKind::AndroidDedicated:
        return QStringLiteral("androidDedicated");
    case DeviceKind::Aosp:
        return QStringLiteral("aosp");
    case DeviceKind::Windows10Mobile:
        return QStringLiteral("windows10Mobile");
    case DeviceKind::Windows10MobileNoPinRecovery:
        return QStringLiteral("windows10MobileNoPinRecovery");
    case DeviceKind::Windows10MobileLegacy:
        return QStringLiteral("windows10MobileLegacy");
    case DeviceKind::WindowsPhone81:
        return QStringLiteral("windowsPhone81");
    case DeviceKind::WindowsPhone80:
        return QStringLiteral("windowsPhone80");
    case DeviceKind::WindowsRt:
        return QStringLiteral("windowsRt");
    case DeviceKind::WindowsRtOtherUser:
        return QStringLiteral("windowsRtOtherUser");
    case DeviceKind::Windows81Pc:
        return QStringLiteral("windows81Pc");
    case DeviceKind::WindowsPc:
        return QStringLiteral("windowsPc");
    case DeviceKind::IntuneClientPc:
        return QStringLiteral("intuneClientPc");
    case DeviceKind::MacOs:
        return QStringLiteral("macOS");
    case DeviceKind::EasOnly:
        return QStringLiteral("easOnly");
    case DeviceKind::Count:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Passdesk::Sim
