using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PublishedWrites.Doc;

public sealed record Route(string Prefix);

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public IReadOnlyList<Route> Routes { get; init; } = []; // expect: WEFT0001
}

public static class Loader
{
    public static async Task LoadAsync(WorkerPool pool, List<Route> routes, Route extra)
    {
        var table = new RouteTable { Routes = routes.AsReadOnly() };
        await RouteTable.PublishAsync(pool, table);
        routes.Add(extra); // expect: WEFT0002
    }
}
