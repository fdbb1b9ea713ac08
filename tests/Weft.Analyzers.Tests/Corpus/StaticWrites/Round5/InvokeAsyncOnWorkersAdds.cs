// WEFT0006: `worker.InvokeAsync(() => s_total += n)` for every worker: a posted callback (InvokeAsync, [RunsOnOwningLoop]) doing a
// non-atomic += on a static field, on all workers at once.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.InvokeAsyncOnWorkersAdds;

public static class Budget
{
    private static long s_granted;

    public static Task[] GrantEverywhere(WorkerPool pool, long amount)
    {
        var pending = new Task[pool.Workers.Count];
        for (int i = 0; i < pending.Length; i++)
        {
            pending[i] = pool.Workers[i].InvokeAsync(() => s_granted += amount); // expect: WEFT0006
        }

        return pending;
    }
}
