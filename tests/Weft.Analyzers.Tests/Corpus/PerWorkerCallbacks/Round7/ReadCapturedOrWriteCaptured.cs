// WEFT0008: a captured `limit` and the handed instance. The assignment is the other way round: every worker writes the captured local.
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

namespace Corpus7b.ReadCapturedOrWriteCaptured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public int Count;
    public int Limit;
    public string Name = "";
    public Dictionary<string, int> Map { get; } = new();
}

public static class Limits
{
    public static async Task<int> ApplyAsync(WorkerPool pool)
    {
        var limit = 5;
        await Cache.UpdateAllAsync(pool, c => limit = c.Limit); // expect: WEFT0008
        return limit;
    }
}
