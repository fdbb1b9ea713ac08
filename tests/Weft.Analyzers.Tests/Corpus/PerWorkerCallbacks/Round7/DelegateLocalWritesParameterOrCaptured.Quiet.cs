// WEFT0008: the update is a delegate stored in a local first, then handed to UpdateAllAsync. It writes only its
// parameter (the handed instance), reading a captured limit: quiet.
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

namespace Corpus7b.DelegateLocalWritesParameterOrCapturedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public int Count;
    public int Limit;
    public string Name = "";
    public Dictionary<string, int> Map { get; } = new();
}

public static class Apply
{
    public static async Task<int> RunAsync(WorkerPool pool)
    {
        var limit = 5;
        Action<Cache> apply = c => c.Limit = limit;
        await Cache.UpdateAllAsync(pool, apply);
        return limit;
    }
}
