// Decision: the page lists read-modify-writes (`++`, `+=`, `??=`, collection mutators); a plain store of a value
// computed without reading the field is not one of them.
// Round 2. Every worker stores the time it last spent; no read of the field is involved.
using System;
using Weft;

namespace Corpus.StaticWrites.Round2.Subtract;

public static class Budget
{
    private static long s_lastSpentTicks;

    public static void Spend(WorkerPool pool, long bytes)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => s_lastSpentTicks = DateTime.UtcNow.Ticks);
        }
    }
}
