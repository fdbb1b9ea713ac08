// WEFT0004: an IDispatcherWorkItem holding the worker's dictionary is posted to main (`Dispatcher.Post(IDispatcherWorkItem)`),
// whose Execute clears it on main. Reading: a work item posted to another dispatcher is a callback posted there; the
// post has no delegate parameter to carry a role attribute, so the item is the value that leaves the thread.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.WorkItemPostedToMain;

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
        pool.Main.Post(new ClearEntries(cache.ByHost)); // expect: WEFT0004
    }
}
