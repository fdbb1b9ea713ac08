// Application-style: per-host circuit breakers. The policy is a snapshot published from main (it still carries a
// legacy mutable thresholds map, WEFT0001 silenced on purpose); breaker states are per-worker. Defects: an auto-tuner
// raises a threshold in the shared snapshot's map, reached through TryGetCurrent and a property pattern (WEFT0003),
// and a trip report posts the worker's state table to the main dispatcher (WEFT0004).
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Threading;

namespace Corpus.Idioms.R9.CircuitBreakerService;

public enum BreakerState { Closed, Open, HalfOpen }

public sealed record HostBreaker(BreakerState State, int Failures, DateTimeOffset OpenedAt);

[ThreadLocalSlot]
public sealed partial class BreakerPolicy
{
    public TimeSpan OpenFor { get; init; } = TimeSpan.FromSeconds(30);

#pragma warning disable WEFT0001 // legacy shape kept for the config loader; treated as read-only by convention
    public Dictionary<string, int> Thresholds { get; init; } = new();
#pragma warning restore WEFT0001

    public int ThresholdFor(string host) => Thresholds.TryGetValue(host, out int t) ? t : 5;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Breakers
{
    public Dictionary<string, HostBreaker> ByHost { get; } = new();
}

public sealed class BreakerGate(WorkerPool pool, Action<string> log)
{
    public bool Allows(string host)
    {
        Breakers breakers = Breakers.Current;
        BreakerPolicy policy = BreakerPolicy.Current;
        HostBreaker state = breakers.ByHost.GetValueOrDefault(host) ?? new HostBreaker(BreakerState.Closed, 0, default);
        return state switch
        {
            { State: BreakerState.Closed } => true,
            { State: BreakerState.Open } when DateTimeOffset.UtcNow - state.OpenedAt >= policy.OpenFor =>
                (breakers.ByHost[host] = state with { State = BreakerState.HalfOpen }) is not null,
            { State: BreakerState.HalfOpen } => false,
            _ => false,
        };
    }

    public void OnResult(string host, bool success)
    {
        Breakers breakers = Breakers.Current;
        HostBreaker state = breakers.ByHost.GetValueOrDefault(host) ?? new HostBreaker(BreakerState.Closed, 0, default);
        if (success)
        {
            breakers.ByHost[host] = state with { State = BreakerState.Closed, Failures = 0 };
            return;
        }

        int failures = state.Failures + 1;
        if (failures < BreakerPolicy.Current.ThresholdFor(host))
        {
            breakers.ByHost[host] = state with { Failures = failures };
            return;
        }

        breakers.ByHost[host] = new HostBreaker(BreakerState.Open, failures, DateTimeOffset.UtcNow);
        int open = breakers.ByHost.Values.Count(b => b.State == BreakerState.Open);
        pool.Main.Post(() => log($"tripped {host}; open: {open}"));
        Tune(host, failures);
    }

    private static void Tune(string host, int failures)
    {
        if (BreakerPolicy.TryGetCurrent(out BreakerPolicy? policy) && policy is { Thresholds: { Count: < 1000 } shared })
        {
            var thresholds = new Dictionary<string, int>(shared);
            thresholds[host] = Math.Max(thresholds.GetValueOrDefault(host, 5), failures / 2);
        }
    }
}
