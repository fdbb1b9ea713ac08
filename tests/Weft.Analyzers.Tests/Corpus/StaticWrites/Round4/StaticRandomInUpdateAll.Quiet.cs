// Quiet twin of StaticRandomInUpdateAll: each thread makes its own Random (an object the callback creates).
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
    public static Task ReseedAsync(WorkerPool pool) =>
        Jitter.UpdateAllAsync(pool, j => j.OffsetMs = new Random(Environment.CurrentManagedThreadId).Next(0, 250));
}
