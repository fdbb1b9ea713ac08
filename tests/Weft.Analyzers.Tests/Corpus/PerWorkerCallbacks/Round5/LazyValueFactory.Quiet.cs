// Quiet twin of LazyValueFactory: the factory calls a static Create method that returns a new instance each time.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.LazyValueFactoryQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Setup
{
    private static HostCache Create() => new HostCache { Name = "fresh" };

    public static void Start(WorkerPool pool)
    {
        HostCache.Initialize(pool, _ => Create());
    }
}
