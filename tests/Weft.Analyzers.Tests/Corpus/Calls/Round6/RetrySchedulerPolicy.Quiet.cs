// Quiet twin of RetrySchedulerPolicy: the helper returns a capped copy, and the copy is published.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.RetrySchedulerPolicy;

public sealed class RetryPolicy
{
    public RetryPolicy(List<TimeSpan> delays) => Delays = delays;
    public List<TimeSpan> Delays { get; }
    public TimeSpan DelayFor(int attempt) => Delays[Math.Min(attempt, Delays.Count - 1)];
}

public static class PolicyTuning
{
    public static RetryPolicy Cap(RetryPolicy policy, TimeSpan max) =>
        new(policy.Delays.Select(d => d > max ? max : d).ToList());
}

public sealed class RetryScheduler
{
    private readonly Slot<RetryPolicy> _policy;

    public RetryScheduler(WorkerPool pool) => _policy = pool.AllocateSlot<RetryPolicy>();

    public async Task ConfigureAsync(IEnumerable<int> delaysMs, TimeSpan cap)
    {
        var policy = new RetryPolicy(delaysMs.Select(ms => TimeSpan.FromMilliseconds(ms)).ToList());
        policy = PolicyTuning.Cap(policy, cap);
        await _policy.PublishAsync(policy);
    }
}
