#pragma once

#include "device.h"
#include "grapherror.h"
#include "job.h"
#include "remoteaction.h"

#include <vector>

namespace Passdesk {

class GraphClient;
class SecretStore;

// Reads one device with its deviceActionResults (checked to be the device
// asked for), and keeps any passcode or PIN still returned in the secret store.
class DeviceFetchJob : public Job
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        Device device;
        std::vector<ActionResult> actions;
        GraphError error; // when !ok
    };

    DeviceFetchJob(GraphClient *graph, SecretStore *secrets, const QString &deviceId, QObject *parent = nullptr);
    QString deviceId() const { return m_deviceId; }
    // Valid once finished() has been emitted.
    const Result &result() const { return m_result; }

protected:
    void run() override;

private:
    void fail(const GraphError &error);

    GraphClient *m_graph;
    SecretStore *m_secrets;
    QString m_deviceId;
    Result m_result;
};

// Stores the secrets found in completed action results (shared with ActionJob).
void keepIssuedSecrets(SecretStore *store, const QString &deviceId, const std::vector<ActionResult> &results);

} // namespace Passdesk
