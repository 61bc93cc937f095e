#pragma once

#include "remoteaction.h"

#include <QObject>
#include <QSet>

namespace Passdesk {

// Which device is busy with which action in this session, from the operator's
// click to the end of its job: a second click on a busy device makes no job.
class RunningActions : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isRunning(const QString &deviceId, ActionKind kind) const;
    // False when already running: the caller must not start another.
    bool claim(const QString &deviceId, ActionKind kind);
    void release(const QString &deviceId, ActionKind kind);

Q_SIGNALS:
    void changed(const QString &deviceId);

private:
    static QString key(const QString &deviceId, ActionKind kind);
    QSet<QString> m_running;
};

} // namespace Passdesk
