// Quiet twin of SyncContextPostToMain: posted through the calling worker's own SynchronizationContext
// (Dispatcher.Current's), so the callback runs later on the worker that owns the dictionary.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus5b.SyncContextPostToMainQuiet;

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
        Dispatcher.Current!.SynchronizationContext.Post(_ => cache.ByHost.Clear(), null);
    }
}
