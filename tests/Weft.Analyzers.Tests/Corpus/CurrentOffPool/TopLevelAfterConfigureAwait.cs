// A top-level program that reads a slot after ConfigureAwait(false).
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
await Motd.PublishAsync(pool, new Motd { Lines = ImmutableArray.Create("hello") });
await Task.Delay(100).ConfigureAwait(false);
System.Console.WriteLine(Motd.Current.Lines[0]); // expect: WEFT0005

[ThreadLocalSlot]
public sealed partial class Motd
{
    public ImmutableArray<string> Lines { get; init; }
}
