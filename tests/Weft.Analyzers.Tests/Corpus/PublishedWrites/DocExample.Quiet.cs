using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PublishedWrites.Doc;

public sealed record Route(string Prefix);

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<Route> Routes { get; init; }
}

public static class Loader
{
    public static async Task LoadAsync(WorkerPool pool, ImmutableArray<Route> routes, Route extra)
    {
        var table = new RouteTable { Routes = routes.Add(extra) };
        await RouteTable.PublishAsync(pool, table);
    }
}
