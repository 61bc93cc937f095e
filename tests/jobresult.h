#pragma once

#include "job.h"

#include <QTest>

#include <optional>

// Starts a job, waits for its finished() (timeoutMsecs at most) and returns its
// result; a default result (not ok) when it did not finish in time.
template<typename J>
typename J::Result runJob(J *job, int timeoutMsecs = 10000)
{
    std::optional<typename J::Result> result;
    QObject::connect(job, &Passdesk::Job::finished, job, [&result, job] { result = job->result(); });
    job->start();
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMsecs);
    return result.value_or(typename J::Result{});
}
