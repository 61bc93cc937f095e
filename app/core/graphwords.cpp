#include "graphwords.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {

struct Word
{
    const char *value;
    const char *text;
};

// QT_TRANSLATE_NOOP keeps them for lupdate; translate() looks them up at display time.
constexpr Word kAgents[] = {
    {"mdm", QT_TRANSLATE_NOOP("GraphWords", "Intune (MDM)")},
    {"eas", QT_TRANSLATE_NOOP("GraphWords", "Exchange ActiveSync")},
    {"easMdm", QT_TRANSLATE_NOOP("GraphWords", "Exchange ActiveSync and Intune")},
    {"intuneClient", QT_TRANSLATE_NOOP("GraphWords", "Intune PC client software")},
    {"easIntuneClient", QT_TRANSLATE_NOOP("GraphWords", "Exchange ActiveSync and Intune PC client")},
    {"configurationManagerClient", QT_TRANSLATE_NOOP("GraphWords", "Configuration Manager")},
    {"configurationManagerClientMdm", QT_TRANSLATE_NOOP("GraphWords", "Configuration Manager and Intune")},
    {"configurationManagerClientMdmEas",
        QT_TRANSLATE_NOOP("GraphWords", "Configuration Manager, Intune and Exchange ActiveSync")},
    {"jamf", QT_TRANSLATE_NOOP("GraphWords", "Jamf")},
    {"googleCloudDevicePolicyController", QT_TRANSLATE_NOOP("GraphWords", "Google device policy controller")},
    {"microsoft365ManagedMdm", QT_TRANSLATE_NOOP("GraphWords", "Microsoft 365 (MDM)")},
    {"msSense", QT_TRANSLATE_NOOP("GraphWords", "Microsoft Defender for Endpoint")},
    {"intuneAosp", QT_TRANSLATE_NOOP("GraphWords", "Intune (Android Open Source Project)")},
    {"unknown", QT_TRANSLATE_NOOP("GraphWords", "Unknown")},
};

constexpr Word kOwners[] = {
    {"company", QT_TRANSLATE_NOOP("GraphWords", "Corporate")},
    {"personal", QT_TRANSLATE_NOOP("GraphWords", "Personal")},
    {"unknown", QT_TRANSLATE_NOOP("GraphWords", "Unknown")},
};

constexpr Word kCompliance[] = {
    {"compliant", QT_TRANSLATE_NOOP("GraphWords", "Compliant")},
    {"noncompliant", QT_TRANSLATE_NOOP("GraphWords", "Not compliant")},
    {"conflict", QT_TRANSLATE_NOOP("GraphWords", "Conflicting policies")},
    {"error", QT_TRANSLATE_NOOP("GraphWords", "Error")},
    {"inGracePeriod", QT_TRANSLATE_NOOP("GraphWords", "In grace period")},
    {"configManager", QT_TRANSLATE_NOOP("GraphWords", "Managed by Configuration Manager")},
    {"unknown", QT_TRANSLATE_NOOP("GraphWords", "Unknown")},
};

constexpr Word kEnrollments[] = {
    {"userEnrollment", QT_TRANSLATE_NOOP("GraphWords", "Enrolled by the user")},
    {"deviceEnrollmentManager", QT_TRANSLATE_NOOP("GraphWords", "Device enrollment manager")},
    {"appleBulkWithUser", QT_TRANSLATE_NOOP("GraphWords", "Apple automated enrollment, with user affinity")},
    {"appleBulkWithoutUser", QT_TRANSLATE_NOOP("GraphWords", "Apple automated enrollment, without user affinity")},
    {"appleUserEnrollment", QT_TRANSLATE_NOOP("GraphWords", "Apple User Enrollment")},
    {"appleUserEnrollmentWithServiceAccount",
        QT_TRANSLATE_NOOP("GraphWords", "Apple User Enrollment with a service account")},
    {"windowsAzureADJoin", QT_TRANSLATE_NOOP("GraphWords", "Windows, joined to Azure AD")},
    {"windowsAzureADJoinUsingDeviceAuth", QT_TRANSLATE_NOOP("GraphWords", "Windows, joined to Azure AD (device)")},
    {"windowsBulkUserless", QT_TRANSLATE_NOOP("GraphWords", "Windows bulk enrollment")},
    {"windowsAutoEnrollment", QT_TRANSLATE_NOOP("GraphWords", "Windows automatic enrollment")},
    {"windowsBulkAzureDomainJoin", QT_TRANSLATE_NOOP("GraphWords", "Windows bulk Azure AD join")},
    {"windowsCoManagement", QT_TRANSLATE_NOOP("GraphWords", "Windows co-management")},
    {"azureAdJoinUsingAzureVmExtension", QT_TRANSLATE_NOOP("GraphWords", "Azure virtual machine")},
    {"androidEnterpriseDedicatedDevice", QT_TRANSLATE_NOOP("GraphWords", "Android Enterprise dedicated device")},
    {"androidEnterpriseFullyManaged", QT_TRANSLATE_NOOP("GraphWords", "Android Enterprise fully managed")},
    {"androidEnterpriseCorporateWorkProfile",
        QT_TRANSLATE_NOOP("GraphWords", "Android Enterprise corporate-owned work profile")},
    {"unknown", QT_TRANSLATE_NOOP("GraphWords", "Unknown")},
};

constexpr Word kJoins[] = {
    {"azureADJoined", QT_TRANSLATE_NOOP("GraphWords", "Joined to Azure AD")},
    {"azureADRegistered", QT_TRANSLATE_NOOP("GraphWords", "Registered in Azure AD")},
    {"hybridAzureADJoined", QT_TRANSLATE_NOOP("GraphWords", "Hybrid joined to Azure AD")},
    {"unknown", QT_TRANSLATE_NOOP("GraphWords", "Unknown")},
};

template<size_t N>
QString lookUp(const Word (&words)[N], const QString &value)
{
    for (const Word &w : words) {
        if (value.compare(QLatin1String(w.value), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("GraphWords", w.text);
    }
    return value;
}

} // namespace

QString graphWord(GraphField field, const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (field) {
    case GraphField::ManagementAgent:
        return lookUp(kAgents, value);
    case GraphField::OwnerType:
        return lookUp(kOwners, value);
    case GraphField::ComplianceState:
        return lookUp(kCompliance, value);
    case GraphField::EnrollmentType:
        return lookUp(kEnrollments, value);
    case GraphField::JoinType:
        return lookUp(kJoins, value);
    }
    return value;
}

} // namespace Passdesk
