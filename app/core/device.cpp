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

bool isValidDeviceId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128 || id == QLatin1String(".") || id == QLatin1String(".."))
        return false;
    for (const QChar c : id) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0)
            || c.category() == QChar::Other_Format || c.isSurrogate())
            return false;
    }
    return true;
}

} // namespace Passdesk
