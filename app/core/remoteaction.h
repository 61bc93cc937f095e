#pragma once

#include <QDateTime>
#include <QString>

namespace Passdesk {

enum class ActionKind {
    ResetPasscode,
    RemoteLock,
    SyncDevice,
    // Offered after a recovery secret was read: the device makes a new one.
    RotateLocalAdminPassword,
    RotateBitLockerKeys,
    RotateFileVaultKey,
};

// The toolbar's kinds, in its order.
inline constexpr ActionKind kToolbarActionKinds[]
    = {ActionKind::ResetPasscode, ActionKind::RemoteLock, ActionKind::SyncDevice};
// The rotations of recovery secrets.
inline constexpr ActionKind kRotationActionKinds[]
    = {ActionKind::RotateLocalAdminPassword, ActionKind::RotateBitLockerKeys, ActionKind::RotateFileVaultKey};

// Graph's actionState, plus Unknown for a value this build does not know, and
// two states of Passdesk's own: NotSent (nothing left this computer, or the
// backend refused it) and OutcomeUnknown (sent, and whether the backend has it
// could not be found out).
enum class ActionState {
    None,
    Pending,
    Canceled,
    Active,
    Done,
    Failed,
    NotSupported,
    Unknown,
    NotSent,
    OutcomeUnknown
};

QString actionName(ActionKind kind); // Graph's name: "resetPasscode", "remoteLock", "rotateBitLockerKeys"...
bool actionKindFromName(const QString &name, ActionKind *kind);
ActionState actionStateFromString(const QString &text);
bool isTerminal(ActionState state);
QString actionStateDisplayName(ActionState state, const QString &raw = QString()); // translated

// One entry of a device's deviceActionResults.
struct ActionResult
{
    QString actionName;
    QString rawState;
    ActionState state = ActionState::None;
    QDateTime startDateTime;
    QDateTime lastUpdatedDateTime;
    QString passcode; // resetPasscodeActionResult, while the backend still returns it
    QString unlockPin; // remoteLockActionResult on macOS
    int errorCode = 0;
};

} // namespace Passdesk
