// WEFT0004: reporting the size of the worker's map from a pool thread. The count is read on the worker into an int
// (the page: value-type data read from the state is a copy) and only the int goes to Task.Run: quiet.
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

namespace Corpus7b.CountCopiedOrReadOffLoopQuiet;

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
        var count = cache.Map.Count;
        return Task.Run(() => Log(count));
    }

    private static void Log(int count) => Console.WriteLine(count);
}
