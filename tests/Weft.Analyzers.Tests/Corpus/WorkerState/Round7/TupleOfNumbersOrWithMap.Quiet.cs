// WEFT0004: a tuple of the worker's figures queued to the thread pool. Both items are ints read on the worker (the
// page: a struct of numbers and strings is a copy): quiet.
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

namespace Corpus7b.TupleOfNumbersOrWithMapQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Figures
{
    public static void Queue()
    {
        var cache = Cache.Current;
        var snapshot = (cache.Hits, cache.Map.Count);
        ThreadPool.QueueUserWorkItem(_ => Log(snapshot.Item1, snapshot.Item2));
    }

    private static void Log(int hits, int size) => Console.WriteLine($"{hits} {size}");
}
