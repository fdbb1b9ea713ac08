// Quiet twin of InvokeAsyncOnWorkersAdds: the posted callbacks add with Interlocked.Add.
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

namespace Corpus5b.InvokeAsyncOnWorkersAddsQuiet;

public static class Budget
{
    private static long s_granted;

    public static Task[] GrantEverywhere(WorkerPool pool, long amount)
    {
        var pending = new Task[pool.Workers.Count];
        for (int i = 0; i < pending.Length; i++)
        {
            pending[i] = pool.Workers[i].InvokeAsync(() => Interlocked.Add(ref s_granted, amount));
        }

        return pending;
    }
}
