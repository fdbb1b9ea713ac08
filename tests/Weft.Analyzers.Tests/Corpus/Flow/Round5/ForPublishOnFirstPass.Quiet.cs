// Quiet twin of ForPublishOnFirstPass: the loop writes on every pass and publishes only after the loop ends.
using Weft;

namespace Corpus5a.ForPublishOnFirstPassQuiet;

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
            progress.PerShard[i % 4]++;
            progress.Done = i;
        }

        slot.Publish(progress);
    }
}
