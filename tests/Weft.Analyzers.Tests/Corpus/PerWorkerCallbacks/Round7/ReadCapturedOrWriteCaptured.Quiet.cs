// WEFT0008: a captured `limit` and the handed instance. The update reads the captured local and writes its own
// instance: quiet.
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

namespace Corpus7b.ReadCapturedOrWriteCapturedQuiet;

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
        await Cache.UpdateAllAsync(pool, c => c.Limit = limit);
        return limit;
    }
}
