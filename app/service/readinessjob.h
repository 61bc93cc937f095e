#pragma once

#include "grapherror.h"
#include "job.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <vector>

namespace Passdesk {

class GraphCall;
class GraphClient;
class PagedListJob;

// What Graph can tell about the tenant before a Windows PIN reset or any
// action fails: the Microsoft PIN reset service's two enterprise applications,
// the EnablePinRecovery policy, and the permissions of the sign-in. Each check
// ends ready, not ready, or "cannot tell" with the reason (a permission this
// sign-in lacks, an error), and says how to fix what is not ready.
class ReadinessJob : public Job
{
    Q_OBJECT
public:
    enum class State { Ready, NotReady, CannotTell };
    using Words = std::function<QString()>; // said in the language of the moment
    struct Check
    {
        QString id; // "pinResetService", "pinResetClient", "pinRecoveryPolicy", "permission…", "intuneRole"
        State state = State::CannotTell;
        Words title;
        Words detail; // what was found, or why it cannot tell
        Words fix; // what to do when not ready (empty when ready)
        QList<QUrl> links; // consent pages, documentation
    };
    struct Result
    {
        std::vector<Check> checks;
        bool complete = false;
        // Both PIN reset applications: NotReady when either is missing, Ready when both are there.
        State pinResetService() const;
        const Check *check(const QString &id) const;
    };

    static QString pinResetServiceAppId() { return QStringLiteral("b8456c59-1230-44c7-a4a2-99b085333e84"); }
    static QString pinResetClientAppId() { return QStringLiteral("9115dd05-fad5-4f9c-acc7-305d08b1b04e"); }

    // grantedScopes: the scopes of the operator's token; scopesKnown false for a fixed token.
    ReadinessJob(GraphClient *graph, const QStringList &grantedScopes, bool scopesKnown, QObject *parent = nullptr);
    const Result &result() const { return m_result; }

protected:
    void run() override;
    void onCancel() override;

private:
    void checkServicePrincipal(const QString &id, const QString &appId, const Words &name, const QUrl &consent);
    void checkPinRecoveryPolicy();
    void checkPermissions();
    bool hasScope(const QString &scope) const;
    void add(Check check);
    void partDone();

    GraphClient *m_graph;
    QStringList m_scopes;
    bool m_scopesKnown;
    int m_pending = 0;
    QList<QPointer<GraphCall>> m_calls;
    QPointer<PagedListJob> m_configurations;
    Result m_result;
};

} // namespace Passdesk
