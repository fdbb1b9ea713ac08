// Quiet twin of OtherThreadsWriteAfterPublish: Parallel.For, Task.Run and the thread-pool item fill the object before
// it is published (each awaited or joined first).
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.OtherThreadsWriteAfterPublishQuiet;

public sealed class Shards
{
    public int[] Owners = new int[64];
    public int Epoch;
}

public static class Publisher
{
    public static async Task Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Shards>();
        var shards = new Shards();
        Parallel.For(0, 64, i => shards.Owners[i] = i % 4);
        await Task.Run(() => shards.Epoch++);
        var done = new TaskCompletionSource();
        ThreadPool.QueueUserWorkItem(s => { s.Epoch = 1; done.SetResult(); }, shards, preferLocal: false);
        await done.Task;
        await slot.PublishAsync(shards);
    }
}
