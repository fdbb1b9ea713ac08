// WEFT0008: a captured holder object whose field sums the workers' counts. `holder.Total += ..`: a write to a captured object from every worker.
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

namespace Corpus7b.InterlockedOnCapturedHolderField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Conn
{
    public long Open;
}

public sealed class Holder
{
    public long Total;
}

public static class Summing
{
    public static async Task<long> SumAsync(WorkerPool pool)
    {
        var holder = new Holder();
        await Conn.UpdateAllAsync(pool, c => holder.Total += c.Open); // expect: WEFT0008
        return holder.Total;
    }
}
