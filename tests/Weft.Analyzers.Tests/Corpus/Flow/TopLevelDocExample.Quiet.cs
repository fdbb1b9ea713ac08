// The "right" version as a top-level program: the list is complete before the table is built.
using System.Collections.Immutable;
using Weft;

var routes = ImmutableArray.Create("/a", "/b");
await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var table = new RouteTable { Routes = routes.Add("/extra") };
await RouteTable.PublishAsync(pool, table);
routes = routes.Add("/later");
System.Console.WriteLine(routes.Length);

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}
