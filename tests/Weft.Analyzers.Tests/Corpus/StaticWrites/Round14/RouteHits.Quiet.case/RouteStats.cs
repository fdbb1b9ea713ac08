// Per-worker route statistics: hits and errors per route template.
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R14.RouteHitsQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteStats
{
    private readonly Dictionary<RouteKey, long> _hits = new();
    private readonly Dictionary<RouteKey, long> _errors = new();

    public IReadOnlyDictionary<RouteKey, long> Hits => _hits;

    public void Record(string method, string template, int status)
    {
        var key = new RouteKey(method, template);
        Counters.Bump(_hits, key);
        if (status >= 500)
        {
            Counters.Bump(_errors, key);
        }
    }

    [WorkerUpdate]
    public void ResetErrors(string template)
    {
        foreach (var key in new List<RouteKey>(_errors.Keys))
        {
            if (key.Template == template)
            {
                _errors.Remove(key);
            }
        }
    }
}
