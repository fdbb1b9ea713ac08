// A per-worker token-bucket rate limiter, fully correct: every worker gets its own bucket from the factory (built from
// an immutable limits record captured by the factory), limits updated through an update that writes only the handed
// bucket, rejected counts summed with Interlocked into a captured local, the names of busy workers gathered in a
// ConcurrentQueue, and a completion callback that writes a plain local once on main. Quiet.
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

namespace Corpus7b.RateLimiterProgramQuiet;

public sealed record LimitsConfig(int Capacity, int RefillPerSecond);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Bucket
{
    private double _tokens;
    private long _lastRefillTicks;

    public Bucket(LimitsConfig limits, string worker)
    {
        Limits = limits;
        Worker = worker;
        _tokens = limits.Capacity;
    }

    public LimitsConfig Limits { get; set; }
    public string Worker { get; }
    public long Rejected;

    public bool TryTake(long nowTicks)
    {
        var elapsed = TimeSpan.FromTicks(nowTicks - _lastRefillTicks).TotalSeconds;
        _lastRefillTicks = nowTicks;
        _tokens = Math.Min(Limits.Capacity, _tokens + elapsed * Limits.RefillPerSecond);
        if (_tokens >= 1)
        {
            _tokens -= 1;
            return true;
        }
        Rejected++;
        return false;
    }
}

public static class RateLimiting
{
    public static void Install(WorkerPool pool, LimitsConfig limits)
    {
        var first = new Bucket(limits, "template");
        Bucket.Initialize(pool, d => new Bucket(limits, d.Name));
        Console.WriteLine(first.Worker);
    }

    public static Task ChangeAsync(WorkerPool pool, LimitsConfig limits) =>
        Bucket.UpdateAllAsync(pool, b => b.Limits = limits);

    public static async Task<(long Rejected, string[] Busy)> PollAsync(WorkerPool pool)
    {
        long rejected = 0;
        var busy = new ConcurrentQueue<string>();
        await Bucket.UpdateAllAsync(pool, b =>
        {
            Interlocked.Add(ref rejected, b.Rejected);
            if (b.Rejected > 100) busy.Enqueue(b.Worker);
            b.Rejected = 0;
        });
        return (rejected, busy.ToArray());
    }

    public static void ResetAll(WorkerPool pool, Action<bool> done)
    {
        var finished = false;
        Bucket.UpdateAll(pool, b => b.Rejected = 0, () =>
        {
            finished = true;
            done(finished);
        });
    }
}
