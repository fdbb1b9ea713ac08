// Request router with per-worker hit counters, reported to a slow sink. Defect: the report is a deferred LINQ
// query over the worker's own dictionary, and it is enumerated inside Task.Run — the worker keeps counting
// while the thread pool reads the dictionary (WEFT0004).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.RouterStatsDeferredQuery;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteHits
{
    private readonly Dictionary<string, long> _hits = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> All => _hits;

    public void Hit(string route) => _hits[route] = _hits.GetValueOrDefault(route) + 1;
}

public interface IReportSink
{
    Task WriteAsync(IEnumerable<(string Route, long Hits)> rows);
}

public static class HitReporter
{
    public static void ReportTop(IReportSink sink, int top)
    {
        var rows = RouteHits.Current.All
            .OrderByDescending(p => p.Value)
            .Take(top)
            .Select(p => (p.Key, p.Value));
        _ = Task.Run(() => sink.WriteAsync(rows)); // expect: WEFT0004
    }
}
