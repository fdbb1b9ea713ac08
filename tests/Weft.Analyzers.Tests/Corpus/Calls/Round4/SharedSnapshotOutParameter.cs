// A user API returns shared data through an `out` parameter marked [SharedSnapshot] (the attribute allows parameters),
// and another through an interface property marked [SharedSnapshot]; callers write what they got. Per the attribute's
// docs, "writing to it or to anything reached through it is a data race (WEFT0003)". No slot type is involved.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.SharedSnapshotOutParameter;

public interface IRouteSource
{
    [SharedSnapshot]
    List<string> Prefixes { get; }
}

public sealed class RouteRegistry : IRouteSource
{
    private readonly List<string> _prefixes = new();
    private readonly Dictionary<string, List<string>> _byHost = new();

    public List<string> Prefixes => _prefixes;

    public bool TryGetRoutes(string host, [SharedSnapshot] out List<string> routes)
    {
        if (_byHost.TryGetValue(host, out var found))
        {
            routes = found;
            return true;
        }

        routes = _prefixes;
        return false;
    }
}

public static class Router
{
    public static void Learn(RouteRegistry registry, IRouteSource source, string host, string path)
    {
        if (!registry.TryGetRoutes(host, out var routes))
        {
            routes.Add(path); // expect: WEFT0003
        }

        source.Prefixes.Insert(0, path); // expect: WEFT0003
    }
}
