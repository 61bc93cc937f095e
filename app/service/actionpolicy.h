#pragma once

#include "remoteaction.h"
#include "supportmatrix.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Passdesk {

struct Device;
class RunningActions;

// What may be sent on a selection, decided once for the console and the
// command line: each device is sent the action, or is skipped with a reason.
struct ActionPlan
{
    enum class Verdict { Send, NotSupported, Running, NotLoaded };
    struct Item
    {
        QString deviceId;
        QString deviceName;
        QString userDisplayName; // to tell devices apart in a confirmation
        QString serialNumber;
        Verdict verdict = Verdict::NotLoaded;
        Support support;
    };

    ActionKind kind = ActionKind::ResetPasscode;
    QList<Item> items;

    QStringList toSend() const;
    int count(Verdict verdict) const;
    // The first reason a device is skipped because it does not support the action.
    QString firstReason() const;
    // Every device to send to is an iPhone/iPad (reset then removes the passcode).
    bool onlyRemoves() const;
    bool anyRemoves() const;
    bool anyGenerates() const;
    bool anyPin() const;
    // "Reset passcode", "Remove passcode" or "Remote lock", for this selection.
    QString label() const;

    // Looks up each id (lookup returns null for an id not loaded).
    static ActionPlan make(const QStringList &ids, ActionKind kind,
        const std::function<std::optional<Device>(const QString &)> &lookup, const SupportMatrix &matrix,
        const RunningActions *running);
};

} // namespace Passdesk
