// WEFT0002: a `for` loop publishes the object on its first pass only (`i == 0`) and writes it on every pass; from the
// second pass on, the write changes published data.
using Weft;

namespace Corpus5a.ForPublishOnFirstPass;

public sealed class Progress
{
    public int Done;
    public int[] PerShard = new int[4];
}

public static class Publisher
{
    public static void Run(WorkerPool pool, int shards)
    {
        var slot = pool.AllocateSlot<Progress>();
        var progress = new Progress();
        for (int i = 0; i < shards; i++)
        {
            if (i == 0) slot.Publish(progress);
            progress.PerShard[i % 4]++; // expect: WEFT0002
            progress.Done = i; // expect: WEFT0002
        }
    }
}
