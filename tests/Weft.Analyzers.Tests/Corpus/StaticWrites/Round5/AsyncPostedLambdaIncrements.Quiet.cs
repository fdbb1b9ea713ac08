// Quiet twin of AsyncPostedLambdaIncrements: the count after the await uses Interlocked.Increment.
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

namespace Corpus5b.AsyncPostedLambdaIncrementsQuiet;

public static class Warmup
{
    private static int s_warmed;

    public static void WarmAll(WorkerPool pool, Func<Task> warm)
    {
        foreach (Dispatcher worker in pool.Workers)
        {
            worker.Post(async () =>
            {
                await warm();
                Interlocked.Increment(ref s_warmed);
            });
        }
    }
}
