// The WEFT0002 page's example as a top-level program.
using System.Collections.Generic;
using Weft;

var routes = new List<string> { "/a", "/b" };
await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
var table = new RouteTable { Routes = routes.AsReadOnly() };
await RouteTable.PublishAsync(pool, table);
routes.Add("/extra"); // expect: WEFT0002

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public IReadOnlyList<string> Routes { get; init; } = []; // expect: WEFT0001
}
