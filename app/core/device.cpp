#include "device.h"

namespace Passdesk {

bool Device::isAzureADJoined() const
{
    if (!joinType.isEmpty() && joinType != QLatin1String("unknown"))
        return joinType == QLatin1String("azureADJoined") || joinType == QLatin1String("hybridAzureADJoined");
    return deviceEnrollmentType == QLatin1String("windowsAzureADJoin")
        || deviceEnrollmentType == QLatin1String("windowsBulkAzureDomainJoin");
}

bool Device::currentUserIsEnroller() const
{
    // Without sign-in data, Graph gives no reason to doubt it.
    return currentUserId.isEmpty() || userId.isEmpty() || currentUserId == userId;
}

} // namespace Passdesk
