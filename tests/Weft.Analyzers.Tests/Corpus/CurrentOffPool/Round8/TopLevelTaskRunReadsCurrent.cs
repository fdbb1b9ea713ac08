// WEFT0005: top-level statements; a Task.Run lambda reads Current.
using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
await RateTable.PublishAsync(pool, new RateTable { Limits = ImmutableDictionary<string, int>.Empty.Add("/", 10) });
var limit = await Task.Run(() => RateTable.Current.Limits["/"]); // expect: WEFT0005
Console.WriteLine(limit);

[ThreadLocalSlot]
public sealed partial class RateTable
{
    public ImmutableDictionary<string, int> Limits { get; init; } = ImmutableDictionary<string, int>.Empty;
}
