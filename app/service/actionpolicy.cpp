#include "actionpolicy.h"

#include "device.h"
#include "runningactions.h"

namespace Passdesk {

ActionPlan ActionPlan::make(const QStringList &ids, ActionKind kind,
    const std::function<std::optional<Device>(const QString &)> &lookup, const SupportMatrix &matrix,
    const RunningActions *running)
{
    ActionPlan plan;
    plan.kind = kind;
    QStringList unique = ids;
    unique.removeDuplicates();
    for (const QString &id : std::as_const(unique)) {
        Item item;
        item.deviceId = id;
        const std::optional<Device> d = lookup(id);
        if (!d) {
            item.deviceName = id;
            item.support.label = SupportMatrix::actionLabel(kind, false);
            plan.items << item;
            continue;
        }
        item.deviceName = d->deviceName;
        item.userDisplayName = d->userDisplayName;
        item.serialNumber = d->serialNumber;
        item.support = matrix.evaluate(*d, kind);
        if (running && running->isRunning(id, kind))
            item.verdict = Verdict::Running;
        else if (!item.support.supported)
            item.verdict = Verdict::NotSupported;
        else
            item.verdict = Verdict::Send;
        plan.items << item;
    }
    return plan;
}

QStringList ActionPlan::toSend() const
{
    QStringList ids;
    for (const Item &item : items) {
        if (item.verdict == Verdict::Send)
            ids << item.deviceId;
    }
    return ids;
}

int ActionPlan::count(Verdict verdict) const
{
    int n = 0;
    for (const Item &item : items)
        n += item.verdict == verdict ? 1 : 0;
    return n;
}

QString ActionPlan::firstReason() const
{
    for (const Item &item : items) {
        if (item.verdict == Verdict::NotSupported)
            return item.support.reason;
    }
    return {};
}

bool ActionPlan::anyRemoves() const
{
    for (const Item &item : items) {
        if (item.verdict == Verdict::Send && kind == ActionKind::ResetPasscode
            && item.support.secret == SecretShape::None)
            return true;
    }
    return false;
}

bool ActionPlan::anyGenerates() const
{
    for (const Item &item : items) {
        if (item.verdict == Verdict::Send && kind == ActionKind::ResetPasscode
            && item.support.secret != SecretShape::None)
            return true;
    }
    return false;
}

bool ActionPlan::onlyRemoves() const
{
    return anyRemoves() && !anyGenerates();
}

bool ActionPlan::anyPin() const
{
    for (const Item &item : items) {
        if (item.verdict == Verdict::Send && item.support.secret == SecretShape::Pin6)
            return true;
    }
    return false;
}

QString ActionPlan::label() const
{
    return SupportMatrix::actionLabel(kind, kind == ActionKind::ResetPasscode && onlyRemoves());
}

} // namespace Passdesk
