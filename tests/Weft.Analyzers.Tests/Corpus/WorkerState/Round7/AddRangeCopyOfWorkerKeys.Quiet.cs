// WEFT0004: the worker's keys copied into a new list with `AddRange`, the list handed to Task.Run. AddRange copies
// the keys (strings): the new list holds no worker state: quiet.
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

namespace Corpus7b.AddRangeCopyOfWorkerKeysQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class KeyExport
{
    public static Task SaveAsync()
    {
        var cache = Cache.Current;
        var copy = new List<string>();
        copy.AddRange(cache.Map.Keys);
        return Task.Run(() => Console.WriteLine(string.Join(",", copy)));
    }
}
