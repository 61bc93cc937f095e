#include "history.h"

#include "supportmatrix.h"

#include <QCoreApplication>

#include <algorithm>

namespace Passdesk {

bool HistoryEntry::hasKind(ActionKind *kind) const
{
    ActionKind k;
    const bool known = actionKindFromName(action, &k);
    if (known && kind)
        *kind = k;
    return known;
}

QString historyActionText(const HistoryEntry &entry)
{
    if (entry.action.startsWith(QLatin1String("reveal:"))) {
        const QString kind = entry.action.mid(7);
        if (kind == QLatin1String("lapsPassword"))
            return QCoreApplication::translate("History", "LAPS password read");
        if (kind == QLatin1String("bitlockerKey"))
            return QCoreApplication::translate("History", "BitLocker key read");
        if (kind == QLatin1String("fileVaultKey"))
            return QCoreApplication::translate("History", "FileVault key read");
        if (kind == QLatin1String("bypassCode"))
            return QCoreApplication::translate("History", "Bypass code read");
        return QCoreApplication::translate("History", "Secret read (%1)").arg(kind);
    }
    ActionKind kind;
    if (entry.hasKind(&kind)) {
        if (kind == ActionKind::SyncDevice)
            return QCoreApplication::translate("History", "Sync"); // what was done, not the button's "Sync now"
        return SupportMatrix::actionLabel(kind, false);
    }
    return entry.action;
}

QString historyOutcomeText(const HistoryEntry &entry)
{
    // An audit event records the request, not what the device made of it.
    if (entry.state == ActionState::None)
        return QCoreApplication::translate("History", "Requested");
    return actionStateDisplayName(entry.state, entry.rawState);
}

QString historySourcesText(int sources)
{
    QStringList names;
    if (sources & HistoryEntry::ThisSession)
        names << QCoreApplication::translate("History", "this Passdesk");
    if (sources & HistoryEntry::DeviceResult)
        names << QCoreApplication::translate("History", "the device's action results");
    if (sources & HistoryEntry::RemoteActionAudit)
        names << QCoreApplication::translate("History", "Intune remote action audit");
    if (sources & HistoryEntry::AuditEvent)
        names << QCoreApplication::translate("History", "Intune audit log");
    if (sources & HistoryEntry::RevealLog)
        names << QCoreApplication::translate("History", "this computer's reveal log");
    return names.join(QStringLiteral(", "));
}

QString historyAgo(qint64 secs)
{
    // Divided before the call: lupdate (Qt 6.4) does not get past a '/' inside translate().
    secs = qMax<qint64>(0, secs);
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    const int days = int(secs / 86400);
    if (secs < 60)
        return QCoreApplication::translate("History", "%n second(s)", nullptr, int(secs));
    if (secs < 3600)
        return QCoreApplication::translate("History", "%n minute(s)", nullptr, minutes);
    if (secs < 2 * 86400)
        return QCoreApplication::translate("History", "%n hour(s)", nullptr, hours);
    return QCoreApplication::translate("History", "%n day(s)", nullptr, days);
}

QString actionNameFromAuditActivity(const QString &activity)
{
    // Intune writes "<Operation> ManagedDevice", e.g. "ResetPasscode ManagedDevice".
    const QString operation = activity.section(QLatin1Char(' '), 0, 0);
    ActionKind kind;
    return actionKindFromName(operation, &kind) ? actionName(kind) : QString();
}

namespace {

int rank(int source)
{
    // Whose outcome is most current.
    if (source & HistoryEntry::ThisSession)
        return 4;
    if (source & HistoryEntry::DeviceResult)
        return 3;
    if (source & HistoryEntry::RemoteActionAudit)
        return 2;
    return 1;
}

bool sameAction(const HistoryEntry &a, const HistoryEntry &b, qint64 windowSecs)
{
    if (a.action.compare(b.action, Qt::CaseInsensitive) != 0)
        return false;
    if (!a.who.isEmpty() && !b.who.isEmpty() && a.who.compare(b.who, Qt::CaseInsensitive) != 0)
        return false;
    if (!a.when.isValid() || !b.when.isValid())
        return false;
    return qAbs(a.when.secsTo(b.when)) <= windowSecs;
}

} // namespace

std::vector<HistoryEntry> mergeHistory(std::vector<HistoryEntry> entries, qint64 windowSecs)
{
    std::stable_sort(
        entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.when < b.when; });
    std::vector<HistoryEntry> merged;
    std::vector<int> stateRank; // rank of the source whose outcome each merged entry shows
    for (HistoryEntry &e : entries) {
        // Each source tells of an action once: an entry joins the latest one that
        // matches and does not already have its source.
        auto it = std::find_if(merged.rbegin(), merged.rend(),
            [&](const HistoryEntry &m) { return !(m.sources & e.sources) && sameAction(m, e, windowSecs); });
        if (it == merged.rend()) {
            stateRank.push_back(rank(e.sources));
            merged.push_back(std::move(e));
            continue;
        }
        const size_t i = size_t(std::distance(it, merged.rend()) - 1);
        HistoryEntry &m = merged[i];
        // The audit names the initiator; the others only when no one else does.
        if (!e.who.isEmpty() && (m.who.isEmpty() || (e.sources & HistoryEntry::RemoteActionAudit)))
            m.who = e.who;
        if (rank(e.sources) > stateRank[i]) {
            m.state = e.state;
            m.rawState = e.rawState;
            stateRank[i] = rank(e.sources);
        }
        m.bulk = m.bulk || e.bulk;
        if (e.when < m.when)
            m.when = e.when;
        m.sources |= e.sources;
    }
    std::reverse(merged.begin(), merged.end());
    std::stable_sort(
        merged.begin(), merged.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.when > b.when; });
    return merged;
}

} // namespace Passdesk
