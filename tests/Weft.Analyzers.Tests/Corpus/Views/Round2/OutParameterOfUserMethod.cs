// Round 2. A user TryFind hands out a snapshot element through an out parameter; the caller writes the element.
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Weft;

namespace Corpus.Views.Round2.UserOut;

public sealed class Route
{
    public string Prefix { get; init; } = "";
    public int Hits { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<Route> All { get; init; } // expect: WEFT0001

    public bool TryFind(string path, [NotNullWhen(true)] out Route? route)
    {
        foreach (var candidate in All)
        {
            if (path.StartsWith(candidate.Prefix, System.StringComparison.Ordinal))
            {
                route = candidate;
                return true;
            }
        }

        route = null;
        return false;
    }
}

public static class Router
{
    public static void Count(string path)
    {
        if (Routes.Current.TryFind(path, out var route))
        {
            route.Hits++; // expect: WEFT0003
        }
    }
}
