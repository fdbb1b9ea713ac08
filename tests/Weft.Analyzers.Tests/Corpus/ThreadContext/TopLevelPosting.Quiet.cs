// A top-level program: the posted callback uses the worker's cache on the worker and sends a number elsewhere.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
await HitCounter.InitializeAsync(pool, _ => new HitCounter());
pool.Workers[0].Post(() =>
{
    var counter = HitCounter.Current;
    counter.Hits["/"] = 1;
    int total = counter.Hits.Count;
    counter.Hits.Clear();
    _ = Task.Run(() => System.Console.WriteLine(total));
});

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HitCounter
{
    public Dictionary<string, int> Hits { get; } = new();
}
