// Twin: the read is posted to a worker (where Current is set) and awaited.
using System;
using System.Collections.Immutable;
using Weft;

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
await RateTable.PublishAsync(pool, new RateTable { Limits = ImmutableDictionary<string, int>.Empty.Add("/", 10) });
var limit = await pool.Workers[0].InvokeAsync(() => RateTable.Current.Limits["/"]);
Console.WriteLine(limit);

[ThreadLocalSlot]
public sealed partial class RateTable
{
    public ImmutableDictionary<string, int> Limits { get; init; } = ImmutableDictionary<string, int>.Empty;
}
