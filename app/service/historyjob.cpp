#include "historyjob.h"

#include "actionlistmodel.h"
#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "pagedlistjob.h"
#include "reveallog.h"
#include "safetext.h"
#include "scopes.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace Passdesk {

namespace { } // namespace

HistoryJob::HistoryJob(GraphClient *graph, const ActionListModel *log, const QString &deviceId,
    const QStringList &grantedScopes, const QString &operatorUpn, QObject *parent)
    : Job(parent)
    , m_graph(graph)
    , m_log(log)
    , m_deviceId(deviceId)
    , m_scopes(grantedScopes)
    , m_operatorUpn(operatorUpn)
{ }

void HistoryJob::run()
{
    // This Passdesk's own decisions, including those that never left.
    if (m_log) {
        for (const ActionRecord &r : m_log->records()) {
            if (r.deviceId != m_deviceId || !r.sentHere)
                continue;
            HistoryEntry e;
            e.sources = HistoryEntry::ThisSession;
            e.deviceId = r.deviceId;
            e.when = r.requested.toUTC();
            e.action = actionName(r.kind);
            e.who = m_operatorUpn;
            e.state = r.state;
            e.rawState = r.rawState;
            m_collected.push_back(e);
        }
    }
    if (m_reveals) {
        for (const RevealLog::Entry &r : m_reveals->entries(m_deviceId)) {
            HistoryEntry e;
            e.sources = HistoryEntry::RevealLog;
            e.deviceId = m_deviceId;
            e.when = r.when;
            e.action = QStringLiteral("reveal:") + r.kind;
            e.who = r.who;
            e.state = ActionState::Done;
            e.rawState = QStringLiteral("done");
            m_collected.push_back(e);
        }
    }
    m_pending = 3;
    readDevice();
    readAudits(true);
    if (!m_scopes.isEmpty() && !hasGraphScope(m_scopes, auditLogScope())) {
        // Known before asking: the sign-in does not carry the permission.
        miss(HistoryEntry::AuditEvent, [] {
            return tr("Intune audit log not shown: it needs the permission %1, which this sign-in does not have. An "
                      "administrator can add it to the tenant profile's app registration.")
                .arg(auditLogScope());
        });
        partDone();
    } else {
        readEvents(true);
    }
}

void HistoryJob::onCancel()
{
    if (m_deviceCall)
        m_deviceCall->abort();
    if (m_audits)
        m_audits->cancel();
    if (m_events)
        m_events->cancel();
}

void HistoryJob::miss(int source, const std::function<QString()> &reason)
{
    m_result.missing.push_back({source, reason});
}

void HistoryJob::partDone()
{
    if (--m_pending > 0 || isFinished())
        return;
    m_result.entries = mergeHistory(std::move(m_collected));
    m_result.complete = true;
    finish();
}

void HistoryJob::readDevice()
{
    const QUrl url = m_graph->deviceUrl(m_deviceId, {QStringLiteral("id"), QStringLiteral("deviceActionResults")});
    if (url.isEmpty()) {
        miss(
            HistoryEntry::DeviceResult, [id = m_deviceId] { return tr("“%1” is not a device id.").arg(safeText(id)); });
        QMetaObject::invokeMethod(
            this, [this] { partDone(); }, Qt::QueuedConnection);
        return;
    }
    m_deviceCall = m_graph->get(url);
    connect(m_deviceCall, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        std::vector<ActionResult> results;
        QString why;
        if (body.value(QLatin1String("id")).toString() != m_deviceId) {
            miss(HistoryEntry::DeviceResult, [] {
                return tr("The device's action results not shown: Microsoft Graph answered with another device.");
            });
        } else if (!actionResultsFromJson(body, &results, &why)) {
            miss(HistoryEntry::DeviceResult, [why] {
                return tr("The device's action results not shown: %1").arg(GraphError::malformed(why).userMessage());
            });
        } else {
            for (const ActionResult &r : results) {
                HistoryEntry e;
                e.sources = HistoryEntry::DeviceResult;
                e.deviceId = m_deviceId;
                e.when = r.startDateTime;
                e.action = r.actionName;
                e.state = r.state;
                e.rawState = r.rawState;
                if (e.when.isValid())
                    m_collected.push_back(e);
            }
        }
        partDone();
    });
    connect(m_deviceCall, &GraphCall::failed, this, [this](const GraphError &error) {
        miss(HistoryEntry::DeviceResult,
            [error] { return tr("The device's action results not shown: %1").arg(error.userMessage()); });
        partDone();
    });
    m_deviceCall->start();
}

void HistoryJob::readAudits(bool filtered)
{
    // Graph does not document $filter here: ask for the device's records, and
    // when the server refuses the filter read them all and keep the device's.
    Source source;
    source.kind = HistoryEntry::RemoteActionAudit;
    source.path = QStringLiteral("deviceManagement/remoteActionAudits");
    if (filtered)
        source.filter = QStringLiteral("managedDeviceId eq '%1'").arg(m_deviceId);
    source.read = [this](const QJsonObject &o, HistoryEntry *e, QString *why) {
        if (!remoteActionAuditFromJson(o, e, why))
            return Read::Bad;
        return e->deviceId.compare(m_deviceId, Qt::CaseInsensitive) == 0 ? Read::Keep : Read::Skip;
    };
    source.notShown = [](const QString &why) { return tr("Intune remote action audit not shown: %1").arg(why); };
    source.unfiltered = [this] { readAudits(false); };
    readPages(source);
}

void HistoryJob::readEvents(bool filtered)
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-m_windowDays);
    Source source;
    source.kind = HistoryEntry::AuditEvent;
    source.path = QStringLiteral("deviceManagement/auditEvents");
    if (filtered)
        source.filter = QStringLiteral("activityDateTime ge %1").arg(since.toString(Qt::ISODate));
    source.read = [this, since](const QJsonObject &o, HistoryEntry *e, QString *why) {
        QStringList resources;
        if (!auditEventFromJson(o, e, &resources, why))
            return Read::Bad;
        if (!resources.contains(m_deviceId, Qt::CaseInsensitive) || e->when < since)
            return Read::Skip;
        e->deviceId = m_deviceId;
        return Read::Keep;
    };
    source.notShown = [](const QString &why) { return tr("Intune audit log not shown: %1").arg(why); };
    source.unfiltered = [this] { readEvents(false); };
    source.roleRefused = [] {
        // Reading the audit log is an Intune permission of its own.
        return tr("Intune audit log not shown: your Intune role does not include Audit data: Read. Ask an Intune "
                  "administrator for a role that has it; the rest of the history does not need it.");
    };
    readPages(source);
}

void HistoryJob::readPages(const Source &source)
{
    QList<QPair<QString, QString>> query;
    if (!source.filter.isEmpty())
        query << qMakePair(QStringLiteral("$filter"), source.filter);
    QPointer<PagedListJob> &list = source.kind == HistoryEntry::AuditEvent ? m_events : m_audits;
    list = new PagedListJob(m_graph, m_graph->collectionUrl(source.path, query), this);
    list->setMaxPages(m_maxPages);
    if (!source.filter.isEmpty())
        list->setExpectedRefusal(400); // the filter is tried; refused, the records are read whole
    PagedListJob *job = list;
    auto found = std::make_shared<std::vector<HistoryEntry>>();
    connect(job, &PagedListJob::recordsReceived, this, [this, job, found, source](const QJsonArray &records) {
        for (const QJsonValue &v : records) {
            HistoryEntry e;
            QString why;
            const Read read = v.isObject() ? source.read(v.toObject(), &e, &why) : Read::Bad;
            if (read == Read::Bad) {
                // One unreadable record and the source is left out: never a shorter list.
                if (why.isEmpty())
                    why = tr("a record that is not an object");
                job->cancel();
                miss(source.kind, [source, why] { return source.notShown(GraphError::malformed(why).userMessage()); });
                QMetaObject::invokeMethod(
                    this, [this] { partDone(); }, Qt::QueuedConnection);
                return;
            }
            if (read == Read::Keep)
                found->push_back(e);
        }
    });
    connect(job, &PagedListJob::finished, this, [this, found] {
        m_collected.insert(m_collected.end(), found->begin(), found->end());
        partDone();
    });
    connect(job, &PagedListJob::failed, this, [this, source](const GraphError &error) {
        const bool http = error.kind == GraphError::Kind::Http;
        if (!source.filter.isEmpty() && http && error.httpStatus == 400) {
            qCInfo(lcGraph) << source.path << "refused the filter; reading every record";
            source.unfiltered();
            return;
        }
        if (source.roleRefused && http && error.httpStatus == 403
            && !error.message.contains(QLatin1String("scope"), Qt::CaseInsensitive))
            miss(source.kind, source.roleRefused);
        else
            miss(source.kind, [source, error] { return source.notShown(error.userMessage()); });
        partDone();
    });
    job->start();
}

} // namespace Passdesk
