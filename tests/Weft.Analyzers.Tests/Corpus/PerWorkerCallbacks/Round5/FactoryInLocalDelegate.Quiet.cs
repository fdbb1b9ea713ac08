// Quiet twin of FactoryInLocalDelegate: the delegate kept in the local creates a new instance.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.FactoryInLocalDelegateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Setup
{
    public static void Start(WorkerPool pool)
    {
        Func<Dispatcher, HostCache> make = d => new HostCache { Name = d.Name };
        HostCache.Initialize(pool, make);
    }
}
