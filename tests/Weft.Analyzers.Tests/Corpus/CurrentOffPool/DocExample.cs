// The WEFT0005 page's example.
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
        await Task.Delay(10).ConfigureAwait(false);
        var routes = RouteTable.Current; // expect: WEFT0005
        return routes.Routes.Length;
    }
}
