// WEFT0004: reporting the size of the worker's map from a pool thread. The lambda reads
// `cache.Map.Count` itself on the pool thread: the map is used off its loop.
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

namespace Corpus7b.CountCopiedOrReadOffLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Reporter
{
    public static Task ReportAsync()
    {
        var cache = Cache.Current;
        return Task.Run(() => Log(cache.Map.Count)); // expect: WEFT0004
    }

    private static void Log(int count) => Console.WriteLine(count);
}
