// WEFT0008: an update awaited inside a loop, with a local declared in the loop body. The update increments the iteration's local: declared
// per iteration, it is still one variable captured by every worker's run of that update.
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

namespace Corpus7b.LoopIterationLocalWrittenByUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Shard
{
    public int Round;
    public int Load;
}

public static class Rounds
{
    public static async Task<int> RunAsync(WorkerPool pool, int rounds)
    {
        var last = 0;
        for (var r = 0; r < rounds; r++)
        {
            var seen = r;
            await Shard.UpdateAllAsync(pool, s => seen++); // expect: WEFT0008
            last = seen;
        }
        return last;
    }
}
