// A top-level program: the per-worker cache read in a posted callback escapes to a Task.Run.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
await HitCounter.InitializeAsync(pool, _ => new HitCounter());
pool.Workers[0].Post(() =>
{
    var counter = HitCounter.Current;
    counter.Hits["/"] = 1;
    _ = Task.Run(() => counter.Hits.Clear()); // expect: WEFT0004
});

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HitCounter
{
    public Dictionary<string, int> Hits { get; } = new();
}
