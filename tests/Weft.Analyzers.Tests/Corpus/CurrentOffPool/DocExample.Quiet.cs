// The WEFT0005 page's "right" version.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.Doc;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Handler
{
    public static async Task<int> HandleAsync()
    {
        var routes = RouteTable.Current;
        await Task.Delay(10);
        return routes.Routes.Length;
    }
}
