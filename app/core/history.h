#pragma once

#include "remoteaction.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace Passdesk {

// One thing that happened to a device, as one or more sources tell it.
struct HistoryEntry
{
    enum Source : int {
        RemoteActionAudit = 1, // Intune's remote action audit (remoteActionAudits)
        AuditEvent = 2, // Intune's audit log (auditEvents)
        DeviceResult = 4, // the device's own deviceActionResults
        ThisSession = 8, // sent from this Passdesk
        RevealLog = 16, // a recovery secret read on this computer (action "reveal:<kind>")
    };

    QDateTime when; // UTC
    QString deviceId;
    QString action; // Graph's action name ("resetPasscode"), or the audit activity as written
    QString who; // user principal name; empty when no source says
    QString rawState; // Graph's actionState, or the audit event's result
    ActionState state = ActionState::None; // None: requested, outcome not reported
    bool bulk = false; // part of a bulk action
    int sources = 0;

    bool hasKind(ActionKind *kind = nullptr) const;
};

// "Reset passcode", "Remote lock", "Sync now", or the activity as written.
QString historyActionText(const HistoryEntry &entry);
// "Complete", "Pending"… or "Requested" when no source reports an outcome.
QString historyOutcomeText(const HistoryEntry &entry);
// "Intune remote action audit, device action results", in the operator's language.
QString historySourcesText(int sources);
// "12 minutes", "3 hours", "2 days": how long ago, in the operator's language.
QString historyAgo(qint64 secs);
// The Intune audit event activity ("ResetPasscode ManagedDevice") as a Graph action name, or empty.
QString actionNameFromAuditActivity(const QString &activity);

// One timeline, newest first: entries that tell of the same action (same
// action, within windowSecs of each other, no different initiator) become one,
// which keeps the earliest time, the initiator a source names, and the most
// current outcome (this session, then the device, then the audits).
std::vector<HistoryEntry> mergeHistory(std::vector<HistoryEntry> entries, qint64 windowSecs = 300);

} // namespace Passdesk
