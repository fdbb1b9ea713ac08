// Quiet twin of GenericIdentityHelperFactory: the generic helper builds a new instance per call (`new T()`).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.GenericIdentityHelperFactoryQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Setup
{
    private static T Fresh<T>() where T : new() => new T();

    public static void Start(WorkerPool pool)
    {
        HostCache.Initialize(pool, _ => Fresh<HostCache>());
    }
}
