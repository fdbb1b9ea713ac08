// WEFT0004 through a helper: the worker asks `Export(cache)` for what to hand to Task.Run. The helper returns a new
// dictionary copied from the map: quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.HelperCopiesOrReturnsWorkerMapQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Exporting
{
    private static Dictionary<string, int> Export(Cache cache) => new Dictionary<string, int>(cache.Map);

    public static Task SaveAsync()
    {
        var data = Export(Cache.Current);
        return Task.Run(() => Console.WriteLine(data.Count));
    }
}
