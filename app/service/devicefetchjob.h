#pragma once

#include "device.h"
#include "grapherror.h"
#include "remoteaction.h"

#include <QObject>

#include <vector>

namespace Passdesk {

class SecretStore;
class Session;

// Reads one device with its deviceActionResults, and keeps any passcode or
// PIN still returned in the session's secret store.
class DeviceFetchJob : public QObject
{
    Q_OBJECT
public:
    DeviceFetchJob(Session *session, const QString &deviceId);
    void start();

Q_SIGNALS:
    void finished(const Passdesk::Device &device, const std::vector<Passdesk::ActionResult> &actions);
    void failed(const Passdesk::GraphError &error);

private:
    Session *m_session;
    QString m_deviceId;
};

// Stores the secrets found in completed action results (shared with ActionJob).
void keepIssuedSecrets(SecretStore *store, const QString &deviceId, const std::vector<ActionResult> &results);

} // namespace Passdesk
