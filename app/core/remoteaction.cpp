#include "remoteaction.h"

#include <QCoreApplication>

namespace Passdesk {

QString actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::ResetPasscode:
        return QStringLiteral("resetPasscode");
    case ActionKind::RemoteLock:
        return QStringLiteral("remoteLock");
    case ActionKind::SyncDevice:
        return QStringLiteral("syncDevice");
    case ActionKind::RotateLocalAdminPassword:
        return QStringLiteral("rotateLocalAdminPassword");
    case ActionKind::RotateBitLockerKeys:
        return QStringLiteral("rotateBitLockerKeys");
    case ActionKind::RotateFileVaultKey:
        return QStringLiteral("rotateFileVaultKey");
    }
    return QString();
}

bool actionKindFromName(const QString &name, ActionKind *kind)
{
    const auto find = [&](const auto &kinds) {
        for (const ActionKind k : kinds) {
            if (name.compare(actionName(k), Qt::CaseInsensitive) == 0) {
                *kind = k;
                return true;
            }
        }
        return false;
    };
    return find(kToolbarActionKinds) || find(kRotationActionKinds);
}

ActionState actionStateFromString(const QString &text)
{
    static const struct
    {
        const char *name;
        ActionState state;
    } table[] = {
        {"none", ActionState::None},
        {"pending", ActionState::Pending},
        {"canceled", ActionState::Canceled},
        {"active", ActionState::Active},
        {"done", ActionState::Done},
        {"failed", ActionState::Failed},
        {"notSupported", ActionState::NotSupported},
    };
    for (const auto &row : table) {
        if (text.compare(QLatin1String(row.name), Qt::CaseInsensitive) == 0)
            return row.state;
    }
    return ActionState::Unknown;
}

bool isTerminal(ActionState state)
{
    switch (state) {
    case ActionState::Done:
    case ActionState::Failed:
    case ActionState::NotSupported:
    case ActionState::Canceled:
        return true;
    default:
        return false;
    }
}

QString actionStateDisplayName(ActionState state, const QString &raw)
{
    switch (state) {
    case ActionState::None:
        return QCoreApplication::translate("ActionState", "Not started");
    case ActionState::Pending:
        return QCoreApplication::translate("ActionState", "Pending");
    case ActionState::Canceled:
        return QCoreApplication::translate("ActionState", "Canceled");
    case ActionState::Active:
        return QCoreApplication::translate("ActionState", "In progress");
    case ActionState::Done:
        return QCoreApplication::translate("ActionState", "Complete");
    case ActionState::Failed:
        return QCoreApplication::translate("ActionState", "Failed");
    case ActionState::NotSupported:
        return QCoreApplication::translate("ActionState", "Not supported");
    case ActionState::NotSent:
        return QCoreApplication::translate("ActionState", "Not sent");
    case ActionState::OutcomeUnknown:
        return QCoreApplication::translate("ActionState", "Outcome unknown");
    case ActionState::Unknown:
        break;
    }
    return raw; // shown as the server sent it
}

} // namespace Passdesk
