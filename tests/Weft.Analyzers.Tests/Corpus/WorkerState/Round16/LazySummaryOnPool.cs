// A report object keeps a Lazy<string> that its constructor builds over the worker's hit map, forced through a
// property. The property is read inside Task.Run, so the factory enumerates the worker's map on the pool (WEFT0004,
// reported where the property is read).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R16.LazySummaryOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteHits
{
    public Dictionary<string, long> ByRoute { get; } = new();
}

public sealed class HitReport
{
    private readonly Lazy<string> _summary;

    public HitReport(Dictionary<string, long> byRoute) =>
        _summary = new Lazy<string>(() => string.Join(",", byRoute.OrderByDescending(p => p.Value).Take(5).Select(p => p.Key)));

    public string Summary => _summary.Value;
}

public static class ReportHandler
{
    public static Task<int> WriteAsync(Func<string, Task<int>> upload)
    {
        var report = new HitReport(RouteHits.Current.ByRoute);
        return Task.Run(() => upload(report.Summary)); // expect: WEFT0004
    }
}
