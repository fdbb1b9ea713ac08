// WEFT0004: a Lazy<int> whose factory reads the worker's dictionary is forced inside Task.Run, so the factory runs
// on a pool thread. Reading: the Lazy carries its factory's captures; reported at the Lazy or at the Task.Run (#escape).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.LazyFactoryForcedOffLoop;

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
        var cache = HostCache.Current;
        var total = new Lazy<int>(() => cache.ByHost.Count); // expect: WEFT0004 #escape
        return Task.Run(() => total.Value); // expect: WEFT0004 #escape
    }
}
