// WEFT0008: a captured mutable struct used by an update. The update copies it into its own local and bumps the copy:
// quiet (value-type copy).
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

namespace Corpus7b.CapturedStructCopiedOrMutatedQuiet;

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
        return Cache.UpdateAllAsync(pool, c => { var b = budget; b.Max++; c.Limit = b.Max; });
    }
}
