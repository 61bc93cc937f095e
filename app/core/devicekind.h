#pragma once

#include <QString>
#include <QVersionNumber>

namespace Passdesk {

struct Device;

// The rows of the support matrix: what a device is, as far as remote actions care.
enum class DeviceKind {
    Unknown,
    IOS,
    IPadOS,
    AndroidDeviceAdmin,
    AndroidWorkProfile, // Android Enterprise personally-owned work profile (BYOD)
    AndroidCorporateWorkProfile, // COPE
    AndroidFullyManaged, // COBO
    AndroidDedicated, // COSU
    AndroidAosp,
    Windows10Mobile,
    WindowsPhone81,
    WindowsPhone80,
    WindowsRT,
    Windows81,
    WindowsPC,
    WindowsIntuneClient, // PC managed by the Intune client software
    MacOS,
    ExchangeActiveSync, // known to Intune through Exchange only
};

enum class PlatformFamily { Apple, Android, Windows, Mac, ExchangeActiveSync, Other };

DeviceKind classify(const Device &device);
PlatformFamily familyOf(DeviceKind kind);
QString kindKey(DeviceKind kind); // stable id used by the support matrix data
DeviceKind kindFromKey(const QString &key);
QString kindDisplayName(DeviceKind kind); // translated
QString familyDisplayName(PlatformFamily family);
bool isDirectlyManaged(const Device &device);

// Lenient: "10.0.15063.297" -> 10.0.15063.297, "8.10.14219" -> 8.10.14219, "" -> null.
QVersionNumber parseOsVersion(const QString &text);

} // namespace Passdesk
