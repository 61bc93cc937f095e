#include "devicekind.h"

#include "device.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {

bool eq(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

bool isIntuneClientAgent(const QString &agent)
{
    return eq(agent, "intuneClient") || eq(agent, "easIntuneClient");
}

DeviceKind classifyAndroid(const Device &d)
{
    const QString &e = d.deviceEnrollmentType;
    if (eq(e, "androidEnterpriseDedicatedDevice"))
        return DeviceKind::AndroidDedicated;
    if (eq(e, "androidEnterpriseFullyManaged"))
        return DeviceKind::AndroidFullyManaged;
    if (eq(e, "androidEnterpriseCorporateWorkProfile"))
        return DeviceKind::AndroidCorporateWorkProfile;
    if (eq(e, "androidAOSPUserOwnedDeviceEnrollment") || eq(e, "androidAOSPUserlessDeviceEnrollment")
        || eq(d.managementAgent, "intuneAosp") || eq(d.deviceType, "androidnGMS"))
        return DeviceKind::AndroidAosp;
    if (eq(d.deviceType, "androidForWork"))
        return DeviceKind::AndroidWorkProfile;
    if (eq(d.deviceType, "androidEnterprise"))
        return DeviceKind::AndroidFullyManaged;
    return DeviceKind::AndroidDeviceAdmin;
}

DeviceKind classifyWindows(const Device &d)
{
    const QVersionNumber v = parseOsVersion(d.osVersion);
    const bool phone = eq(d.deviceType, "windowsPhone")
        || d.operatingSystem.contains(QLatin1String("Phone"), Qt::CaseInsensitive)
        || d.operatingSystem.contains(QLatin1String("Mobile"), Qt::CaseInsensitive);
    if (phone) {
        if (v.majorVersion() >= 10)
            return DeviceKind::Windows10Mobile;
        if (v.majorVersion() == 8 && v.minorVersion() >= 10)
            return DeviceKind::WindowsPhone81;
        if (v.majorVersion() == 8)
            return DeviceKind::WindowsPhone80;
        return DeviceKind::Unknown;
    }
    if (eq(d.deviceType, "windowsRT"))
        return DeviceKind::WindowsRT;
    if (v.majorVersion() == 6 && v.minorVersion() == 3)
        return DeviceKind::Windows81;
    if (v.majorVersion() >= 10 || v.isNull())
        return DeviceKind::WindowsPC;
    return DeviceKind::Unknown;
}

struct KindInfo
{
    DeviceKind kind;
    const char *key;
    const char *name;
    PlatformFamily family;
};

const KindInfo kKinds[] = {
    {DeviceKind::Unknown, "unknown", QT_TRANSLATE_NOOP("DeviceKind", "Unrecognized device"), PlatformFamily::Other},
    {DeviceKind::IOS, "ios", QT_TRANSLATE_NOOP("DeviceKind", "iOS"), PlatformFamily::Apple},
    {DeviceKind::IPadOS, "ipados", QT_TRANSLATE_NOOP("DeviceKind", "iPadOS"), PlatformFamily::Apple},
    {DeviceKind::AndroidDeviceAdmin, "androidDeviceAdmin",
        QT_TRANSLATE_NOOP("DeviceKind", "Android device administrator"), PlatformFamily::Android},
    {DeviceKind::AndroidWorkProfile, "androidWorkProfile",
        QT_TRANSLATE_NOOP("DeviceKind", "Android Enterprise personally-owned work profile"), PlatformFamily::Android},
    {DeviceKind::AndroidCorporateWorkProfile, "androidCorporateWorkProfile",
        QT_TRANSLATE_NOOP("DeviceKind", "Android Enterprise corporate-owned work profile"), PlatformFamily::Android},
    {DeviceKind::AndroidFullyManaged, "androidFullyManaged",
        QT_TRANSLATE_NOOP("DeviceKind", "Android Enterprise fully managed"), PlatformFamily::Android},
    {DeviceKind::AndroidDedicated, "androidDedicated", QT_TRANSLATE_NOOP("DeviceKind", "Android Enterprise dedicated"),
        PlatformFamily::Android},
    {DeviceKind::AndroidAosp, "androidAosp", QT_TRANSLATE_NOOP("DeviceKind", "Android (AOSP)"),
        PlatformFamily::Android},
    {DeviceKind::Windows10Mobile, "windows10Mobile", QT_TRANSLATE_NOOP("DeviceKind", "Windows 10 Mobile"),
        PlatformFamily::Windows},
    {DeviceKind::WindowsPhone81, "windowsPhone81", QT_TRANSLATE_NOOP("DeviceKind", "Windows Phone 8.1"),
        PlatformFamily::Windows},
    {DeviceKind::WindowsPhone80, "windowsPhone80", QT_TRANSLATE_NOOP("DeviceKind", "Windows Phone 8"),
        PlatformFamily::Windows},
    {DeviceKind::WindowsRT, "windowsRT", QT_TRANSLATE_NOOP("DeviceKind", "Windows RT 8.1"), PlatformFamily::Windows},
    {DeviceKind::Windows81, "windows81", QT_TRANSLATE_NOOP("DeviceKind", "Windows 8.1"), PlatformFamily::Windows},
    {DeviceKind::WindowsPC, "windowsPC", QT_TRANSLATE_NOOP("DeviceKind", "Windows 10/11 PC"), PlatformFamily::Windows},
    {DeviceKind::WindowsIntuneClient, "windowsIntuneClient",
        QT_TRANSLATE_NOOP("DeviceKind", "PC managed by the Intune client software"), PlatformFamily::Windows},
    {DeviceKind::MacOS, "macOS", QT_TRANSLATE_NOOP("DeviceKind", "macOS"), PlatformFamily::Mac},
    {DeviceKind::ExchangeActiveSync, "exchangeActiveSync", QT_TRANSLATE_NOOP("DeviceKind", "Exchange ActiveSync only"),
        PlatformFamily::ExchangeActiveSync},
};

const KindInfo &info(DeviceKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}

} // namespace

QVersionNumber parseOsVersion(const QString &text)
{
    qsizetype suffix = 0;
    QVersionNumber v = QVersionNumber::fromString(text.trimmed(), &suffix);
    return v;
}

DeviceKind classify(const Device &d)
{
    if (eq(d.managementAgent, "eas"))
        return DeviceKind::ExchangeActiveSync;
    if (isIntuneClientAgent(d.managementAgent))
        return DeviceKind::WindowsIntuneClient;

    const QString &os = d.operatingSystem;
    if (eq(os, "iPadOS") || eq(d.deviceType, "iPad"))
        return DeviceKind::IPadOS;
    if (eq(os, "iOS"))
        return DeviceKind::IOS;
    if (eq(os, "macOS") || eq(os, "Mac OS X") || eq(d.deviceType, "macMDM") || eq(d.deviceType, "mac"))
        return DeviceKind::MacOS;
    if (os.startsWith(QLatin1String("Android"), Qt::CaseInsensitive))
        return classifyAndroid(d);
    if (os.startsWith(QLatin1String("Windows"), Qt::CaseInsensitive))
        return classifyWindows(d);
    return DeviceKind::Unknown;
}

PlatformFamily familyOf(DeviceKind kind)
{
    return info(kind).family;
}

QString kindKey(DeviceKind kind)
{
    return QString::fromLatin1(info(kind).key);
}

DeviceKind kindFromKey(const QString &key)
{
    for (const auto &k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return DeviceKind::Unknown;
}

QString kindDisplayName(DeviceKind kind)
{
    return QCoreApplication::translate("DeviceKind", info(kind).name);
}

QString familyDisplayName(PlatformFamily family)
{
    switch (family) {
    case PlatformFamily::Apple:
        return QCoreApplication::translate("DeviceKind", "iOS/iPadOS");
    case PlatformFamily::Android:
        return QCoreApplication::translate("DeviceKind", "Android");
    case PlatformFamily::Windows:
        return QCoreApplication::translate("DeviceKind", "Windows");
    case PlatformFamily::Mac:
        return QCoreApplication::translate("DeviceKind", "macOS");
    case PlatformFamily::ExchangeActiveSync:
        return QCoreApplication::translate("DeviceKind", "Exchange ActiveSync");
    case PlatformFamily::Other:
        break;
    }
    return QCoreApplication::translate("DeviceKind", "Other");
}

bool isDirectlyManaged(const Device &device)
{
    return device.kind != DeviceKind::ExchangeActiveSync;
}

} // namespace Passdesk
