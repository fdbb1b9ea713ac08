// WEFT0006: UpdateAllAsync's callback runs on every thread (worker code); it draws from a static System.Random,
// which is not thread-safe (page: "a static `Random`'s `Next`").
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.StaticRandomInUpdateAll;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Jitter
{
    public int OffsetMs { get; set; }
}

public static class JitterSetup
{
    static readonly Random s_rng = new(42);

    public static Task ReseedAsync(WorkerPool pool) =>
        Jitter.UpdateAllAsync(pool, j => j.OffsetMs = s_rng.Next(0, 250)); // expect: WEFT0006
}
