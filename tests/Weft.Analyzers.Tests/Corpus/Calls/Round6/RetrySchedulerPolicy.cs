// Retry scheduler: main publishes a retry policy (delays per attempt) to the workers. Defect: after publishing,
// the admin path "tunes" the policy through a helper class method that caps the delays in place — a call of our
// method that writes what was published (WEFT0002 at the call, as the page says).
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
    public static void Cap(RetryPolicy policy, TimeSpan max)
    {
        for (int i = 0; i < policy.Delays.Count; i++)
        {
            if (policy.Delays[i] > max) policy.Delays[i] = max;
        }
    }
}

public sealed class RetryScheduler
{
    private readonly Slot<RetryPolicy> _policy;

    public RetryScheduler(WorkerPool pool) => _policy = pool.AllocateSlot<RetryPolicy>();

    public async Task ConfigureAsync(IEnumerable<int> delaysMs, TimeSpan cap)
    {
        var policy = new RetryPolicy(delaysMs.Select(ms => TimeSpan.FromMilliseconds(ms)).ToList());
        await _policy.PublishAsync(policy);
        PolicyTuning.Cap(policy, cap); // expect: WEFT0002
    }
}
