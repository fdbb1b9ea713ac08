// WEFT0008: an update run on every worker uses a name that the enclosing method also declares. The
// lambda assigns the outer `total`: a captured local written by every worker at once.
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

namespace Corpus7b.LambdaLocalShadowsCaptured;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public int Count;
    public int Limit;
    public string Name = "";
    public Dictionary<string, int> Map { get; } = new();
}

public static class Totals
{
    public static async Task<int> RunAsync(WorkerPool pool)
    {
        var total = 0;
        await Cache.UpdateAllAsync(pool, c =>
        {
            total = c.Count; // expect: WEFT0008
            c.Limit = total;
        });
        return total;
    }
}
