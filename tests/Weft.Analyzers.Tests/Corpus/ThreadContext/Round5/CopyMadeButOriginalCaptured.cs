// WEFT0004: the worker copies its dictionary into `copy` but the Task.Run lambda captures the original variable `map`
// (order by flow: which variable the lambda reads, not that a copy exists).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.CopyMadeButOriginalCaptured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Snapshot
{
    public static Task<int> Save()
    {
        var map = HostCache.Current.ByHost;
        var copy = new Dictionary<string, int>(map);
        Console.WriteLine(copy.Count);
        return Task.Run(() => map.Sum(p => p.Value)); // expect: WEFT0004
    }
}
