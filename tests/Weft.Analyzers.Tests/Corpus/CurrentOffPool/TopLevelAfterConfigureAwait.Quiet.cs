// A top-level program that reads the slot where it has a value: in a callback posted to a worker.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
await Motd.PublishAsync(pool, new Motd { Lines = ImmutableArray.Create("hello") });
await Task.Delay(100).ConfigureAwait(false);
pool.Workers[0].Post(() => System.Console.WriteLine(Motd.Current.Lines[0]));

[ThreadLocalSlot]
public sealed partial class Motd
{
    public ImmutableArray<string> Lines { get; init; }
}
