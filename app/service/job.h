#pragma once

#include <QObject>

namespace Passdesk {

// What every service job shares: start() once, cancel() at any time, one
// finished() at the end (the job's result is read from it then), and one
// deletion rule: the job deletes itself after finished().
class Job : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

protected:
    virtual void run() = 0;
    virtual void onCancel() { }
    // Emits finished() once and schedules the deletion.
    void finish();

private:
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Passdesk
