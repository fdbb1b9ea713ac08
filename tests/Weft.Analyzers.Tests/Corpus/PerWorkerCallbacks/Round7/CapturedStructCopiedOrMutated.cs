// WEFT0008: a captured mutable struct used by an update. The update bumps the captured struct's field itself: a captured local written by every
// worker.
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

namespace Corpus7b.CapturedStructCopiedOrMutated;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public int Count;
    public int Limit;
    public string Name = "";
    public Dictionary<string, int> Map { get; } = new();
}

public struct Budget
{
    public int Max;
}

public static class Budgets
{
    public static Task RaiseAsync(WorkerPool pool)
    {
        var budget = new Budget { Max = 5 };
        return Cache.UpdateAllAsync(pool, c => { budget.Max++; c.Limit = budget.Max; }); // expect: WEFT0008
    }
}
