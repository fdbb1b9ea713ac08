// A report object keeps a Lazy<string> over the worker's hit map, forced through a property; the handler reads the
// property on the worker and hands only the string to Task.Run (quiet twin of LazySummaryOnPool).
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
        string summary = report.Summary;
        return Task.Run(() => upload(summary));
    }
}
