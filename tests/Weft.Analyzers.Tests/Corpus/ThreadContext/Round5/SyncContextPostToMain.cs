// WEFT0004: the worker posts through main's SynchronizationContext (the BCL surface of a post to another dispatcher);
// the callback runs on main while the worker keeps using its dictionary.
using System.Collections.Generic;
using Weft;

namespace Corpus5b.SyncContextPostToMain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Report
{
    public static void Publish(WorkerPool pool)
    {
        var cache = HostCache.Current;
        pool.Main.SynchronizationContext.Post(_ => cache.ByHost.Clear(), null); // expect: WEFT0004
    }
}
