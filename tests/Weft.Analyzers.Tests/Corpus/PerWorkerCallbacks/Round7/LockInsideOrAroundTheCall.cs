// WEFT0008: a captured list written by an update, with a lock. The lock is taken around the UpdateAll call, on main: the update runs later on every worker, outside it.
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

namespace Corpus7b.LockInsideOrAroundTheCall;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public int Count;
    public int Limit;
    public string Name = "";
    public Dictionary<string, int> Map { get; } = new();
}

public static class Report
{
    public static void Collect(WorkerPool pool, Action<List<int>> done)
    {
        var sizes = new List<int>();
        var gate = new object();
        lock (gate) Cache.UpdateAll(pool, c => sizes.Add(c.Count), () => done(sizes)); // expect: WEFT0008
    }
}
