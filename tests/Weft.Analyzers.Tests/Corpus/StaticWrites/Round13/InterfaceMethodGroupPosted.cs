// A counter held through its interface is posted to every worker as a method group; its Hit increments a static.
// The method is public (anybody may call it), so the page reports it at the worker code's hand-over; #escape with the
// increment, since the body is in this file.
using System;
using Weft;

namespace Corpus.StaticWrites.InterfaceMethodGroupPosted;

public interface IHitCounter
{
    void Hit();
}

public sealed class GlobalHits : IHitCounter
{
    private static long s_hits;

    public void Hit() => s_hits++; // expect: WEFT0006 #escape
}

public static class Warmup
{
    public static void TouchAll(WorkerPool pool)
    {
        IHitCounter counter = new GlobalHits();
        foreach (var worker in pool.Workers)
        {
            worker.Post(counter.Hit); // expect: WEFT0006 #escape
        }
    }
}
