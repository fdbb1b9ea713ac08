// The quiet twin: the delegate increments with Interlocked.
using System;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.DelegateLocalInPostQuiet;

public static class Counters
{
    public static int Posted;

    public static void PostToAll(WorkerPool pool)
    {
        Action count = () => Interlocked.Increment(ref Posted);
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => count());
        }
    }
}
