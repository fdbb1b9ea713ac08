// Quiet twin of LazyFactoryForcedOffLoop: the count is copied on the worker; the Lazy's factory only doubles an int.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.LazyFactoryForcedOffLoopQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public static class Stats
{
    public static Task<int> CountLater()
    {
        int entries = HostCache.Current.ByHost.Count;
        var total = new Lazy<int>(() => entries * 2);
        return Task.Run(() => total.Value);
    }
}
