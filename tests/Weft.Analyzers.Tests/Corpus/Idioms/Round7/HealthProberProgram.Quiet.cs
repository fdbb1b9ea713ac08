// A health prober, fully correct: probes run on each worker's loop timer inside members of the per-worker type (worker
// code), the probe awaits without ConfigureAwait (so it resumes on the worker), streaks live in the worker's own
// dictionary, process-wide totals are bumped with Interlocked and Volatile on statics, a last-failure string is stored
// (not appended) into a static, the shared failure log is written under a lock, and an immutable summary is published
// from main. Quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.HealthProberProgramQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Prober
{
    private static long s_probes;
    private static long s_failures;
    private static string s_lastFailure = "";
    private static readonly object s_logGate = new();
    private static readonly List<string> s_failureLog = new();

    private readonly Dictionary<string, int> _streaks = new(StringComparer.Ordinal);
    private readonly ImmutableArray<string> _targets;

    public Prober(ImmutableArray<string> targets) => _targets = targets;

    public static long Probes => Interlocked.Read(ref s_probes);
    public static long Failures => Interlocked.Read(ref s_failures);
    public static string LastFailure => Volatile.Read(ref s_lastFailure);

    public int StreakOf(string target) => _streaks.GetValueOrDefault(target);

    public void Arm()
    {
        var timer = Dispatcher.Current!.CreateTimer(() => _ = ProbeAllAsync());
        timer.Enable(TimeSpan.FromSeconds(10));
    }

    private async Task ProbeAllAsync()
    {
        foreach (var target in _targets)
        {
            var ok = await ProbeAsync(target);
            _streaks[target] = ok ? 0 : _streaks.GetValueOrDefault(target) + 1;
            Interlocked.Increment(ref s_probes);
            if (ok) continue;
            Interlocked.Increment(ref s_failures);
            Volatile.Write(ref s_lastFailure, target);
            lock (s_logGate)
            {
                s_failureLog.Add($"{DateTimeOffset.UtcNow:O} {target}");
                if (s_failureLog.Count > 100) s_failureLog.RemoveAt(0);
            }
        }
    }

    private static async Task<bool> ProbeAsync(string target)
    {
        await Task.Delay(1);
        return target.Length % 7 != 0;
    }
}

[ThreadLocalSlot]
public sealed partial class HealthSummary
{
    public ImmutableDictionary<string, bool> Healthy { get; init; } = ImmutableDictionary<string, bool>.Empty;
    public DateTimeOffset At { get; init; }
}

public static class Health
{
    public static void Install(WorkerPool pool, ImmutableArray<string> targets)
    {
        Prober.Initialize(pool, _ => new Prober(targets));
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => Prober.Current.Arm());
        }
    }

    public static Task PublishSummaryAsync(WorkerPool pool, IReadOnlyDictionary<string, bool> results) =>
        HealthSummary.PublishAsync(pool, new HealthSummary { Healthy = results.ToImmutableDictionary(), At = DateTimeOffset.UtcNow });
}
