// A stats collector, fully correct: per-worker counters made fresh by the factory, the sum gathered with Interlocked,
// the per-worker snapshots gathered into a ConcurrentDictionary, the largest value kept with a compare-exchange loop on
// a captured local, a list written under a lock inside the update, and the completion callback (once, on main) writing
// a plain local. One defect: the error count is summed with `+=` on a captured local in the update.
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

namespace Corpus7b.StatsCollectorProgram;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerStats
{
    public string Worker { get; }
    public long Requests;
    public long Errors;
    public long Bytes;

    public WorkerStats(string worker) => Worker = worker;

    public void Record(int bytes, bool failed)
    {
        Requests++;
        Bytes += bytes;
        if (failed) Errors++;
    }

    [WorkerUpdate]
    void Reset()
    {
        Requests = 0;
        Errors = 0;
        Bytes = 0;
    }
}

public sealed record Totals(long Requests, long Errors, long MaxBytes, ImmutableSortedDictionary<string, long> PerWorker);

public static class Collector
{
    public static void Install(WorkerPool pool) => WorkerStats.Initialize(pool, d => new WorkerStats(d.Name));

    public static async Task<Totals> CollectAsync(WorkerPool pool)
    {
        long requests = 0;
        long errors = 0;
        long maxBytes = 0;
        var perWorker = new ConcurrentDictionary<string, long>();
        var gate = new object();
        var order = new List<string>();
        await WorkerStats.UpdateAllAsync(pool, s =>
        {
            Interlocked.Add(ref requests, s.Requests);
            errors += s.Errors; // expect: WEFT0008
            perWorker[s.Worker] = s.Requests;
            long seen;
            do
            {
                seen = Volatile.Read(ref maxBytes);
                if (s.Bytes <= seen) break;
            }
            while (Interlocked.CompareExchange(ref maxBytes, s.Bytes, seen) != seen);
            lock (gate) order.Add(s.Worker);
        });
        return new Totals(requests, errors, maxBytes, perWorker.ToImmutableSortedDictionary());
    }

    public static void ResetAll(WorkerPool pool, Action<int> done)
    {
        var rounds = 0;
        WorkerStats.ResetOnAllWorkers(pool, () =>
        {
            rounds++;
            done(rounds);
        });
    }
}
