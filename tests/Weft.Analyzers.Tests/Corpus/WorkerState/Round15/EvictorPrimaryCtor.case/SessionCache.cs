// Round 15, WEFT0004 (.case): a per-worker session cache, an evictor in another file that keeps the cache through its
// primary constructor and trims it from Task.Run, and a request handler (third file) that builds an evictor over the
// worker's cache. The page: worker state handed to a constructor that keeps it (a primary constructor's parameter the
// members use) is judged by what the kept type does with it, and reported where it is handed.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.Round15.EvictorPrimaryCtor;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionCache
{
    private readonly Dictionary<string, DateTime> _seen = new(StringComparer.Ordinal);

    public void Touch(string id, DateTime now) => _seen[id] = now;

    public int TrimOlderThan(DateTime cutoff)
    {
        var stale = _seen.Where(p => p.Value < cutoff).Select(p => p.Key).ToList();
        stale.ForEach(id => _seen.Remove(id));
        return stale.Count;
    }
}
