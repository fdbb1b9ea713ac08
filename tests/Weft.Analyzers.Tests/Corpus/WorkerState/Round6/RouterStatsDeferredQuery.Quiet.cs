// Quiet twin of RouterStatsDeferredQuery: the query is materialised on the worker (a list of string/long tuples is
// a copy), and only the copy goes to Task.Run.
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
            .Select(p => (p.Key, p.Value))
            .ToList();
        _ = Task.Run(() => sink.WriteAsync(rows));
    }
}
