// Quiet twin of WorkItemPostedToMain: the work item is posted to the calling worker's own dispatcher.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.WorkItemPostedToMainQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public sealed class ClearEntries(Dictionary<string, int> entries) : IDispatcherWorkItem
{
    public void Execute() => entries.Clear();
}

public static class Report
{
    public static void ClearFromMain(WorkerPool pool)
    {
        var cache = HostCache.Current;
        Dispatcher.Current!.Post(new ClearEntries(cache.ByHost));
    }
}
