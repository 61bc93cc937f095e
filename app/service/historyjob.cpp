#include "historyjob.h"

#include "actionlistmodel.h"
#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "pagedlistjob.h"
#include "safetext.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace Passdesk {

namespace {

bool hasScope(const QStringList &scopes, const QString &scope)
{
    for (const QString &s : scopes) {
        if (s.compare(scope, Qt::CaseInsensitive) == 0 || s.endsWith(QLatin1Char('/') + scope, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

HistoryJob::HistoryJob(GraphClient *graph, const ActionListModel *log, const QString &deviceId,
    const QStringList &grantedScopes, const QString &operatorUpn, QObject *parent)
    : Job(parent)
    , m_graph(graph)
    , m_log(log)
    , m_deviceId(deviceId)
    , m_scopes(grantedScopes)
    , m_operatorUpn(operatorUpn)
{ }

QString HistoryJob::sourceName(int source)
{
    return historySourcesText(source);
}

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
    m_pending = 3;
    readDevice();
    readAudits(true);
    if (!m_scopes.isEmpty() && !hasScope(m_scopes, auditLogScope())) {
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
    QList<QPair<QString, QString>> query;
    if (filtered)
        query << qMakePair(QStringLiteral("$filter"), QStringLiteral("managedDeviceId eq '%1'").arg(m_deviceId));
    m_audits = new PagedListJob(
        m_graph, m_graph->collectionUrl(QStringLiteral("deviceManagement/remoteActionAudits"), query), this);
    m_audits->setMaxPages(m_maxPages);
    if (filtered)
        m_audits->setExpectedRefusal(400);
    auto found = std::make_shared<std::vector<HistoryEntry>>();
    auto bad = std::make_shared<QString>();
    const auto unreadable = [this, bad] {
        miss(HistoryEntry::RemoteActionAudit, [why = *bad] {
            return tr("Intune remote action audit not shown: %1").arg(GraphError::malformed(why).userMessage());
        });
        partDone();
    };
    connect(m_audits, &PagedListJob::recordsReceived, this, [this, found, bad, unreadable](const QJsonArray &records) {
        for (const QJsonValue &v : records) {
            HistoryEntry e;
            QString why;
            if (!v.isObject() || !remoteActionAuditFromJson(v.toObject(), &e, &why)) {
                // One unreadable record and the source is left out: never a shorter list.
                *bad = why.isEmpty() ? tr("a record that is not an object") : why;
                m_audits->cancel();
                QMetaObject::invokeMethod(this, unreadable, Qt::QueuedConnection);
                return;
            }
            if (e.deviceId.compare(m_deviceId, Qt::CaseInsensitive) == 0)
                found->push_back(e);
        }
    });
    connect(m_audits, &PagedListJob::finished, this, [this, found] {
        m_collected.insert(m_collected.end(), found->begin(), found->end());
        partDone();
    });
    connect(m_audits, &PagedListJob::failed, this, [this, filtered](const GraphError &error) {
        if (filtered && error.kind == GraphError::Kind::Http && error.httpStatus == 400) {
            qCInfo(lcGraph) << "remoteActionAudits refused the device filter; reading them all";
            readAudits(false);
            return;
        }
        miss(HistoryEntry::RemoteActionAudit,
            [error] { return tr("Intune remote action audit not shown: %1").arg(error.userMessage()); });
        partDone();
    });
    m_audits->start();
}

void HistoryJob::readEvents(bool filtered)
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-m_windowDays);
    QList<QPair<QString, QString>> query;
    if (filtered)
        query << qMakePair(
            QStringLiteral("$filter"), QStringLiteral("activityDateTime ge %1").arg(since.toString(Qt::ISODate)));
    m_events = new PagedListJob(
        m_graph, m_graph->collectionUrl(QStringLiteral("deviceManagement/auditEvents"), query), this);
    m_events->setMaxPages(m_maxPages);
    if (filtered)
        m_events->setExpectedRefusal(400);
    auto found = std::make_shared<std::vector<HistoryEntry>>();
    auto bad = std::make_shared<QString>();
    const auto unreadable = [this, bad] {
        miss(HistoryEntry::AuditEvent, [why = *bad] {
            return tr("Intune audit log not shown: %1").arg(GraphError::malformed(why).userMessage());
        });
        partDone();
    };
    connect(m_events, &PagedListJob::recordsReceived, this,
        [this, found, bad, since, unreadable](const QJsonArray &records) {
            for (const QJsonValue &v : records) {
                HistoryEntry e;
                QStringList resources;
                QString why;
                if (!v.isObject() || !auditEventFromJson(v.toObject(), &e, &resources, &why)) {
                    *bad = why.isEmpty() ? tr("a record that is not an object") : why;
                    m_events->cancel();
                    QMetaObject::invokeMethod(this, unreadable, Qt::QueuedConnection);
                    return;
                }
                if (!resources.contains(m_deviceId, Qt::CaseInsensitive) || e.when < since)
                    continue;
                e.deviceId = m_deviceId;
                found->push_back(e);
            }
        });
    connect(m_events, &PagedListJob::finished, this, [this, found] {
        m_collected.insert(m_collected.end(), found->begin(), found->end());
        partDone();
    });
    connect(m_events, &PagedListJob::failed, this, [this, filtered](const GraphError &error) {
        if (filtered && error.kind == GraphError::Kind::Http && error.httpStatus == 400) {
            readEvents(false);
            return;
        }
        const bool roleRefused = error.kind == GraphError::Kind::Http && error.httpStatus == 403
            && !error.message.contains(QLatin1String("scope"), Qt::CaseInsensitive);
        if (roleRefused) {
            // Reading the audit log is an Intune permission of its own.
            miss(HistoryEntry::AuditEvent, [] {
                return tr("Intune audit log not shown: your Intune role does not include Audit data: Read. Ask an "
                          "Intune administrator for a role that has it; the rest of the history does not need it.");
            });
        } else {
            miss(HistoryEntry::AuditEvent,
                [error] { return tr("Intune audit log not shown: %1").arg(error.userMessage()); });
        }
        partDone();
    });
    m_events->start();
}

} // namespace Passdesk
