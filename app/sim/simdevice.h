#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace Passdesk::Sim {

// The device kinds the simulator models. Each one behaves differently for
// resetPasscode / remoteLock; TenantGenerator emits them in this order first.
enum class DeviceKind : int {
    IPhone, // iOS
    IPad, // iPadOS
    AndroidAdminLegacy, // Android device administrator, 6.0.1
    AndroidAdmin, // Android device administrator, 7.0 and later
    AndroidWorkProfile, // AE personally-owned work profile, reset token active
    AndroidWorkProfileNoToken, // same, reset token not activated
    AndroidCorporateWorkProfile, // AE corporate-owned work profile (COPE)
    AndroidFullyManaged, // AE fully managed (COBO)
    AndroidDedicated, // AE dedicated (COSU), no user
    Aosp, // Android Open Source Project
    Windows10Mobile, // Creators Update or later, Azure AD joined, PIN recovery on
    Windows10MobileNoPinRecovery, // same, PIN recovery off
    Windows10MobileLegacy, // before Creators Update (10.0.14393)
    WindowsPhone81,
    WindowsPhone80,
    WindowsRt, // Windows RT 8.1, enrolling user signed in
    WindowsRtOtherUser, // Windows RT 8.1, someone else signed in
    Windows81Pc,
    WindowsPc, // Windows 10/11 MDM
    IntuneClientPc, // managed by the Intune PC client software
    MacOs,
    EasOnly, // Exchange ActiveSync only
    Count
};

constexpr int deviceKindCount = int(DeviceKind::Count);

// Stable identifier such as "androidWorkProfileNoToken" (for logs and tests).
QString deviceKindName(DeviceKind kind);

struct SimLogOn
{
    QString userId;
    QDateTime lastLogOnDateTime;
};

// One remote action as recorded when the POST was accepted. Its visible state
// is derived from the clock when serialized (see DeviceJson), so no timers run.
struct SimActionResult
{
    QString actionName; // "resetPasscode" or "remoteLock"
    QDateTime startDateTime;
    qint64 checkInDelayMs = 0; // the device "checks in" at start + delay
    QString finalState; // "done", "failed" or "notSupported"
    int errorCode = 0;
    bool hasPasscodeField = true; // false on iOS/iPadOS: the passcode is removed
    QString passcode; // issued temporary passcode (done only)
    QString unlockPin; // macOS remote lock PIN (done only)
};

struct SimDevice
{
    // Properties serialized as microsoft.graph.managedDevice.
    QString id;
    QString deviceName;
    QString userId;
    QString userDisplayName;
    QString userPrincipalName;
    QString emailAddress;
    QString operatingSystem;
    QString osVersion;
    QString deviceType;
    QString deviceEnrollmentType;
    QString managementAgent;
    QString managedDeviceOwnerType;
    QString joinType;
    QString complianceState;
    QString serialNumber;
    QString imei;
    QString meid;
    QString phoneNumber;
    QString model;
    QString manufacturer;
    QString azureADDeviceId;
    // Supervised iOS/iPadOS: null in lists, given by a single GET that $selects it; gone after a wipe.
    QString activationLockBypassCode;
    QString jailBroken;
    QString managementState;
    QString deviceRegistrationState;
    bool azureADRegistered = false;
    bool isEncrypted = false;
    bool isSupervised = false;
    QDateTime lastSyncDateTime;
    QDateTime enrolledDateTime;
    std::vector<SimLogOn> usersLoggedOn;
    std::vector<SimActionResult> actionResults;

    // Hidden simulation state: drives outcomes, never serialized.
    DeviceKind kind = DeviceKind::IPhone;
    bool resetTokenActivated = true; // Android Enterprise work profile
    bool pinRecoveryEnabled = true; // Windows 10 Mobile
    bool currentUserIsEnroller = true; // Windows RT / 8.1
    QDateTime lastUnlockPinIssued; // macOS: start of the last lock that issued a PIN
    // Rotations of recovery secrets made before the action's latest result
    // ("rotateLocalAdminPassword" -> count); that result adds one once done.
    QHash<QString, int> rotations;
};

} // namespace Passdesk::Sim
