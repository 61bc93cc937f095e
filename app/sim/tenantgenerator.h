#pragma once

#include "simdevice.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Passdesk::Sim {

// Builds a believable, fully deterministic tenant: the same seed, count and
// "now" give the same devices on every platform.
class TenantGenerator
{
public:
    // The first deviceKindCount devices are one of each DeviceKind, in enum
    // order; the rest follow a weighted mix close to a real fleet.
    static std::vector<SimDevice> generate(quint64 seed, int count, const QDateTime &now);

    // "Émilie Lefèvre" -> "Emilie Lefevre": strips diacritics, expands ligatures.
    static QString asciiFold(const QString &text);
};

} // namespace Passdesk::Sim
