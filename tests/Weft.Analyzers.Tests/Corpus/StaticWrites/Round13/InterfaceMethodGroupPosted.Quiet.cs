// The quiet twin: Hit increments with Interlocked.
using System;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.InterfaceMethodGroupPostedQuiet;

public interface IHitCounter
{
    void Hit();
}

public sealed class GlobalHits : IHitCounter
{
    private static long s_hits;

    public void Hit() => Interlocked.Increment(ref s_hits);
}

public static class Warmup
{
    public static void TouchAll(WorkerPool pool)
    {
        IHitCounter counter = new GlobalHits();
        foreach (var worker in pool.Workers)
        {
            worker.Post(counter.Hit);
        }
    }
}
