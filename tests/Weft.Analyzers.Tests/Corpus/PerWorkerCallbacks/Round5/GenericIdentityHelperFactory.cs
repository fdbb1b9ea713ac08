// WEFT0008: the per-worker factory returns a captured instance through a generic identity helper (`Same(shared)`);
// every worker gets the one object.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.GenericIdentityHelperFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Setup
{
    private static T Same<T>(T value) => value;

    public static void Start(WorkerPool pool)
    {
        var shared = new HostCache();
        HostCache.Initialize(pool, _ => Same(shared)); // expect: WEFT0008
    }
}
