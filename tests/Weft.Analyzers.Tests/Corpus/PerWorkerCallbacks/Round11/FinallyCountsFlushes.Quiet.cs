// Quiet twin: the `finally` counts with Interlocked.Increment.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.FinallyCountsFlushesQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buffer
{
    public void Flush()
    {
    }
}

public static class Flusher
{
    public static async Task<int> FlushAllAsync(WorkerPool pool)
    {
        int flushed = 0;
        await Buffer.UpdateAllAsync(pool, b =>
        {
            try
            {
                b.Flush();
            }
            finally
            {
                Interlocked.Increment(ref flushed);
            }
        });
        return flushed;
    }
}
