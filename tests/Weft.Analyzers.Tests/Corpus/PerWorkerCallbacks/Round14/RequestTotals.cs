// A metrics endpoint on main collects every worker's request counters once a second with the generated
// UpdateAllAsync: each worker adds its counts into the report and resets them. The per-route counts go into a
// ConcurrentDictionary (quiet), but the grand total is a captured long incremented with `+=`: every worker runs the
// callback at once, so the increments race (WEFT0008). The quiet twin adds with Interlocked.Add.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.RequestTotalsDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestCounters
{
    public long Requests { get; set; }
    public long Errors { get; set; }
    public Dictionary<string, long> ByRoute { get; } = new(StringComparer.Ordinal);

    public void Count(string route, bool error)
    {
        Requests++;
        if (error)
        {
            Errors++;
        }

        ByRoute[route] = ByRoute.GetValueOrDefault(route) + 1;
    }
}

public sealed record MetricsReport(long Requests, long Errors, IReadOnlyList<KeyValuePair<string, long>> TopRoutes);

public sealed class MetricsEndpoint
{
    private readonly WorkerPool _pool;
    private MetricsReport? _last;

    public MetricsEndpoint(WorkerPool pool) => _pool = pool;

    public MetricsReport? Last => _last;

    public async Task<MetricsReport> CollectAsync(int top)
    {
        long requests = 0;
        long errors = 0;
        var byRoute = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        await RequestCounters.UpdateAllAsync(_pool, counters =>
        {
            requests += counters.Requests; // expect: WEFT0008
            Interlocked.Add(ref errors, counters.Errors);
            foreach (var (route, count) in counters.ByRoute)
            {
                byRoute.AddOrUpdate(route, count, (_, sum) => sum + count);
            }

            counters.Requests = 0;
            counters.Errors = 0;
            counters.ByRoute.Clear();
        });

        var report = new MetricsReport(
            requests,
            errors,
            byRoute.OrderByDescending(kv => kv.Value).Take(top).ToArray());
        _last = report;
        return report;
    }
}
