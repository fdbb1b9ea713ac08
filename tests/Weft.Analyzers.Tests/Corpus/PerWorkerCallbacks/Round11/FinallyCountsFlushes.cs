// An update on every worker flushes in `try` and counts the flush in `finally` into a captured local.
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.FinallyCountsFlushes;

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
                flushed++; // expect: WEFT0008
            }
        });
        return flushed;
    }
}
