// WEFT0006: an async lambda posted to each worker (an async void Action) increments a static counter after its await;
// the continuation still runs on the workers, all of them at once.
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

namespace Corpus5b.AsyncPostedLambdaIncrements;

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
                s_warmed++; // expect: WEFT0006
            });
        }
    }
}
