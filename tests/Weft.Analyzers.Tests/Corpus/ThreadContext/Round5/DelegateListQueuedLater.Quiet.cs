// Quiet twin of DelegateListQueuedLater: the stored delegates print a count copied on the worker.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.DelegateListQueuedLaterQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Batch
{
    public static void Flush()
    {
        int entries = HostCache.Current.ByHost.Count;
        var work = new List<Action>();
        work.Add(() => Console.WriteLine(entries));
        foreach (Action action in work)
        {
            ThreadPool.QueueUserWorkItem(_ => action());
        }
    }
}
