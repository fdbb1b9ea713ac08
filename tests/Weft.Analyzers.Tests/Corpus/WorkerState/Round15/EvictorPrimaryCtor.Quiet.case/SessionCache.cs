// Round 15, WEFT0004 quiet twin (.case): the evictor posts the trim to the calling loop (Dispatcher.Current: the
// worker that owns the cache, since Start runs there), deferring it without leaving the worker.
using System;
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.Round15.EvictorPrimaryCtorQuiet;

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
