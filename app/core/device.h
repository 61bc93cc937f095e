#pragma once

#include "devicekind.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Passdesk {

// One managed device as Graph describes it. Enum-valued fields keep the
// server's string as is, so a value this build does not know is still shown.
struct Device
{
    QString id;
    QString deviceName;
    QString userId;
    QString userDisplayName;
    QString userPrincipalName;
    QString emailAddress;
    QString operatingSystem;
    QString osVersion;
    QString deviceType; // beta only
    QString deviceEnrollmentType;
    QString managementAgent;
    QString ownerType; // managedDeviceOwnerType
    QString joinType; // beta only
    QString complianceState;
    QString serialNumber;
    QString imei;
    QString phoneNumber;
    QString model;
    QString manufacturer;
    QString currentUserId; // most recent entry of usersLoggedOn
    QDateTime lastSyncDateTime;
    QDateTime enrolledDateTime;
    bool isEncrypted = false;
    bool isSupervised = false; // Apple: supervised (an Activation Lock bypass code exists only then)
    bool azureADRegistered = false;

    DeviceKind kind = DeviceKind::Unknown; // derived once, by classify()

    bool isAzureADJoined() const;
    bool currentUserIsEnroller() const;
};

// A device id as Passdesk accepts it, from a server or an operator: not empty,
// not "." or "..", no control or format characters, at most 128 characters.
// It becomes one percent-encoded path segment, never a path.
bool isValidDeviceId(const QString &id);

} // namespace Passdesk

Q_DECLARE_METATYPE(Passdesk::Device)
