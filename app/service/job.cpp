#include "job.h"

namespace Passdesk {

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    run();
}

void Job::cancel()
{
    if (m_finished)
        return;
    onCancel();
    finish();
}

void Job::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace Passdesk
