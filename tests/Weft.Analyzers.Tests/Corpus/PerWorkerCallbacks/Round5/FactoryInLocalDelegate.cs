// WEFT0008: the factory is a lambda kept in a Func<Dispatcher, HostCache> local first, then handed to Initialize; it returns
// the captured instance. Reading: reported at the lambda's return or where it is handed over (#escape).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.FactoryInLocalDelegate;

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
        var shared = new HostCache();
        Func<Dispatcher, HostCache> make = _ => shared; // expect: WEFT0008 #escape
        HostCache.Initialize(pool, make); // expect: WEFT0008 #escape
    }
}
