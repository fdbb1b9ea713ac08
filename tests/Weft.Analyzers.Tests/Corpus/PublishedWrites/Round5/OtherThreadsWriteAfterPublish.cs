// WEFT0002: after the publish the publishing code hands the object to Parallel.For, Task.Run and
// ThreadPool.QueueUserWorkItem bodies that write it; those writes race the workers just like a write on main.
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.OtherThreadsWriteAfterPublish;

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
        await slot.PublishAsync(shards);
        Parallel.For(0, 64, i => shards.Owners[i] = i % 4); // expect: WEFT0002
        await Task.Run(() => shards.Epoch++); // expect: WEFT0002
        ThreadPool.QueueUserWorkItem(s => s.Epoch = 0, shards, preferLocal: false); // expect: WEFT0002
    }
}
