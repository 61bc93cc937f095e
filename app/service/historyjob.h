#pragma once

#include "grapherror.h"
#include "history.h"
#include "job.h"

#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

namespace Passdesk {

class ActionListModel;
class GraphCall;
class GraphClient;
class PagedListJob;
class RevealLog;

// One device's history from every source Passdesk can read: Intune's remote
// action audit, Intune's audit log, the device's own action results and this
// session's actions, merged into one timeline (mergeHistory). A source that
// cannot be read (a missing permission, a malformed answer) is left out and
// said why; the others still make the history.
class HistoryJob : public Job
{
    Q_OBJECT
public:
    struct Missing
    {
        int source = 0; // HistoryEntry::Source
        std::function<QString()> reason; // in the language of the moment
    };
    struct Result
    {
        std::vector<HistoryEntry> entries; // newest first
        std::vector<Missing> missing;
        bool complete = false; // false: canceled before every source answered
    };

    // grantedScopes: the scopes of the operator's token, when known (empty: unknown, the calls tell).
    HistoryJob(GraphClient *graph, const ActionListModel *log, const QString &deviceId,
        const QStringList &grantedScopes, const QString &operatorUpn, QObject *parent = nullptr);
    void setWindowDays(int days) { m_windowDays = days; } // how far back the audit log is read (default 30)
    void setMaxPages(int pages) { m_maxPages = pages; } // per source (default 20)
    void setRevealLog(const RevealLog *log) { m_reveals = log; } // the secrets read on this computer
    QString deviceId() const { return m_deviceId; }
    // Valid once finished() has been emitted.
    const Result &result() const { return m_result; }

    // The Graph permission Intune's audit log needs.
    static QString auditLogScope() { return QStringLiteral("DeviceManagementApps.Read.All"); }

protected:
    void run() override;
    void onCancel() override;

private:
    void readDevice();
    // One paged source of records: read strictly, kept when about the device.
    enum class Read { Keep, Skip, Bad };
    struct Source
    {
        int kind = 0; // HistoryEntry::Source
        QString path;
        QString filter; // tried first; empty when reading every record
        std::function<Read(const QJsonObject &, HistoryEntry *, QString *)> read;
        std::function<QString(const QString &)> notShown; // "… not shown: %1"
        std::function<void()> unfiltered; // again without the filter
        std::function<QString()> roleRefused; // a 403 for the Intune role, when the source has its own
    };
    void readAudits(bool filtered);
    void readEvents(bool filtered);
    void readPages(const Source &source);
    void miss(int source, const std::function<QString()> &reason);
    void partDone();

    GraphClient *m_graph;
    const ActionListModel *m_log;
    const RevealLog *m_reveals = nullptr;
    QString m_deviceId;
    QStringList m_scopes;
    QString m_operatorUpn;
    int m_windowDays = 30;
    int m_maxPages = 20;
    int m_pending = 0;
    std::vector<HistoryEntry> m_collected;
    QPointer<GraphCall> m_deviceCall;
    QPointer<PagedListJob> m_audits;
    QPointer<PagedListJob> m_events;
    Result m_result;
};

} // namespace Passdesk
